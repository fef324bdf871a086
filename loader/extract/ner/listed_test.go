package ner

import "testing"

// TestListedAgreesWithTheLists: the one-lookup table says of every word
// what the common-word, given-name and surname lists say, so that the
// flags wordInfo and setLexicon set are those the model was trained with.
func TestListedAgreesWithTheLists(t *testing.T) {
	g := getGaz()
	check := func(h uint64) {
		var want uint8
		if g.common[h] {
			want |= listedCommon
		}
		if g.given[h] {
			want |= listedGiven
		}
		if g.surname[h] {
			want |= listedSurname
		}
		if got := g.listed[h]; got != want {
			t.Fatalf("listed[%x] = %b, want %b", h, got, want)
		}
	}
	for _, m := range []map[uint64]bool{g.common, g.given, g.surname} {
		for h := range m {
			check(h)
		}
	}
	for h := range g.listed {
		check(h)
	}
	// and the flags of a sentence's capitalised words
	info := docInfo(Tokenize("The Smith said John Obama met Maria there."), nil)
	for i, x := range info {
		if x.flags&flCap == 0 {
			continue
		}
		if got, want := x.flags&flCommon != 0, g.common[x.word]; got != want {
			t.Errorf("token %d: common %v, want %v", i, got, want)
		}
		if got, want := x.flags&flGiven != 0, g.given[x.word]; got != want {
			t.Errorf("token %d: given %v, want %v", i, got, want)
		}
		if got, want := x.flags&flSurname != 0, g.surname[x.word]; got != want {
			t.Errorf("token %d: surname %v, want %v", i, got, want)
		}
	}
}
