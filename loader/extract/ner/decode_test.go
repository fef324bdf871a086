package ner

import (
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
