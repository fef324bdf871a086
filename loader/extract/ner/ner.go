// Package ner is newsgraph's learned named-entity recogniser: it finds the
// names of people, places and organisations in any English text, not only
// the ones on the gazetteers' lists.
//
// It is a sequence labeller over BIO tags, an averaged structured perceptron
// (the mean of a few trained on different document orders) with Viterbi
// decoding, whose features are the word, its shape, prefixes
// and suffixes, its neighbours, its place in the sentence, whether the
// sentence is a headline or in capitals, the run of capitalised words it is
// in and that run's last word ("River", "University"), how the same word is
// written elsewhere in the text, the tag before, and whether a list knows
// it: the project's gazetteers (countries, places, organisations,
// officials) and the name lists in lexicon/ (census given names and
// surnames, GeoNames places), and what kind of word it and its neighbours
// are in general English (Brown clusters from spaCy's English tables,
// lexicon/general-clusters.txt). Features are hashed into a fixed table, so
// the model is one array of weights. After tagging, a name's type is
// decided for all its mentions by a second, span-level classifier (typer.go:
// a logistic regression over the name's words and the words around every
// one of its mentions, trained on the training documents' gold names)
// beside the evidence the tagger's mentions give for each type (the sum,
// over the mentions, of the score of the best tagging with the name of
// that type), and the name is found again where it recurs;
// a person named in full is found again by surname alone; and the short form
// a text defines for a term in lower case ("sea surface salinity (SSS)") is
// no name.
//
// The model is trained on the GUM corpus' open documents (testdata/,
// see testdata/LICENSE.md) and on US government releases whose names were
// marked by hand for the project (testdata/usgov-names.md), and on news-style
// documents written and annotated for it (testdata/own-news.md), by
// `go generate ./loader/extract/ner`; the
// trained weights (model.bin, see MODEL-LICENSE.md) are embedded in the
// binary. A span is the proper-name core, as an analyst reads it: no
// determiner, title or possessive ("the United States" → "United States",
// "U.S. President Donald Trump's" → "Donald Trump"), though a title word
// that opens a place's or a body's name is the name's own ("King County",
// "General Services Administration").
//
// A model trained with a span-level typer (train-ner -typer, typer.go)
// re-types each name from the words around all its mentions; the embedded
// model has one (docs/extraction-quality.md, "A span-level typer").
//
// README.md beside this file says where its files, data and commands are.
package ner

//go:generate go run ./cmd/train-ner -data testdata/gum-open.jsonl -extra testdata/usgov-names.jsonl -extragum testdata/own-news.jsonl -typer -out model.bin

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
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

// Model is a trained recogniser. Of the hashed weight table it keeps only
// the rows that are not zero, found through a small open-addressing index,
// so that tagging reads a few megabytes and not the whole table. A model
// decoded from a file keeps them smaller still (packed), as the file has
// them: each weight a whole number of the file's scale, in 16 bits.
type Model struct {
	bits  uint      // the hashed table has 1<<bits rows
	rows  []uint32  // numbers of the rows kept, ascending
	w     []float32 // their weights: k*numTags + tag for rows[k]
	slots []slot    // open addressing over row numbers; nil when packed is set
	shift uint
	// packed is the rows again, 16 bytes a slot where slots has 32, so that
	// the table (1 MB for the embedded model's tagger) mostly stays in a
	// core's cache; nil for a model whose weights are not all whole numbers
	// of scale (one being trained or shifted)
	packed *packedTable
	typer  *typer // re-types the names found; nil: the tagger's type vote alone
}

// slot holds a kept row's number beside its weights, so that a probe that
// finds the row reads one cache line (32 bytes a slot), not a second one in
// the weights.
type slot struct {
	key uint32 // the row's number + 1; 0 for an empty slot
	w   [numTags]float32
}

// newModel indexes the kept rows. scale is the step every weight is a
// whole number of (the model file's), 0 if none is known: with it the
// rows are packed when they can be (newPacked).
func newModel(bits uint, rows []uint32, w []float32, scale float32) *Model {
	m := &Model{bits: bits, rows: rows, w: w}
	if scale != 0 {
		if m.packed = newPacked(bits, rows, w, scale); m.packed != nil {
			return m
		}
	}
	size := 2
	for size < 2*len(rows)+2 {
		size *= 2
	}
	m.slots = make([]slot, size)
	m.shift = uint(32 - bitsLen(size-1))
	mask := uint32(size - 1)
	for k, r := range rows {
		h := m.slotOf(r)
		for m.slots[h].key != 0 {
			h = (h + 1) & mask
		}
		m.slots[h].key = r + 1
		copy(m.slots[h].w[:], w[k*numTags:(k+1)*numTags])
	}
	return m
}

func bitsLen(x int) int {
	n := 0
	for ; x > 0; x >>= 1 {
		n++
	}
	return n
}

