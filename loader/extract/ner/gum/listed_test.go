package gum

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// listedPaths are the project's hand-annotated files, in the order
// training reads them: the releases drawn at random, then those chosen for
// their names (see ../testdata/usgov-names.md).
var listedPaths = []string{"../testdata/usgov-names.jsonl", "../testdata/usgov-names-chosen.jsonl"}

// readAllListed reads every listed file, in order.
func readAllListed(t *testing.T) []Doc {
	t.Helper()
	var all []Doc
	for _, p := range listedPaths {
		docs, err := ReadListed(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) < 20 {
			t.Fatalf("%s: %d listed documents, want 20 or more", p, len(docs))
		}
		all = append(all, docs...)
	}
	return all
}

// TestListedAnnotationIsConsistent reads the bundled hand annotation: every
// listed string must occur at word edges (ReadListed fails otherwise), every
// resulting span must be a whole run of tokens with no outer space, and no
// document is annotated twice (in one file or across the files).
func TestListedAnnotationIsConsistent(t *testing.T) {
	docs := readAllListed(t)
	seen := map[string]bool{}
	names := 0
	for _, d := range docs {
		if seen[d.ID] {
			t.Errorf("%s is annotated twice", d.ID)
		}
		seen[d.ID] = true
		for i, s := range d.Names {
			txt := d.Text[s.Start:s.End]
			if strings.TrimSpace(txt) != txt {
				t.Errorf("%s: name %q has outer spaces", d.ID, txt)
			}
			if i > 0 && d.Names[i-1].End > s.Start {
				t.Errorf("%s: names %q and %q overlap", d.ID, d.Text[d.Names[i-1].Start:d.Names[i-1].End], txt)
			}
			names++
		}
	}
	t.Logf("%d documents, %d names", len(docs), names)
}

func TestReadListedMarksEveryOccurrenceLongestFirst(t *testing.T) {
	r := listedRecord{
		ID:   "x",
		Text: "The U.S. Agency for International Development and the U.S. met Blinken. Blinken's talks in Lebanon-Syria.",
		Names: []listedName{
			{"place", "U.S."},
			{"organization", "U.S. Agency for International Development"},
			{"person", "Blinken"},
		},
	}
	got, err := findListed(r)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, s := range got {
		want = append(want, s.Type.String()+":"+r.Text[s.Start:s.End])
	}
	if strings.Join(want, "|") != "organization:U.S. Agency for International Development|place:U.S.|person:Blinken|person:Blinken" {
		t.Errorf("got %v", want)
	}
	for _, bad := range []listedRecord{
		{ID: "missing", Text: "Nothing here.", Names: []listedName{{"person", "Blinken"}}},
		{ID: "inside a word", Text: "The Blinkens.", Names: []listedName{{"person", "Blinken"}}},
		{ID: "twice", Text: "Paris", Names: []listedName{{"place", "Paris"}, {"person", "Paris"}}},
		{ID: "bad type", Text: "Paris", Names: []listedName{{"city", "Paris"}}},
	} {
		if _, err := findListed(bad); err == nil {
			t.Errorf("%s: no error", bad.ID)
		}
	}
}

// TestListedAnnotationSharesNoGoldArticle keeps the articles of evaluate's
// gold sets (officials and meetings, split.jsonl lists them all) out of the
// recogniser's training data, so the gold test part stays unseen.
func TestListedAnnotationSharesNoGoldArticle(t *testing.T) {
	docs := readAllListed(t)
	split, err := os.ReadFile("../../../../evaluate/testdata/split.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	gold := map[string]bool{}
	for _, line := range bytes.Split(bytes.TrimSpace(split), []byte("\n")) {
		var r struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		gold[r.ID] = true
	}
	if len(gold) < 100 {
		t.Fatalf("split.jsonl lists %d articles", len(gold))
	}
	for _, d := range docs {
		if gold[d.ID] {
			t.Errorf("%s is a gold article", d.ID)
		}
	}
}
