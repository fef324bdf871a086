// Package gum reads the open part of the GUM corpus' name annotation
// (testdata/gum-open.jsonl of package ner), splits it into a training and a
// test part by document, and scores a recogniser on it: typed name cores,
// exact spans, micro-averaged precision, recall and F1. It also reads the
// project's own annotation, documents whose names are listed rather than
// located (ReadListed, testdata/usgov-names.jsonl, which training adds, and
// usgov-names-chosen.jsonl, which it does not: see usgov-names.md); Read
// also reads the project's own news, written in gum-open's format
// (testdata/own-news.jsonl, see own-news.md), which training adds. Compare
// and MissTable sort a recogniser's errors by kind (train-ner -misses).
package gum

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"newsgraph/internal/jsonl"
	"newsgraph/loader/extract/ner"
)

// Doc is one annotated document. Names are the proper-name cores that flat
// recognition can find: mentions nested in another name are left out.
type Doc struct {
	ID    string
	Genre string // academic, bio, court, interview, voyage
	Text  string
	Names []ner.Span // byte ranges into Text
}

type record struct {
	ID       string    `json:"id"`
	Text     string    `json:"text"`
	Mentions []mention `json:"mentions"`
}

type mention struct {
	Type      string `json:"type"`
	NameStart int    `json:"name_start"`
	NameEnd   int    `json:"name_end"`
	Nested    bool   `json:"nested_in_other_name"`
}

// Read loads the documents of a gum-open file. Offsets there count code
// points; they become byte offsets here.
func Read(path string) ([]Doc, error) {
	return readDocs(path, func(r record) (Doc, error) {
		// code point index → byte offset
		byteAt := make([]int, 0, len(r.Text)+1)
		for i := range r.Text {
			byteAt = append(byteAt, i)
		}
		byteAt = append(byteAt, len(r.Text))
		d := Doc{ID: r.ID, Genre: genre(r.ID), Text: r.Text}
		seen := map[ner.Span]bool{}
		for _, m := range r.Mentions {
			if m.Nested {
				continue
			}
			if m.NameStart < 0 || m.NameEnd > utf8.RuneCountInString(r.Text) || m.NameStart >= m.NameEnd {
				return Doc{}, fmt.Errorf("name [%d,%d) outside the text", m.NameStart, m.NameEnd)
			}
			t, err := typeOf(m.Type)
			if err != nil {
				return Doc{}, err
			}
			s := ner.Span{Start: byteAt[m.NameStart], End: byteAt[m.NameEnd], Type: t}
			if !seen[s] {
				seen[s] = true
				d.Names = append(d.Names, s)
			}
		}
		sort.Slice(d.Names, func(i, j int) bool { return d.Names[i].Start < d.Names[j].Start })
		return d, nil
	})
}

// idOf is what every annotation record has: an id, for error messages.
type idOf interface{ docID() string }

func (r record) docID() string       { return r.ID }
func (r listedRecord) docID() string { return r.ID }

// readDocs reads a JSON Lines file of records R and makes each a Doc. An
// error names the file and line, and the document once its record parsed.
func readDocs[R idOf](path string, toDoc func(R) (Doc, error)) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []Doc
	for l, err := range jsonl.Lines(f) {
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, l.Number, err)
		}
		var r R
		if err := json.Unmarshal(l.Bytes, &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, l.Number, err)
		}
		d, err := toDoc(r)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: document %s: %w", path, l.Number, r.docID(), err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func typeOf(s string) (ner.Type, error) {
	switch s {
	case "person":
		return ner.Person, nil
	case "place":
		return ner.Place, nil
	case "organization":
		return ner.Organization, nil
	}
	return 0, fmt.Errorf("unknown mention type %q", s)
}

func genre(id string) string {
	parts := strings.Split(id, "_")
	if len(parts) >= 2 {
		return parts[1]
	}
	return ""
}

// ParseTypes reads a comma-separated list of types as the files write
// them: person, place, organization.
func ParseTypes(list string) ([]ner.Type, error) {
	var ts []ner.Type
	for _, s := range strings.Split(list, ",") {
		t, err := typeOf(strings.TrimSpace(s))
		if err != nil {
			return nil, err
		}
		ts = append(ts, t)
	}
	return ts, nil
}

// Split divides the documents by a fixed rule: within each genre, in order
// of id, every fifth document from the third on is a test document. The
// test part is for reporting only; nothing is tuned on it.
func Split(docs []Doc) (train, test []Doc) {
	byGenre := map[string][]Doc{}
	var genres []string
	for _, d := range docs {
		if _, ok := byGenre[d.Genre]; !ok {
			genres = append(genres, d.Genre)
		}
		byGenre[d.Genre] = append(byGenre[d.Genre], d)
	}
	sort.Strings(genres)
	for _, g := range genres {
		ds := byGenre[g]
		sort.Slice(ds, func(i, j int) bool { return ds[i].ID < ds[j].ID })
		for i, d := range ds {
			if i%5 == 2 {
				test = append(test, d)
			} else {
				train = append(train, d)
			}
		}
	}
	return train, test
}