func (m *Model) slotOf(row uint32) uint32 { return (row * 0x9E3779B1) >> m.shift }

// weights returns the weights of a feature's row, or nil when it has none.
// It reads the unpacked slots: a packed model's rows are read by score.
func (m *Model) weights(f uint64) *[numTags]float32 {
	key := uint32(f&(1<<m.bits-1)) + 1
	mask := uint32(len(m.slots) - 1)
	for h := m.slotOf(key - 1); ; h = (h + 1) & mask {
		sl := &m.slots[h]
		if sl.key == 0 {
			return nil
		}
		if sl.key == key {
			return &sl.w
		}
	}
}

// packedTable holds a model's kept rows in 16 bytes a slot: the weights
// as whole numbers of scale (int16: the file's are within ±32767) and the
// low 16 bits of the row's number. A row's home slot is its number's top
// bits, so home and low bits together are the number, and a row is found
// by probing from its home (linear probing) to the first slot whose low
// bits are its own. Two rows with the same low bits have homes a multiple
// of gap slots apart; newPacked keeps a table only if no run of filled
// slots is as long as gap, so that a probe never passes another row's
// home that far away and the first slot with the row's low bits is the row.
type packedTable struct {
	slots []packedSlot
	shift uint   // a row's home is row >> shift
	mask  uint32 // len(slots) - 1
	scale float32
}

type packedSlot struct {
	w   [numTags]int16 // w[0] is packedEmpty in an empty slot
	low uint16
}

// packedEmpty marks an empty slot: no weight of a model file is this.
const packedEmpty = -1 << 15

// newPacked packs the rows, or returns nil when they cannot be packed
// exactly: a weight that is not a whole number of scale within ±32767, a
// row that is all zeros, or a table whose runs would be too long.
func newPacked(bits uint, rows []uint32, w []float32, scale float32) *packedTable {
	sbits := uint(1)
	for 1<<sbits < len(rows)+len(rows)/2 { // at most two in three slots filled
		sbits++
	}
	if bits < sbits+1 || bits > sbits+16 {
		return nil
	}
	p := &packedTable{slots: make([]packedSlot, 1<<sbits), shift: bits - sbits, mask: 1<<sbits - 1, scale: scale}
	for h := range p.slots {
		p.slots[h].w[0] = packedEmpty
	}
	for k, r := range rows {
		var q [numTags]int16
		zero := true
		for t, v := range w[k*numTags : (k+1)*numTags] {
			n := math.Round(float64(v / scale))
			if n < -32767 || n > 32767 || float32(float32(n)*scale) != v {
				return nil
			}
			q[t] = int16(n)
			zero = zero && n == 0
		}
		if zero {
			return nil
		}
		h := r >> p.shift
		for p.slots[h].w[0] != packedEmpty {
			h = (h + 1) & p.mask
		}
		p.slots[h] = packedSlot{w: q, low: uint16(r)}
	}
	// rows with the same low 16 bits differ above them, so their homes
	// differ by a multiple of gap
	gap := 1 << (16 - p.shift)
	if p.longestRun() >= gap {
		return nil
	}
	return p
}

// longestRun is the most filled slots in a row, around the table's end too.
func (p *packedTable) longestRun() int {
	n := len(p.slots)
	longest, run := 0, 0
	for k := range 2 * n {
		if p.slots[k%n].w[0] == packedEmpty {
			run = 0
			continue
		}
		run++
		longest = max(longest, min(run, n))
	}
	return longest
}

// scoreGo is packedTable.score in Go: each weight as the unpacked table
// holds it (float32(q) * scale, rounded to float32 before the sum, no
// fused multiply-add), summed in the same order, so the sums are the same
// to the bit. The seven sums are kept apart so that they stay in
// registers.
func (p *packedTable) scoreGo(fs []uint64, mask uint64) [numTags]float32 {
	var s0, s1, s2, s3, s4, s5, s6 float32
	scale := p.scale
	for _, f := range fs {
		sl := p.lookup(uint32(f & mask))
		if sl == nil {
			continue
		}
		w := &sl.w
		s0 += float32(float32(w[0]) * scale)
		s1 += float32(float32(w[1]) * scale)
		s2 += float32(float32(w[2]) * scale)
		s3 += float32(float32(w[3]) * scale)
		s4 += float32(float32(w[4]) * scale)
		s5 += float32(float32(w[5]) * scale)
		s6 += float32(float32(w[6]) * scale)
	}
	return [numTags]float32{s0, s1, s2, s3, s4, s5, s6}
}

