package storetest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"newsgraph/schema"
)

// SearchGraphs is a recipe for random articles on which one search is
// compared with another (the embedded store's index with a scan of every
// node, Neo4j with the embedded store): titles, texts and entity names
// share a small vocabulary, and an entity named again in a later article
// may gain an alias there.
type SearchGraphs struct {
	Vocab     []string // the words, some of them prefixes of others
	Articles  int      // how many articles
	IDPrefix  string   // article n is IDPrefix + n
	TextWords int      // an article's text has at most this many words
	// Entities gives the id prefixes ("person", "place", …) of one
	// article's entities.
	Entities func(r *rand.Rand) []string
	IDs      int // entity ids are prefix:0 to prefix:IDs-1, so they recur
}

// Make draws the articles from r.
func (sg SearchGraphs) Make(r *rand.Rand) []schema.ArticleGraph {
	phrase := func(n int) string {
		words := make([]string, 1+r.IntN(n))
		for i := range words {
			words[i] = sg.Vocab[r.IntN(len(sg.Vocab))]
		}
		return strings.Join(words, []string{" ", ", ", "-", ". "}[r.IntN(4)])
	}
	var out []schema.ArticleGraph
	for a := range sg.Articles {
		id := fmt.Sprintf("%s%d", sg.IDPrefix, a)
		g := schema.ArticleGraph{ArticleID: id, Nodes: []schema.Node{{ID: schema.ArticleID(id), Label: schema.LabelArticle,
			Name: phrase(4), Props: map[string]string{schema.PropTitle: []string{"", phrase(5)}[r.IntN(2)], schema.PropText: phrase(sg.TextWords)}}}}
		for _, prefix := range sg.Entities(r) {
			n := schema.Node{ID: fmt.Sprintf("%s:%d", prefix, r.IntN(sg.IDs)), Label: schema.LabelOf(prefix + ":x"), Name: phrase(3)}
			if r.IntN(2) == 0 {
				n.Aliases = []string{phrase(2)}
			}
			if !slices.ContainsFunc(g.Nodes, func(m schema.Node) bool { return m.ID == n.ID }) {
				g.Nodes = append(g.Nodes, n)
			}
		}
		out = append(out, g)
	}
	return out
}
