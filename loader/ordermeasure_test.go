package loader_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"newsgraph/internal/sharedcorpus"
	"newsgraph/loader"
	"newsgraph/memstore"
)

// TestMeasureOrders, with ORDER44_MEASURE=dir, loads the shared corpus on
// the embedded store in file order, in reverse and in two seeded shuffles,
// and writes each order's file (NAME.jsonl) and graph dump (NAME.dump) to
// dir, for evaluate/cmd/sample/order44_diff.py (docs/extraction-quality.md,
// "One graph whatever the load order"). Without it, it is skipped.
func TestMeasureOrders(t *testing.T) {
	dir := os.Getenv("ORDER44_MEASURE")
	if dir == "" {
		t.Skip("ORDER44_MEASURE unset")
	}
	var lines [][]byte
	for _, f := range sharedcorpus.Files(t) {
		for rec := range loader.ReadFile(f, loader.ReadOptions{}) {
			b, err := json.Marshal(map[string]string{"id": rec.Article.ID, "title": rec.Article.Title, "date": rec.Article.Date, "url": rec.Article.URL, "source": rec.Article.Source, "text": rec.Article.Text})
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, b)
		}
	}
	orders := map[string][][]byte{"file": lines}
	rev := make([][]byte, len(lines))
	for i, l := range lines {
		rev[len(lines)-1-i] = l
	}
	orders["reverse"] = rev
	for _, seed := range []uint64{1, 2} {
		s := append([][]byte(nil), lines...)
		rand.New(rand.NewPCG(seed, 44)).Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		orders["shuffle"+string(rune('0'+seed))] = s
	}
	for name, ls := range orders {
		path := filepath.Join(dir, name+".jsonl")
		var out []byte
		for _, l := range ls {
			out = append(append(out, l...), '\n')
		}
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := memstore.Open("")
		if err != nil {
			t.Fatal(err)
		}
		l := loader.Loader{Store: s, BatchSize: wholeCorpusBatch}
		rep, err := l.LoadFiles(context.Background(), path)
		if err != nil || len(rep.Rejected) > 0 {
			t.Fatalf("%s: %v %v", name, err, rep.Rejected)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".dump"), withoutMergedIDs(withoutIngestStamps(t, dumpGraph(t, s))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestMeasureReports, with ORDER44_MEASURE=dir, writes every meeting
// report of the shared corpus as the extractor gives it (its article and
// the article's date, the meeting's id and properties, its participants and
// its sentence) to dir/reports.jsonl, for order44_diff.py to classify.
func TestMeasureReports(t *testing.T) {
	dir := os.Getenv("ORDER44_MEASURE")
	if dir == "" {
		t.Skip("ORDER44_MEASURE unset")
	}
	f, err := os.Create(filepath.Join(dir, "reports.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		// The measure's file is written: a failed close loses its end.
		if err := f.Close(); err != nil {
			t.Error(err)
		}
	}()
	enc := json.NewEncoder(f)
	for _, path := range sharedcorpus.Files(t) {
		for rec := range loader.ReadFile(path, loader.ReadOptions{}) {
			g, err := loader.Prepare(rec)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range g.Nodes {
				if n.Label == "Meeting" {
					who := []string{}
					sent := ""
					for _, e := range g.Edges {
						if e.To == n.ID && e.Type == "ATTENDED" {
							who = append(who, e.From)
						}
						if e.To == n.ID && e.Type == "REPORTS" && len(e.Evidence) > 0 {
							sent = e.Evidence[0].Sentence
						}
					}
					if err := enc.Encode(map[string]any{"article": g.ArticleID, "adate": rec.Article.Date, "id": n.ID, "props": n.Props, "who": who, "sentence": sent}); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
	}
}
