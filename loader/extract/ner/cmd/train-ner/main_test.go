package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"newsgraph/loader/extract/ner"
	"newsgraph/loader/extract/ner/gum"
)

func TestParseShifts(t *testing.T) {
	cases := []struct {
		name, list string
		shift      float64
		want       []float64
		err        bool
	}{
		{"no list is -shift alone", "", 0.3, []float64{0.3}, false},
		{"a list over -shift", "0,0.5", 0.3, []float64{0, 0.5}, false},
		{"a word is an error", "0,x", 0, nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := parseShifts(c.shift, c.list)
			if (err != nil) != c.err || !slices.Equal(got, c.want) {
				t.Errorf("got %v, %v; want %v, error %v", got, err, c.want, c.err)
			}
		})
	}
}

func TestFoldTraining(t *testing.T) {
	doc := func(id string) gum.Doc { return gum.Doc{ID: id} }
	folds := [][]gum.Doc{{doc("b")}, {doc("c"), doc("d")}, {doc("e")}}
	cases := []struct {
		name string
		k    int
		want []string
	}{
		{"the first fold left out", 0, []string{"a", "c", "d", "e"}},
		{"a middle fold left out, the others in order", 1, []string{"a", "b", "e"}},
		{"the last fold left out", 2, []string{"a", "b", "c", "d"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, d := range foldTraining([]gum.Doc{doc("a")}, folds, c.k) {
				got = append(got, d.ID)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

// TestTrainingNeverCopiesTheTestFold: -augment's copies of a fold's
// training set, in -cv and in -cvlisted, with and without -augmentextra,
// are never made of the test fold: neither its documents nor its names.
func TestTrainingNeverCopiesTheTestFold(t *testing.T) {
	doc := func(id, person, place string) gum.Doc {
		text := person + " went to " + place + "."
		return gum.Doc{ID: id, Text: text, Names: []ner.Span{
			{Start: 0, End: len(person), Type: ner.Person},
			{Start: len(person) + 9, End: len(text) - 1, Type: ner.Place},
		}}
	}
	folds := [][]gum.Doc{
		{doc("f0", "Ada Lovelace", "Aberdeen")},
		{doc("f1", "Bo Diddley", "Bremen"), doc("f1b", "Cy Young", "Cairo")},
		{doc("f2", "Di Fong", "Dakar")},
	}
	always := []gum.Doc{doc("x", "Eve Arden", "Essen")}
	other := []gum.Doc{doc("y", "Flo Rida", "Fez")}
	const copies = 3
	cases := []struct {
		name  string
		extra bool
		set   func(aug augmenting, k int) []gum.Doc
		// documents and copies, with k's training folds holding n documents
		want func(n int) int
	}{
		{"-cv: the other folds copied", false,
			func(aug augmenting, k int) []gum.Doc { return cvTraining(aug, always, folds, k, 1) },
			func(n int) int { return 1 + n*(1+copies) }},
		{"-cv -augmentextra: the documents every fold trains on too", true,
			func(aug augmenting, k int) []gum.Doc { return cvTraining(aug, always, folds, k, 1) },
			func(n int) int { return (1 + n) * (1 + copies) }},
		{"-cvlisted: the GUM training part copied", false,
			func(aug augmenting, k int) []gum.Doc { return listedTraining(aug, always, other, folds, k, 1) },
			func(n int) int { return 1 + 1 + n + copies }},
		{"-cvlisted -augmentextra: the other folds and extra documents too", true,
			func(aug augmenting, k int) []gum.Doc { return listedTraining(aug, always, other, folds, k, 1) },
			func(n int) int { return (1 + 1 + n) * (1 + copies) }},
	}
	for _, c := range cases {
		aug := augmenting{AugmentOptions: gum.AugmentOptions{Copies: copies, Rate: 1}, extra: c.extra}
		for k := range folds {
			t.Run(fmt.Sprintf("%s, fold %d", c.name, k), func(t *testing.T) {
				got := c.set(aug, k)
				if want := c.want(len(foldTraining(nil, folds, k))); len(got) != want {
					t.Fatalf("%d documents, want %d", len(got), want)
				}
				for _, d := range got {
					for _, test := range folds[k] {
						for _, n := range test.Names {
							if name := test.Text[n.Start:n.End]; strings.Contains(d.Text, name) {
								t.Errorf("%s (%q) holds the test fold's %q", d.ID, d.Text, name)
							}
						}
					}
				}
			})
		}
	}
	if got := cvTraining(augmenting{AugmentOptions: gum.AugmentOptions{Rate: 1}}, always, folds, 0, 1); len(got) != 4 {
		t.Errorf("without -augment %d documents, want 4", len(got))
	}
}

func TestSeedsOf(t *testing.T) {
	cases := []struct {
		n    int
		want []uint64
	}{
		{0, []uint64{1}},
		{1, []uint64{1}},
		{3, []uint64{1, 2, 3}},
	}
	for _, c := range cases {
		if got := seedsOf(c.n); !slices.Equal(got, c.want) {
			t.Errorf("seedsOf(%d) = %v, want %v", c.n, got, c.want)
		}
	}
}

// TestReadExtra: the listed files come first, in order, then the gum-format
// ones, and only the first listed file's documents are counted for
// -cvlisted.
func TestReadExtra(t *testing.T) {
	const first, second, own = "../../testdata/usgov-names.jsonl", "../../testdata/usgov-names-chosen.jsonl", "../../testdata/own-news.jsonl"
	a, err := gum.ReadListed(first)
	if err != nil {
		t.Fatal(err)
	}
	b, err := gum.ReadListed(second)
	if err != nil {
		t.Fatal(err)
	}
	c, err := gum.Read(own)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, extra, extraGum string
		want                  [][]gum.Doc
		firstExtra            int
	}{
		{"two listed files, then a gum file", first + "," + second, own, [][]gum.Doc{a, b, c}, len(a)},
		{"the other listed file first", second + "," + first, "", [][]gum.Doc{b, a}, len(b)},
		{"a gum file alone is never folded", "", own, [][]gum.Doc{c}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			docs, n, err := readExtra(tc.extra, tc.extraGum)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, ds := range tc.want {
				for _, d := range ds {
					want = append(want, d.ID)
				}
			}
			var got []string
			for _, d := range docs {
				got = append(got, d.ID)
			}
			if n != tc.firstExtra || !slices.Equal(got, want) {
				t.Errorf("got %d documents, first file %d; want %d, %d (or another order)", len(got), n, len(want), tc.firstExtra)
			}
		})
	}
	if _, _, err := readExtra("no-such-file.jsonl", ""); err == nil {
		t.Error("a missing file gave no error")
	}
}
