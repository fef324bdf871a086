package loader_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"newsgraph/loader"
	"newsgraph/loader/extract"
	"newsgraph/memstore"
	"newsgraph/schema"
)

func readJournal(t *testing.T, store, dir string) []byte {
	t.Helper()
	if store != "embedded" {
		return nil
	}
	b, err := os.ReadFile(filepath.Join(dir, memstore.JournalFile))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestChangedArticleReplacesItsStatements loads two articles, then the
// second again with another text under its id: the graph must be the one
// a clean load of the first and the new second gives. The old text's
// meeting, place and evidence go; nothing of them is added to. The changed
// article's ingestedAt is the rewrite's, the other keeps its own.
func TestChangedArticleReplacesItsStatements(t *testing.T) {
	rome := extract.Article{ID: "rome", Title: "Blinken meets Lapid", Date: "2021-06-27",
		Text: "Secretary of State Antony Blinken met with Israeli Foreign Minister Yair Lapid today in Rome. They discussed Iran."}
	old := extract.Article{ID: "trip", Title: "Blinken travels", Date: "2021-06-27",
		Text: "Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv. They discussed Russia."}
	changed := extract.Article{ID: "trip", Title: "Blinken travels", Date: "2021-06-27",
		Text: "Secretary of State Antony Blinken met French Foreign Minister Jean-Yves Le Drian in Paris. They discussed Iran."}
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			ctx := context.Background()
			load := func(s schema.Store, arts ...extract.Article) loader.Report {
				t.Helper()
				var recs []loader.Record
				for i, a := range arts {
					recs = append(recs, loader.Record{Article: a, File: "test", Line: i + 1})
				}
				rep, err := (&loader.Loader{Store: s}).Load(ctx, slices.Values(recs))
				if err != nil || len(rep.Rejected) > 0 {
					t.Fatalf("load: %v %v", err, rep.Rejected)
				}
				return rep
			}
			s := st.open(t)
			load(s, rome, changed)
			want := dumpGraph(t, s)
			if !strings.Contains(string(want), "place:paris") {
				t.Fatalf("the new text's meeting place is not in the graph:\n%s", want)
			}

			s = st.open(t)
			load(s, rome, old)
			oldDump := dumpGraph(t, s)
			if strings.Contains(string(oldDump), "place:paris") {
				t.Fatal("the old text already names Paris: the test cannot tell old from new")
			}
			_, oldStamps := ingestStamps(t, oldDump)
			time.Sleep(2 * time.Millisecond) // stamps are to the millisecond
			rep := load(s, rome, changed)
			if rep.Articles != 1 || rep.Skipped != 1 {
				t.Errorf("reload wrote %d and skipped %d articles; want the changed one written and the other skipped", rep.Articles, rep.Skipped)
			}
			got, stamps := ingestStamps(t, dumpGraph(t, s))
			diffDumps(t, "graph after replacing the article", withoutIngestStamps(t, want), got)
			if r := "article:rome"; stamps[r] != oldStamps[r] {
				t.Errorf("the unchanged article's ingestedAt went from %s to %s", oldStamps[r], stamps[r])
			}
			if tr := "article:trip"; stamps[tr] <= oldStamps[tr] {
				t.Errorf("the changed article's ingestedAt is %s, not after its old text's %s", stamps[tr], oldStamps[tr])
			}
		})
	}
}

// TestSecondLineWithTheSameIDIsRejected: two texts under one id in one
// load would merge into one article that cites sentences its own text
// lacks, so the second is refused with its file, line and id, and the
// first is loaded.
func TestSecondLineWithTheSameIDIsRejected(t *testing.T) {
	in := `{"id":"a","title":"A","date":"2021-06-27","text":"Secretary of State Antony Blinken met Yair Lapid in Rome."}
{"id":"b","title":"B","date":"2021-06-27","text":"Secretary of State Antony Blinken met Dmytro Kuleba in Kyiv."}
{"id":"a","title":"A again","date":"2021-06-28","text":"Secretary of State Antony Blinken met Jean-Yves Le Drian in Paris."}
`
	s, err := memstore.Open("")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := (&loader.Loader{Store: s}).Load(context.Background(), loader.ReadJSONLines("dup.jsonl", strings.NewReader(in)))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 2 || len(rep.Rejected) != 1 {
		t.Fatalf("loaded %d, rejected %v; want 2 loaded and the third line rejected", rep.Articles, rep.Rejected)
	}
	var ie *loader.InputError
	if !errors.As(rep.Rejected[0], &ie) || !errors.Is(ie, loader.ErrDuplicateID) || ie.File != "dup.jsonl" || ie.Line != 3 || ie.ArticleID != "a" {
		t.Fatalf("rejection = %v, want dup.jsonl line 3, article a, a duplicate id", rep.Rejected[0])
	}
	if msg := rep.Rejected[0].Error(); !strings.Contains(msg, `dup.jsonl:3: article "a"`) || !strings.Contains(msg, "first given at dup.jsonl:1") {
		t.Errorf("message %q does not name the file, line, id and the first line", msg)
	}
	n, err := s.Nodes(context.Background(), []string{"article:a"})
	if err != nil {
		t.Fatal(err)
	}
	if n["article:a"].Props[schema.PropTitle] != "A" {
		t.Errorf("article a = %+v, want the first line's", n["article:a"])
	}
}
