package ner

import "testing"

// TestListedAgreesWithTheLists: the one-lookup table says of every word
// what the common-word, given-name and surname lists say, and whether it
// begins a listed name or place, so that the flags wordInfo and setLexicon
// set, and the names matchNames finds, are those the model was trained
// with.
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
		if len(g.byFirst[h]) > 0 {
			want |= listedStartsName
		}
		if len(g.cities[h]) > 0 {
			want |= listedStartsCity
		}
		if got := g.listed.get(h); got != want {
			t.Fatalf("listed[%x] = %b, want %b", h, got, want)
		}
	}
	for _, m := range []map[uint64]bool{g.common, g.given, g.surname} {
		for h := range m {
			check(h)
		}
	}
	for _, m := range []map[uint64][]gazEntry{g.byFirst, g.cities} {
		for h := range m {
			check(h)
		}
	}
	for _, s := range g.listed.slots {
		if s.key != 0 {
			check(s.key)
		}
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

// TestLexiconInPiecesAsWhole: setLexicon over overlapping stretches, as
// decode and the typer call it, reads each token's lists once and leaves
// every token as one call over the whole text does.
func TestLexiconInPiecesAsWhole(t *testing.T) {
	toks := Tokenize("President Joe Biden met Prime Minister Fumio Kishida of Japan in Tokyo. They spoke of trade and the Quad.")
	whole := docInfo(toks, nil)
	pieces := docInfoNoLexicon(toks, nil)
	g := getGaz()
	for _, r := range [][2]int{{-1, 4}, {3, 9}, {8, 9}, {2, 12}, {10, len(toks) + 1}, {0, len(toks)}} {
		setLexicon(pieces, r[0], r[1], g)
	}
	for i, x := range pieces {
		if x != whole[i] {
			t.Errorf("token %d %q: in pieces %+v, whole %+v", i, toks[i].Text, x, whole[i])
		}
		if x.flags&flLetter != 0 && x.genClus != g.clusters.get(x.cased) {
			t.Errorf("token %d %q: cluster %b, want %b", i, toks[i].Text, x.genClus, g.clusters.get(x.cased))
		}
		if x.flags&flCap != 0 && (x.flags&flGiven != 0) != g.given[x.word] {
			t.Errorf("token %d %q: given %v, want %v", i, toks[i].Text, x.flags&flGiven != 0, g.given[x.word])
		}
	}
}
