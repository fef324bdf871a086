// Package ner is newsgraph's learned named-entity recogniser: it finds the
// names of people, places and organisations in any English text, not only
// the ones on the gazetteers' lists.
//
// It is a sequence labeller over BIO tags, an averaged structured perceptron
// with Viterbi decoding, whose features are the word, its shape, prefixes
// and suffixes, its neighbours, its place in the sentence, whether the
// sentence is a headline or in capitals, the run of capitalised words it is
// in and that run's last word ("River", "University"), how the same word is
// written elsewhere in the text, the tag before, and whether a list knows
// it: the project's gazetteers (countries, places, organisations,
// officials) and the name lists in lexicon/ (census given names and
// surnames, GeoNames places). Features are hashed into a fixed table, so
// the model is one array of weights. After tagging, a name takes the type
// most of its mentions in the text have, and is found again where it recurs.
//
// The model is trained on the GUM corpus' open documents (testdata/,
// see testdata/LICENSE.md) by `go generate ./loader/extract/ner`; the
// trained weights (model.bin, see MODEL-LICENSE.md) are embedded in the
// binary. A span is the proper-name core, as an analyst reads it: no
// determiner, title or possessive ("the United States" → "United States",
// "U.S. President Donald Trump's" → "Donald Trump").
package ner

//go:generate go run ./cmd/train-ner -data testdata/gum-open.jsonl -out model.bin

import (
	_ "embed"
	"fmt"
	"sync"
)

// Type is the kind of a name, with the label names of the GUM annotation.
type Type uint8

// The three types of names.
const (
	Person Type = iota + 1
	Place
	Organization
)

func (t Type) String() string {
	switch t {
	case Person:
		return "person"
	case Place:
		return "place"
	case Organization:
		return "organization"
	}
	return "none"
}

// Span is one name found in a text: a half-open byte range [Start, End).
type Span struct {
	Start, End int
	Type       Type
	// Uncertain is set for a name found only in a headline or in capitals,
	// where capitalisation is no evidence; callers that want no noise drop it.
	Uncertain bool
}

// Model is a trained recogniser.
type Model struct {
	bits uint      // the weight table has 1<<bits rows
	w    []float32 // row-major: row*numTags + tag
}

//go:embed model.bin
var modelFile []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, decoded on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Decode(modelFile)
		if defaultErr != nil {
			defaultErr = fmt.Errorf("ner: embedded model: %w", defaultErr)
		}
	})
	return defaultModel, defaultErr
}

// Find tags text with the embedded model.
func Find(text string) ([]Span, error) {
	m, err := Default()
	if err != nil {
		return nil, err
	}
	return m.Find(text), nil
}

// Find returns the names in text, in order.
func (m *Model) Find(text string) []Span {
	toks := Tokenize(text)
	return m.FindTokens(toks)
}

// FindTokens returns the names over tokens made by Tokenize.
func (m *Model) FindTokens(toks []Token) []Span {
	if len(toks) == 0 {
		return nil
	}
	info := docInfo(toks)
	tags := m.decode(info)
	return spansOf(toks, info, tags)
}

// decode picks the best tag sequence of each sentence (Viterbi).
func (m *Model) decode(info []tokInfo) []uint8 {
	tags := make([]uint8, len(info))
	buf := make([]uint64, 0, numStatic+4)
	mask := uint64(1)<<m.bits - 1
	score := func(fs []uint64) (sc [numTags]float32) {
		for _, f := range fs {
			row := m.w[(f&mask)*numTags : (f&mask)*numTags+numTags]
			for t := range sc {
				sc[t] += row[t]
			}
		}
		return sc
	}
	var em [][numTags]float32
	for s := 0; s < len(info); {
		e := s + 1
		for e < len(info) && !info[e].sentStart {
			e++
		}
		em = em[:0]
		for i := s; i < e; i++ {
			buf = staticFeatures(info, i, buf[:0])
			em = append(em, score(buf))
		}
		viterbi(em, func(k, p int) [numTags]float32 {
			buf = tagFeatures(info, s+k, p, buf[:0])
			return score(buf)
		}, tags[s:e])
		s = e
	}
	return tags
}
