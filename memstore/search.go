package memstore

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"sync"

	"newsgraph/schema"
)

// Search implements schema.Store: a node matches when every word of text is
// a word, or the start of a word, of its name or an alias, or for an
// article of its title or text. It scores by schema.Score, ties by id. The
// search index finds the nodes that can match, so only they are scored.
func (s *Store) Search(ctx context.Context, text string, labels []string, limit int, p schema.Projection) ([]schema.SearchHit, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	query, err := schema.SearchQuery(text)
	if err != nil {
		return nil, fmt.Errorf("memstore: search: %w", err)
	}
	if len(query) == 0 || limit <= 0 {
		return nil, nil
	}
	wants := func(label string) bool {
		if len(labels) == 0 {
			return schema.SearchesByDefault(label)
		}
		return slices.Contains(labels, label)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	x := &s.search
	var hits []schema.SearchHit
	articles := map[uint32]float64{} // article ordinal -> its title's score
	candidates, err := x.nameCandidates(ctx, query)
	if err != nil {
		return nil, err
	}
	check := ctxCheck{ctx: ctx}
	for o := range candidates {
		if err := check.every(); err != nil {
			return nil, err
		}
		n := s.nodes[x.ids[o]]
		switch {
		case n == nil: // a meeting merged into another (schema.MeetingMerge)
		case !wants(n.Label):
		case n.Label == schema.LabelArticle:
			articles[o] = schema.TitleScore(*n, query)
		default:
			if score := schema.SearchScore(*n, query); score > 0 {
				hits = append(hits, schema.SearchHit{Node: *n, Score: score, Degree: s.degree(n.ID)})
			}
		}
	}
	if wants(schema.LabelArticle) {
		texts, err := x.textHits(ctx, query)
		if err != nil {
			return nil, err
		}
		for o, t := range texts {
			articles[o] = max(articles[o], t.Score())
		}
	}
	for o, score := range articles {
		if score > 0 {
			hits = append(hits, schema.SearchHit{Node: *s.nodes[x.ids[o]], Score: score})
		}
	}
	slices.SortFunc(hits, schema.CompareHits)
	if len(hits) > limit {
		hits = hits[:limit]
	}
	for i := range hits {
		if hits[i].Node, err = s.copyNode(s.nodes[hits[i].Node.ID], p.Text); err != nil {
			return nil, err
		}
	}
	return hits, nil
}

// searchIndex is the store's word index for Search: every word of a node's
// name, aliases and (for an article) title points to the node, and every
// word of an article's text to the articles that hold it, with how often.
// Words are interned, and each vocabulary is kept sorted, so that a query
// word is a binary search and a scan of the words it starts. Nodes are
// numbered in the order first written (ordinals), which keeps the text
// postings ascending and so short: delta-encoded varints.
type searchIndex struct {
	ids     []string          // ordinal -> node id
	ord     map[string]uint32 // node id -> ordinal
	aliases []int             // ordinal -> how many of its aliases are indexed

	names     map[string][]uint32 // word of a name, alias or title -> ordinals
	nameVocab vocabulary

	textIDs   map[string]uint32 // word of an article's text -> its number
	postings  []postings        // word number -> the articles whose text holds it
	textVocab vocabulary

	counts  []uint32 // word number -> its count in the text being indexed
	touched []uint32 // the word numbers counted in it
	buf     []byte   // the word being read
}

func newSearchIndex() searchIndex {
	return searchIndex{
		ord:     map[string]uint32{},
		names:   map[string][]uint32{},
		textIDs: map[string]uint32{},
	}
}

// add indexes a node after a write merged it: a new node whole, and a known
// one's new aliases (a node's title and text never change, its name only
// as rename indexes, and its aliases only grow at the end). The caller
// holds the write lock.
func (x *searchIndex) add(n *schema.Node, text string) {
	o, ok := x.ord[n.ID]
	if !ok {
		o = uint32(len(x.ids))
		x.ids = append(x.ids, n.ID)
		x.ord[n.ID] = o
		x.aliases = append(x.aliases, 0)
		x.addName(o, n.Name)
		if n.Label == schema.LabelArticle {
			x.addName(o, n.Props[schema.PropTitle])
			x.addText(o, text)
		}
	}
	for _, a := range n.Aliases[x.aliases[o]:] {
		x.addName(o, a)
	}
	x.aliases[o] = len(n.Aliases)
}

// rename indexes the words of a known node's new name. The old name's
// words stay: they only make the node a candidate, which Search scores by
// its name now.
func (x *searchIndex) rename(n *schema.Node) {
	o := x.ord[n.ID]
	var fresh []string
	x.buf = schema.EachWord(n.Name, x.buf, func(w []byte) {
		if !slices.Contains(x.names[string(w)], o) {
			fresh = append(fresh, string(w))
		}
	})
	for _, w := range fresh {
		x.addName(o, w)
	}
}

func (x *searchIndex) addName(o uint32, name string) {
	x.buf = schema.EachWord(name, x.buf, func(w []byte) {
		list, ok := x.names[string(w)]
		if !ok {
			word := string(w)
			x.nameVocab.pending = append(x.nameVocab.pending, word)
			x.names[word] = []uint32{o}
			return
		}
		if list[len(list)-1] != o { // the same word twice in one name
			x.names[string(w)] = append(list, o)
		}
	})
}

func (x *searchIndex) addText(o uint32, text string) {
	x.buf = schema.EachWord(text, x.buf, func(w []byte) {
		id, ok := x.textIDs[string(w)]
		if !ok {
			word := string(w)
			id = uint32(len(x.postings))
			x.textIDs[word] = id
			x.postings = append(x.postings, postings{})
			x.counts = append(x.counts, 0)
			x.textVocab.pending = append(x.textVocab.pending, word)
		}
		if x.counts[id] == 0 {
			x.touched = append(x.touched, id)
		}
		x.counts[id]++
	})
	for _, id := range x.touched {
		x.postings[id].add(o, x.counts[id])
		x.counts[id] = 0
	}
	x.touched = x.touched[:0]
}

// nameCandidates is the set of nodes that have, for every query word, a
// word of their name, aliases or title that it starts: the only nodes that
// can score by name or title.
func (x *searchIndex) nameCandidates(ctx context.Context, query []string) (map[uint32]struct{}, error) {
	vocab := x.nameVocab.sorted()
	check := ctxCheck{ctx: ctx}
	var out map[uint32]struct{}
	for i, q := range query {
		next := map[uint32]struct{}{}
		for _, w := range withPrefix(vocab, q) {
			if err := check.every(); err != nil {
				return nil, err
			}
			for _, o := range x.names[w] {
				if _, ok := out[o]; ok || i == 0 {
					next[o] = struct{}{}
				}
			}
		}
		out = next
		if len(out) == 0 {
			break
		}
	}
	return out, nil
}

// textHits tallies the hits of every query word in the texts of the
// articles that hold them all (schema.TextScore's input), by article
// ordinal. It takes the query a word at a time, so an article costs one
// tally whatever the length of the query.
func (x *searchIndex) textHits(ctx context.Context, query []string) (map[uint32]*schema.TextTally, error) {
	vocab := x.textVocab.sorted()
	check := ctxCheck{ctx: ctx}
	var tallies map[uint32]*schema.TextTally // the articles that every word so far hit
	for i, q := range query {
		hits := map[uint32]schema.WordHits{} // of this word, in the articles still in the running
		for _, w := range withPrefix(vocab, q) {
			if err := check.every(); err != nil {
				return nil, err
			}
			whole := len(w) == len(q)
			x.postings[x.textIDs[w]].each(func(o, c uint32) {
				if _, ok := tallies[o]; !ok && i > 0 {
					return // misses an earlier query word
				}
				h := hits[o]
				if whole {
					h.Whole += int(c)
				} else {
					h.Prefix += int(c)
				}
				hits[o] = h
			})
		}
		if i == 0 {
			tallies = make(map[uint32]*schema.TextTally, len(hits))
			for o := range hits {
				tallies[o] = &schema.TextTally{}
			}
		}
		for o, t := range tallies {
			if h, ok := hits[o]; !ok || !t.Add(h) {
				delete(tallies, o)
			}
		}
		if len(tallies) == 0 {
			return nil, nil
		}
	}
	return tallies, nil
}

// ctxCheck checks a context every ctxCheckEvery calls, so that a long loop
// stops soon after its request ends without paying for a check per step.
type ctxCheck struct {
	ctx context.Context
	n   int
}

const ctxCheckEvery = 64

func (c *ctxCheck) every() error {
	c.n++
	if c.n%ctxCheckEvery != 0 {
		return nil
	}
	return c.ctx.Err()
}

// withPrefix is the run of a sorted vocabulary that starts with q.
func withPrefix(vocab []string, q string) []string {
	i, _ := slices.BinarySearch(vocab, q)
	j := i
	for j < len(vocab) && strings.HasPrefix(vocab[j], q) {
		j++
	}
	return vocab[i:j]
}

// postings lists the articles whose text holds a word: for each, in
// ascending order, the uvarint of its ordinal minus the previous one, then
// the uvarint of how often the word occurs.
type postings struct {
	last uint32
	data []byte
}

func (p *postings) add(o, count uint32) {
	p.data = binary.AppendUvarint(p.data, uint64(o-p.last))
	p.data = binary.AppendUvarint(p.data, uint64(count))
	p.last = o
}

func (p *postings) each(fn func(o, count uint32)) {
	o := uint32(0)
	for b := p.data; len(b) > 0; {
		d, n := binary.Uvarint(b)
		c, m := binary.Uvarint(b[n:])
		b = b[n+m:]
		o += uint32(d)
		fn(o, uint32(c))
	}
}

// vocabulary keeps the words of an index sorted for prefix scans. Writes
// (under the store's write lock) only append new words to pending;
// searches (under its read lock, so no write runs) merge them in first,
// one search at a time.
type vocabulary struct {
	mu      sync.Mutex
	words   []string
	pending []string
}

func (v *vocabulary) sorted() []string {
	v.mu.Lock()
	defer v.mu.Unlock()
	if len(v.pending) > 0 {
		slices.Sort(v.pending)
		merged := make([]string, 0, len(v.words)+len(v.pending))
		i, j := 0, 0
		for i < len(v.words) && j < len(v.pending) {
			if v.words[i] < v.pending[j] {
				merged = append(merged, v.words[i])
				i++
			} else {
				merged = append(merged, v.pending[j])
				j++
			}
		}
		merged = append(append(merged, v.words[i:]...), v.pending[j:]...)
		v.words, v.pending = merged, nil
	}
	return v.words
}