// lookup returns the slot of a feature's row, or nil when it has none.
func (p *packedTable) lookup(row uint32) *packedSlot {
	low := uint16(row)
	for h := row >> p.shift; ; h = (h + 1) & p.mask {
		sl := &p.slots[h]
		if sl.w[0] == packedEmpty {
			return nil
		}
		if sl.low == low {
			return sl
		}
	}
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

// Find returns the names in text, in order.
func (m *Model) Find(text string) []Span {
	toks := Tokenize(text)
	return m.FindTokens(toks)
}

// FindTokens returns the names over tokens made by Tokenize.
func (m *Model) FindTokens(toks []Token) []Span {
	return m.FindTokensVoted(toks, nil)
}

// FindTokensVoted is FindTokens that also records, in voted where it is not
// nil, the type the tagger's mentions voted for of each name the span-level
// typer re-typed, by the span's byte range ([Start, End]): a caller whose
// rules hold some evidence the typer reads to be none may restore it.
func (m *Model) FindTokensVoted(toks []Token, voted map[[2]int]Type) []Span {
	if len(toks) == 0 {
		return nil
	}
	buf, _ := infoPool.Get().(*[]tokInfo)
	if buf == nil {
		buf = new([]tokInfo)
	}
	info := docInfoNoLexicon(toks, *buf) // decode sets the word lists' part it reads
	tags := m.decode(info)
	spans := spansVoted(toks, info, tags, m.typer, voted)
	if cap(info) <= MaxPooledTokens {
		*buf = info
		infoPool.Put(buf)
	}
	return spans
}

// MaxPooledTokens is the most tokens whose buffers a pool keeps for the
// next text, those of a text of about 300 KB (the open corpus's longest
// article has 160 KB): a huge text's are let go when it is done, not
// handed from text to text for the rest of a load.
const MaxPooledTokens = 1 << 16

// outsideAnyName reports a token that decoding tags O without reading its
// features: no capital letter within a word of it, or a lower-case word
// that joins no run of capitalised words.
func outsideAnyName(info []tokInfo, i int) bool {
	f := info[i].flags
	if f&flHasUpper != 0 {
		return false
	}
	if f&(flLetter|flDigit) == flLetter && info[i].runPos == 0 {
		return true
	}
	return (i == 0 || info[i].sentStart || info[i-1].flags&flHasUpper == 0) &&
		(i+1 == len(info) || info[i+1].sentStart || info[i+1].flags&flHasUpper == 0)
}

// infoPool keeps the feature inputs of earlier texts for reuse: they are
// the largest allocation of a call.
var infoPool sync.Pool

// score sums the weights of features fs for each tag.
func (m *Model) score(fs []uint64) (sc [numTags]float32) {
	if p := m.packed; p != nil {
		return p.score(fs, uint64(1)<<m.bits-1)
	}
	for _, f := range fs {
		if row := m.weights(f); row != nil {
			for t := range sc {
				sc[t] += row[t]
			}
		}
	}
	return sc
}

// transitions scores each tag after each previous tag (numTags: the start
// of a sentence); buf is scratch space for the features.
func (m *Model) transitions(buf []uint64) (trans [numTags + 1][numTags]float32) {
	for p := range trans {
		trans[p] = m.score(tagFeatures(p, buf[:0]))
	}
	return trans
}

// decode picks the best tag sequence of each sentence (Viterbi). A token
// with no capital letter within a word of it can only be outside a name
// (every name core has one there), and so can a lower-case word that joins
// no run of capitalised words ("said" in "Obama said": a core neither
// starts nor ends with one, and only connectors such as "of" stand inside).
// Most tokens of running text are such: they get tag O without their
// features being read, and Viterbi runs only over the stretches between
// them.
func (m *Model) decode(info []tokInfo) []uint8 {
	tags := make([]uint8, len(info)) // tagO is 0
	buf := make([]uint64, 0, numStatic+4)
	trans := m.transitions(buf)
	g := getGaz()
	var em [][numTags]float32
	var lat lattice
	caseless := func(i int) bool { return outsideAnyName(info, i) }
	for a := 0; a < len(info); {
		if caseless(a) {
			a++
			continue
		}
		// a stretch [a, b) of tokens that may be in a name, within one sentence
		b := a + 1
		for b < len(info) && !info[b].sentStart && !caseless(b) {
			b++
		}
		start := numTags // the tag before a: none at a sentence start, else O
		if !info[a].sentStart {
			start = tagO
		}
		em = em[:0]
		setLexicon(info, a-1, b+1, g)
		for i := a; i < b; i++ {
			buf = staticFeatures(info, i, buf[:0])
			em = append(em, m.score(buf))
		}
		if b < len(info) && !info[b].sentStart {
			for t := range em[b-a-1] { // the caseless token after is O
				em[b-a-1][t] += trans[t][tagO]
			}
		}
		tr := func(k, p int) [numTags]float32 {
			if k == 0 {
				return trans[start]
			}
			return trans[p]
		}
		lat.viterbi(em, tr, tags[a:b])
		// the types' scores only where a name begins, for propagateNames
		if slices.ContainsFunc(tags[a:b], func(t uint8) bool { return t != tagO }) {
			lat.beginScores(em, tr, info[a:b])
		}
		a = b
	}
	return tags
}
