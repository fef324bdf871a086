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
				want, wantErr := mem.ShortestPath(ctx, from, to, hops, schema.PathWindow{})
				got, err := neo.ShortestPath(ctx, from, to, hops, schema.PathWindow{})
				var wantUnknown, gotUnknown *schema.UnknownNodeError
				if errors.As(wantErr, &wantUnknown) && errors.As(err, &gotUnknown) && *wantUnknown == *gotUnknown {
					continue
				}
				if wantErr != nil || err != nil {
					t.Fatalf("ShortestPath(%s, %s, %d): embedded %v, Neo4j %v%s", from, to, hops, wantErr, err, neo4jtest.Stalled(ctx))
				}
				if !slices.Equal(showPath(got), showPath(want)) {
					t.Errorf("ShortestPath(%s, %s, %d):\n Neo4j    %q\n embedded %q", from, to, hops, showPath(got), showPath(want))
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
				if back, _ := mem.ShortestPath(ctx, to, from, hops, schema.PathWindow{}); back != nil && len(want.Nodes) > 2 && back.Nodes[len(back.Nodes)-2].ID != want.Nodes[1].ID {
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

// datedPathGraph is pathGraph with its meetings dated over 2021 and 2022
// (to the day, the month or the year, or not at all) and its affiliations
// attested over spans of those years, a third of the people with a second
// role attested at another time: what a window (schema.PathWindow) bounds.
func datedPathGraph(r *rand.Rand) schema.ArticleGraph {
	g := pathGraph(r)
	dates := []string{"2021", "2021-03", "2021-06-15", "2021-11-02", "2022", "2022-02", "2022-05-20", "2022-09", ""}
	for i, n := range g.Nodes {
		if n.Label == schema.LabelMeeting {
			g.Nodes[i].Props = map[string]string{schema.PropDate: dates[r.IntN(len(dates))], schema.PropKind: "meeting"}
		}
	}
	spans := [][2]string{{"2021-01-01", "2021-06-30"}, {"2021-07", "2022-03"}, {"2022", ""}, {"", "2021-09"}, {"2021-05-01", ""}}
	var more []schema.Edge
	for i, e := range g.Edges {
		if e.Type != schema.RelAffiliatedWith {
			continue
		}
		s := spans[r.IntN(len(spans))]
		g.Edges[i].Since, g.Edges[i].Until = s[0], s[1]
		if r.IntN(3) == 0 {
			s := spans[r.IntN(len(spans))]
			other := e
			other.Key, other.Since, other.Until = "adviser", s[0], s[1]
			more = append(more, other)
		}
	}
	g.Edges = append(g.Edges, more...)
	return g
}

// TestWindowedShortestPathAsTheEmbeddedStore compares whole paths, as
// TestShortestPathAsTheEmbeddedStore does, within date windows on
// datedPathGraph: both searches of Neo4j must leave out the same meetings
// and affiliations as the embedded store, and choose the same edge of a
// step among an affiliation in the window and one out of it.
func TestWindowedShortestPathAsTheEmbeddedStore(t *testing.T) {
	ctx := neo4jtest.Bounded(t, 5*time.Minute)
	g := datedPathGraph(rand.New(rand.NewPCG(17, 3)))
	neo, mem := bothStores(t, g)
	ends := []string{"country:PA", "country:PB"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 6 {
		ends = append(ends, fmt.Sprintf("person:pg-%02d", r.IntN(40)), fmt.Sprintf("meeting:pg-%02d", r.IntN(70)))
	}
	windows := []schema.PathWindow{{From: "2022"}, {To: "2021-06"}, {From: "2021-03-01", To: "2022-02"}, {From: "2021-06-15", To: "2021-06-15"}}
	answers := map[bool]int{} // found a path -> answers
	changed := 0              // answers the window changed
	for _, w := range windows {
		for _, from := range ends {
			for _, to := range ends {
				for _, hops := range []int{5} {
					want, wantErr := mem.ShortestPath(ctx, from, to, hops, w)
					got, err := neo.ShortestPath(ctx, from, to, hops, w)
					if wantErr != nil || err != nil {
						t.Fatalf("ShortestPath(%s, %s, %d, %+v): embedded %v, Neo4j %v%s", from, to, hops, w, wantErr, err, neo4jtest.Stalled(ctx))
					}
					if !slices.Equal(showPath(got), showPath(want)) {
						t.Errorf("ShortestPath(%s, %s, %d, %+v):\n Neo4j    %q\n embedded %q", from, to, hops, w, showPath(got), showPath(want))
					}
					answers[want != nil]++
					if all, _ := mem.ShortestPath(ctx, from, to, hops, schema.PathWindow{}); !slices.Equal(showPath(all), showPath(want)) {
						changed++
					}
				}
			}
		}
	}
	t.Logf("answers with and without a path: %v; %d changed by their window", answers, changed)
	if answers[true] < 50 || answers[false] < 20 || changed < 50 {
		t.Errorf("the graph no longer exercises windows: %v, %d changed", answers, changed)
	}
}

// showPath is a path as its nodes (id and name) and its edges' ids, nil
// for none: what two stores' paths must share.
func showPath(p *schema.Path) []string {
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
