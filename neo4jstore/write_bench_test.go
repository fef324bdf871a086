package neo4jstore_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// BenchmarkWriteMeetings writes, per iteration, one batch of 2,000 new
// meetings of people and parties already stored (as a replay of the corpus
// does): merges, edges, and the meetings' parties lists with their index.
//
//	go test -run '^$' -bench WriteMeetings -benchtime 10x ./neo4jstore/ (with NEO4J_URI set)
func BenchmarkWriteMeetings(b *testing.B) {
	s := neo4jtest.Open(b)
	ctx := context.Background()
	g := storetest.ManyMeetings(2000)
	if err := s.WriteResolved(ctx, []schema.ArticleGraph{g}, nil); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		if err := s.WriteResolved(ctx, []schema.ArticleGraph{replayed(g, i)}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// replayed is g with its article and meetings renamed for replay r: new
// meetings among the same people, parties and issues.
func replayed(g schema.ArticleGraph, r int) schema.ArticleGraph {
	rename := func(id string) string {
		if strings.HasPrefix(id, "meeting:") {
			return fmt.Sprintf("meeting:r%d-%s", r, strings.TrimPrefix(id, "meeting:"))
		}
		return id
	}
	out := schema.ArticleGraph{ArticleID: fmt.Sprintf("%s~r%d", g.ArticleID, r)}
	for _, n := range g.Nodes {
		n.ID = rename(n.ID)
		out.Nodes = append(out.Nodes, n)
	}
	for _, e := range g.Edges {
		e.From, e.To = rename(e.From), rename(e.To)
		ev := make([]schema.Evidence, len(e.Evidence))
		for j, x := range e.Evidence {
			ev[j] = schema.Evidence{ArticleID: out.ArticleID, Sentence: x.Sentence}
		}
		e.Evidence = ev
		out.Edges = append(out.Edges, e)
	}
	return out
}

// BenchmarkWriteArticleEdges writes, per iteration, one batch of 500 new
// articles, each mentioning 20 of 400 people already stored and
// discussing 2 of 20 issues with a sentence of its own, as most of a
// corpus batch's relationships are: 11,000 edges from articles, and no
// other.
//
//	go test -run '^$' -bench WriteArticleEdges -count 6 ./neo4jstore/ (with NEO4J_URI set)
func BenchmarkWriteArticleEdges(b *testing.B) {
	s := neo4jtest.Open(b)
	ctx := context.Background()
	var known []schema.Node
	for i := range 400 {
		known = append(known, schema.Node{ID: fmt.Sprintf("person:bench-%d", i), Label: schema.LabelPerson, Name: fmt.Sprintf("Person %d", i)})
	}
	for i := range 20 {
		known = append(known, schema.Node{ID: fmt.Sprintf("issue:bench-%d", i), Label: schema.LabelIssue, Name: fmt.Sprintf("Issue %d", i)})
	}
	if err := s.WriteResolved(ctx, []schema.ArticleGraph{{ArticleID: "bench-known", Nodes: known}}, nil); err != nil {
		b.Fatal(err)
	}
	batch := 0
	for b.Loop() {
		batch++
		graphs := make([]schema.ArticleGraph, 500)
		for a := range graphs {
			raw := fmt.Sprintf("bench-%d-%d", batch, a)
			id := schema.ArticleID(raw)
			g := schema.ArticleGraph{ArticleID: raw, Nodes: []schema.Node{{ID: id, Label: schema.LabelArticle, Name: raw}}}
			edge := func(relType string, to schema.Node) {
				g.Nodes = append(g.Nodes, to)
				g.Edges = append(g.Edges, schema.Edge{Type: relType, From: id, To: to.ID, Evidence: []schema.Evidence{{ArticleID: raw,
					Sentence: fmt.Sprintf("In article %s, %s was named in a sentence of about the corpus's average length, which is some 200 characters long.", raw, to.Name)}}})
			}
			for j := range 20 {
				edge(schema.RelMentions, known[(a*7+j*13)%400])
			}
			for j := range 2 {
				edge(schema.RelDiscussed, known[400+(a+j*3)%20])
			}
			graphs[a] = g
		}
		if err := s.WriteResolved(ctx, graphs, nil); err != nil {
			b.Fatal(err)
		}
	}
}
