package ner

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Decoding only the stretches between the tokens that must be outside a
// name gives the tags of Viterbi over whole sentences in which those tokens
// can only be O: the shortcut changes the work, not the answer.
func TestStretchDecodingEqualsWholeSentenceViterbi(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range bundledArticles(t) {
		for _, text := range []string{a.Title, a.Text} {
			info := docInfo(Tokenize(text), nil)
			got := m.decode(info)
			want := wholeSentenceDecode(m, info)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("text %d: tags differ (-whole sentences +stretches):\n%s", n, diff)
			}
			n++
		}
	}
	if n < 20 {
		t.Fatalf("only %d texts read", n)
	}
}

// wholeSentenceDecode is the plain decoder: every token scored, Viterbi over
// each sentence, the tokens outsideAnyName limited to O.
func wholeSentenceDecode(m *Model, info []tokInfo) []uint8 {
	trans := m.transitions(nil)
	tags := make([]uint8, len(info))
	var lat lattice
	for s := 0; s < len(info); {
		e := s + 1
		for e < len(info) && !info[e].sentStart {
			e++
		}
		var em [][numTags]float32
		for i := s; i < e; i++ {
			if outsideAnyName(info, i) {
				em = append(em, onlyOutside)
				continue
			}
			em = append(em, m.score(staticFeatures(info, i, nil)))
		}
		lat.viterbi(em, func(k, p int) [numTags]float32 { return trans[p] }, tags[s:e])
		s = e
	}
	return tags
}

// onlyOutside is the emission of a token that can only be outside a name.
var onlyOutside = func() (sc [numTags]float32) {
	for t := range sc {
		if t != tagO {
			sc[t] = -1e9
		}
	}
	return sc
}()

// Where decoding begins a name, the type it gave scores highest among the
// begin scores: Viterbi's path is the best of all, and a begin score is the
// best path on which a name of that type begins there.
func TestBeginScoresFavourTheDecodedType(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	names, lower := 0, 0 // names begun; of them, those another type scores lower at
	for _, a := range bundledArticles(t) {
		info := docInfo(Tokenize(a.Text), nil)
		tags := m.decode(info)
		for i, tag := range tags {
			if tag == tagO || tag%2 == 0 {
				continue
			}
			names++
			typ := Type((tag + 1) / 2)
			if slices.Min(info[i].begin[:]) < info[i].begin[typ-1] {
				lower++
			}
			for o := Person; o <= Organization; o++ {
				if got, other := info[i].begin[typ-1], info[i].begin[o-1]; other > got+1e-3*max(1, abs(got)) {
					t.Errorf("%s tagged %s: begin score %g, below %s's %g", info[i].text, typ, got, o, other)
				}
			}
		}
	}
	if names < 50 || lower < names/2 {
		t.Fatalf("%d names begun, %d with another type scoring lower", names, lower)
	}
}

func abs(x float32) float32 { return max(x, -x) }