// Folds divides training documents into k parts for cross-validation,
// round robin in the order given.
func Folds(docs []Doc, k int) [][]Doc {
	out := make([][]Doc, k)
	for i, d := range docs {
		out[i%k] = append(out[i%k], d)
	}
	return out
}

// Counts are the matches of one kind of name.
type Counts struct{ Gold, Predicted, Correct int }

// P, R and F1 of the counts.
func (c Counts) P() float64  { return ratio(c.Correct, c.Predicted) }
func (c Counts) R() float64  { return ratio(c.Correct, c.Gold) }
func (c Counts) F1() float64 { return 2 * ratio(c.Correct, c.Gold+c.Predicted) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score is a recogniser's result on a set of documents.
type Score struct {
	Typed   Counts              // type and exact span agree
	Untyped Counts              // exact span agrees, any type
	ByType  map[ner.Type]Counts // typed, per gold/predicted type
}

// Add scores the predicted names of one document against its gold names.
func (s *Score) Add(gold, pred []ner.Span) {
	if s.ByType == nil {
		s.ByType = map[ner.Type]Counts{}
	}
	type key struct{ start, end int }
	goldTyped := map[ner.Span]bool{}
	goldSpan := map[key]bool{}
	for _, g := range gold {
		g.Uncertain = false
		goldTyped[g] = true
		goldSpan[key{g.Start, g.End}] = true
		c := s.ByType[g.Type]
		c.Gold++
		s.ByType[g.Type] = c
	}
	s.Typed.Gold += len(goldTyped)
	s.Untyped.Gold += len(goldSpan)
	predSpan := map[key]bool{}
	predTyped := map[ner.Span]bool{}
	for _, p := range pred {
		p.Uncertain = false
		if predTyped[p] {
			continue
		}
		predTyped[p] = true
		c := s.ByType[p.Type]
		c.Predicted++
		if goldTyped[p] {
			c.Correct++
			s.Typed.Correct++
		}
		s.ByType[p.Type] = c
		s.Typed.Predicted++
		k := key{p.Start, p.End}
		if !predSpan[k] {
			predSpan[k] = true
			s.Untyped.Predicted++
			if goldSpan[k] {
				s.Untyped.Correct++
			}
		}
	}
}

// Certain keeps the spans not marked uncertain.
func Certain(spans []ner.Span) []ner.Span {
	out := spans[:0:0]
	for _, s := range spans {
		if !s.Uncertain {
			out = append(out, s)
		}
	}
	return out
}

// Evaluate scores a model on documents, with spans found only in headlines
// or capitals dropped as the extractor drops them.
func Evaluate(m *ner.Model, docs []Doc) Score {
	var s Score
	for _, d := range docs {
		s.Add(d.Names, Certain(m.Find(d.Text)))
	}
	return s
}

// String is the score as a small table.
func (s Score) String() string {
	var b strings.Builder
	row := func(name string, c Counts) {
		fmt.Fprintf(&b, "%-13s gold %5d  pred %5d  correct %5d  P %.3f  R %.3f  F1 %.3f\n", name, c.Gold, c.Predicted, c.Correct, c.P(), c.R(), c.F1())
	}
	row("typed", s.Typed)
	row("untyped", s.Untyped)
	for _, t := range []ner.Type{ner.Person, ner.Place, ner.Organization} {
		row(t.String(), s.ByType[t])
	}
	return b.String()
}

// ByGenre keeps scores apart by the documents' genre: the genres differ
// more than the folds do (Wikivoyage's places against the interviews'
// people), and the held-out news is nearest the interviews.
type ByGenre map[string]*Score

// Add scores one document's predicted names under its genre.
func (b ByGenre) Add(d Doc, pred []ner.Span) {
	if b[d.Genre] == nil {
		b[d.Genre] = &Score{}
	}
	b[d.Genre].Add(d.Names, pred)
}

// String is one line a genre, in order of name: typed F1 and gold names.
func (b ByGenre) String() string {
	var s strings.Builder
	for _, g := range slices.Sorted(maps.Keys(b)) {
		fmt.Fprintf(&s, "%-10s typed F1 %.3f  (%d gold names)\n", g, b[g].Typed.F1(), b[g].Typed.Gold)
	}
	return s.String()
}

// Train converts documents for ner.Train.
func Train(docs []Doc, opt ner.TrainOptions) (*ner.Model, ner.TrainStats) {
	in := make([]ner.Doc, len(docs))
	for i, d := range docs {
		in[i] = ner.Doc{Text: d.Text, Names: d.Names}
	}
	return ner.Train(in, opt)
}
