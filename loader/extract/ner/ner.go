// Package ner is newsgraph's learned named-entity recogniser: it finds the
// names of people, places and organisations in any English text, not only
// the ones on the gazetteers' lists.
//
// It is a greedy left-to-right sequence labeller over BIO tags, an averaged
// perceptron whose features are the word, its shape, prefixes and suffixes,
// its neighbours, its place in the sentence, whether the sentence is a
// headline or in capitals, how the same word is written elsewhere in the
// text, and whether the gazetteers know it. Features are hashed into a
// fixed table, so the model is one array of weights.
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

// decode picks each token's best allowed tag, left to right.
func (m *Model) decode(info []tokInfo) []uint8 {
	tags := make([]uint8, len(info))
	buf := make([]uint64, 0, numStatic+8)
	mask := uint64(1)<<m.bits - 1
	var scores [numTags]float32
	p1, p2 := numTags, numTags // sentence start
	for i := range info {
		if info[i].sentStart {
			p1, p2 = numTags, numTags
		}
		buf = staticFeatures(info, i, buf[:0])
		buf = tagFeatures(info, i, p1, p2, buf)
		scores = [numTags]float32{}
		for _, f := range buf {
			row := m.w[(f&mask)*numTags : (f&mask)*numTags+numTags]
			for t := range scores {
				scores[t] += row[t]
			}
		}
		best := tagO
		for t := 1; t < numTags; t++ {
			if allowed(p1, t) && scores[t] > scores[best] {
				best = t
			}
		}
		tags[i] = uint8(best)
		p2, p1 = p1, best
	}
	return tags
}
