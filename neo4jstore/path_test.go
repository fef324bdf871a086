package neo4jstore_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// pathGraph is a sparse random graph for shortest paths: 40 people and 70
// meetings of two or three of them, so that two ends are joined by paths
// of every length from 1 to 6, often by several equally short ones, or by
// none; and every person serves one of two countries, hubs that a path
// may not pass through.
func pathGraph(r *rand.Rand) schema.ArticleGraph {
	b := storetest.NewGraphBuilder("pg", "p")
	for _, code := range []string{"PA", "PB"} {
		b.Node("country:"+code, schema.LabelCountry, map[string]string{schema.PropCode: code})
	}
	const people = 40
	for i := range people {
		p := fmt.Sprintf("person:pg-%02d", i)
		b.Node(p, schema.LabelPerson, nil)
		b.Edge(p, schema.RelAffiliatedWith, []string{"country:PA", "country:PB"}[i%2], "official")
	}
	for i := range 70 {
		m := fmt.Sprintf("meeting:pg-%02d", i)
		b.Node(m, schema.LabelMeeting, map[string]string{schema.PropDate: "2022-01", schema.PropKind: "meeting"})
		attendees := map[int]bool{}
		for len(attendees) < 2+r.IntN(2) {
			attendees[r.IntN(people)] = true
		}
		for p := range attendees {
			b.Edge(fmt.Sprintf("person:pg-%02d", p), schema.RelAttended, m, "")
		}
	}
	return b.Graph
}

// TestShortestPathAsTheEmbeddedStore compares whole paths (nodes and edge
// ids) with the embedded store's on pathGraph, between people, between
// meetings, between a person and a meeting, and from a country, at every
// maxHops: the one-statement search of near paths and the staged search
// behind it must choose the same path among equally short ones, and find
// none where there is none.
func TestShortestPathAsTheEmbeddedStore(t *testing.T) {
	ctx := neo4jtest.Bounded(t, 5*time.Minute) // 16 s alone; under load its share
	g := pathGraph(rand.New(rand.NewPCG(13, 2)))
	neo, mem := bothStores(t, g)
	show := func(p *schema.Path) []string {
		if p == nil {
			return nil
		}
		var out []string
		for _, n := range p.Nodes {
			out = append(out, n.ID+" "+n.Name)
		}
		for _, e := range p.Edges {
			out = append(out, e.EdgeID())
		}
		return out
	}
	ends := []string{"country:PA", "person:pg-99", "meeting:pg-99"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 9 {
		ends = append(ends, fmt.Sprintf("person:pg-%02d", r.IntN(40)), fmt.Sprintf("meeting:pg-%02d", r.IntN(70)))
	}
	lengths := map[int]int{} // path length (-1: none) -> answers
	ties := 0
	for _, from := range ends {
		for _, to := range ends {
			for _, hops := range []int{1, 2, 3, 4, 5, 6} {
				want, wantErr := mem.ShortestPath(ctx, from, to, hops)
				got, err := neo.ShortestPath(ctx, from, to, hops)
				var wantUnknown, gotUnknown *schema.UnknownNodeError
				if errors.As(wantErr, &wantUnknown) && errors.As(err, &gotUnknown) && *wantUnknown == *gotUnknown {
					continue
				}
				if wantErr != nil || err != nil {
					t.Fatalf("ShortestPath(%s, %s, %d): embedded %v, Neo4j %v%s", from, to, hops, wantErr, err, neo4jtest.Stalled(ctx))
				}
				if !slices.Equal(show(got), show(want)) {
					t.Errorf("ShortestPath(%s, %s, %d):\n Neo4j    %q\n embedded %q", from, to, hops, show(got), show(want))
				}
				if want == nil {
					lengths[-1]++
					continue
				}
				lengths[len(want.Edges)]++
				// A tie: a longer maxHops would not change it, but the
				// least path is not the only one when the walk's first
				// node had a rival: the same path from the other end
				// starts elsewhere than its reverse.
				if back, _ := mem.ShortestPath(ctx, to, from, hops); back != nil && len(want.Nodes) > 2 && back.Nodes[len(back.Nodes)-2].ID != want.Nodes[1].ID {
					ties++
				}
			}
		}
	}
	t.Logf("answers by path length (-1: none): %v; %d with a rival path", lengths, ties)
	for _, l := range []int{-1, 1, 2, 3, 4} {
		if lengths[l] < 5 {
			t.Errorf("%d answers of length %d: the graph no longer exercises every length (%v)", lengths[l], l, lengths)
		}
	}
	if ties < 20 {
		t.Errorf("%d answers with a rival path: the graph no longer exercises the choice among equally short paths", ties)
	}
}
