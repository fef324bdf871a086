package gum

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"newsgraph/loader/extract/ner"
)

// A listed document is annotated by listing its names, not their offsets:
// every occurrence of a listed string whose edges are word edges is a
// mention of that type. Longer strings claim their occurrences first, so
// "U.S. Agency for International Development" is one organisation and
// "U.S." elsewhere a place. NotNames claim occurrences that are no mention
// (a string inside an event's or a law's name). This keeps hand annotation
// consistent: a name is marked everywhere or nowhere.
type listedRecord struct {
	ID       string       `json:"id"`
	Text     string       `json:"text"`
	Names    []listedName `json:"names"`
	NotNames []string     `json:"not_names"`
}

type listedName struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

// ReadListed loads a file of listed documents (see testdata/usgov-names.md
// of package ner). It fails, naming the file, line and document, when a
// listed string occurs nowhere at word edges or only inside a longer listed
// string, or when one string is listed twice.
func ReadListed(path string) ([]Doc, error) {
	return readDocs(path, func(r listedRecord) (Doc, error) {
		names, err := findListed(r)
		return Doc{ID: r.ID, Genre: "usgov", Text: r.Text, Names: names}, err
	})
}

func findListed(r listedRecord) ([]ner.Span, error) {
	type entry struct {
		text string
		typ  ner.Type // 0: not a name
	}
	var entries []entry
	listed := map[string]bool{}
	for _, n := range r.Names {
		t, err := typeOf(n.Type)
		if err != nil {
			return nil, err
		}
		entries = append(entries, entry{n.Text, t})
	}
	for _, s := range r.NotNames {
		entries = append(entries, entry{s, 0})
	}
	for _, e := range entries {
		if strings.TrimSpace(e.text) != e.text || e.text == "" {
			return nil, fmt.Errorf("listed string %q is empty or has outer spaces", e.text)
		}
		if listed[e.text] {
			return nil, fmt.Errorf("%q is listed twice", e.text)
		}
		listed[e.text] = true
	}
	sort.SliceStable(entries, func(i, j int) bool { return len(entries[i].text) > len(entries[j].text) })
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, t := range ner.Tokenize(r.Text) {
		starts[t.Start], ends[t.End] = true, true
	}
	taken := make([]bool, len(r.Text))
	var spans []ner.Span
	for _, e := range entries {
		found := 0
		for off := 0; ; {
			i := strings.Index(r.Text[off:], e.text)
			if i < 0 {
				break
			}
			s, end := off+i, off+i+len(e.text)
			off = s + 1
			if !starts[s] || !ends[end] || slices.Contains(taken[s:end], true) {
				continue
			}
			for k := s; k < end; k++ {
				taken[k] = true
			}
			found++
			if e.typ != 0 {
				spans = append(spans, ner.Span{Start: s, End: end, Type: e.typ})
			}
		}
		if found == 0 {
			return nil, fmt.Errorf("listed string %q occurs nowhere at word edges outside longer listed strings", e.text)
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	return spans, nil
}
