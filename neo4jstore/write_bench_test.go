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
