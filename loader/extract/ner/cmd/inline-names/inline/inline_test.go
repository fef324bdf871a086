package inline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/loader/extract/ner"
	"newsgraph/loader/extract/ner/gum"
)

// ownNews are the committed annotated files: each source and the jsonl
// cmd/inline-names makes from it.
var ownNews = []struct{ src, json string }{
	{"../../../testdata/own-news.txt", "../../../testdata/own-news.jsonl"},
	{"../../../testdata/own-news-orgs.txt", "../../../testdata/own-news-orgs.jsonl"},
	{"../../../testdata/own-genres.txt", "../../../testdata/own-genres.jsonl"},
}

func TestParseLocatesNamesInCodePoints(t *testing.T) {
	recs, err := Parse("=== own_test_one\n{l:Zürich} Notes\n\n{p:Anna Łęcka} of {o:ETH Zürich} spoke.\n")
	if err != nil {
		t.Fatal(err)
	}
	r := recs[0]
	if r.Title != "Zürich Notes" || r.Text != "Zürich Notes\n\nAnna Łęcka of ETH Zürich spoke." {
		t.Fatalf("title %q, text %q", r.Title, r.Text)
	}
	want := []Mention{
		{Type: "place", Text: "Zürich", Start: 0, End: 6, NameText: "Zürich", NameStart: 0, NameEnd: 6},
		{Type: "person", Text: "Anna Łęcka", Start: 14, End: 24, NameText: "Anna Łęcka", NameStart: 14, NameEnd: 24},
		{Type: "organization", Text: "ETH Zürich", Start: 28, End: 38, NameText: "ETH Zürich", NameStart: 28, NameEnd: 38},
	}
	if len(r.Mentions) != len(want) {
		t.Fatalf("mentions %+v, want %+v", r.Mentions, want)
	}
	for i := range want {
		if r.Mentions[i] != want[i] {
			t.Errorf("mention %d: %+v, want %+v", i, r.Mentions[i], want[i])
		}
	}
}

func TestParseRefusesBadMarkup(t *testing.T) {
	for _, src := range []string{
		"=== own_test_a\n{x:Anna} spoke.",        // unknown tag
		"=== own_test_a\n{p:Anna spoke.",         // not closed
		"=== own_test_a\n{p:Anna\n} spoke.",      // closed on another line
		"=== own_test_a\n{p: Anna} spoke.",       // space at an edge
		"=== own_test_a\n{p:{l:Anna}} spoke.",    // nested
		"=== own_test_a\nAnna} spoke.",           // stray brace
		"=== own_test_a\nA.\n=== own_test_a\nB.", // id repeated
		"=== ownnews\nA.",                        // no genre in the id
		"Anna spoke.\n=== own_test_a\nB.",        // text before the first id
	} {
		if _, err := Parse(src); err == nil {
			t.Errorf("Parse(%q) gave no error", src)
		}
	}
}

// TestOwnNewsRoundTrips checks each committed annotation: rendering the
// records gives the source's documents back, the committed jsonl is what
// the source gives, package gum reads it with every name, and every name's
// edges are token edges of ner.Tokenize (so training labels it exactly).
func TestOwnNewsRoundTrips(t *testing.T) {
	for _, f := range ownNews {
		t.Run(filepath.Base(f.src), func(t *testing.T) { checkRoundTrip(t, f.src, f.json) })
	}
}

func checkRoundTrip(t *testing.T, srcPath, jsonPath string) {
	src, err := os.ReadFile(srcPath)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := Parse(string(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) < 40 {
		t.Fatalf("%d documents, want 40 or more", len(recs))
	}
	var rendered strings.Builder
	mentions := 0
	for _, r := range recs {
		s, err := Render(r)
		if err != nil {
			t.Fatal(err)
		}
		rendered.WriteString("=== " + r.ID + "\n" + s + "\n")
		mentions += len(r.Mentions)
	}
	if squeeze(rendered.String()) != squeeze(string(src)) {
		t.Errorf("rendering the records does not give the source back")
	}
	b, err := Marshal(recs)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, committed) {
		t.Errorf("%s is not what %s gives: go run ./loader/extract/ner/cmd/inline-names", jsonPath, srcPath)
	}
	docs, err := gum.Read(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	names := 0
	for _, d := range docs {
		edges := map[int]bool{}
		for _, tok := range ner.Tokenize(d.Text) {
			edges[tok.Start], edges[-tok.End-1] = true, true
		}
		for _, n := range d.Names {
			if !edges[n.Start] || !edges[-n.End-1] {
				t.Errorf("%s: name %q does not start and end at token edges", d.ID, d.Text[n.Start:n.End])
			}
		}
		names += len(d.Names)
	}
	if names != mentions {
		t.Errorf("package gum reads %d names, the source has %d", names, mentions)
	}
	t.Logf("%d documents, %d names", len(recs), names)
}

// squeeze drops blank lines, which separate documents in any number.
func squeeze(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, strings.TrimRight(l, " \t"))
		}
	}
	return strings.Join(out, "\n")
}
