package storetest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/schema"
)

// testSubgraph checks Store.Subgraph against answers worked out by hand
// from the rules of schema.SubgraphQuery, over the seed fixture and a small
// graph with hubs (hubGraph).
func testSubgraph(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	ctx := context.Background()
	const xi = "person:xi-jinping"
	ids := func(g schema.Subgraph) []string {
		var out []string
		for _, n := range g.Nodes {
			out = append(out, n.ID)
		}
		return out
	}

	t.Run("by hand", func(t *testing.T) {
		tests := []struct {
			name      string
			q         schema.SubgraphQuery
			want      []string
			truncated bool
		}{
			{"Xi at depth 1: meetings, who was there, where and what, his country; not the US, which only others serve",
				schema.SubgraphQuery{Seeds: []string{xi}, Depth: 1, Limit: 100},
				[]string{xi, mBlinkenXi, "issue:taiwan", "person:antony-blinken", "place:beijing", mBidenXiPlanned, "person:joe-biden",
					mBidenXiBali, "place:bali", "country:CN"}, false},
			{"the limit takes the newest meetings whole, each with its people, place and issues",
				schema.SubgraphQuery{Seeds: []string{xi, "person:nobody"}, Depth: 1, Limit: 6},
				[]string{xi, mBlinkenXi, "issue:taiwan", "person:antony-blinken", "place:beijing"}, true},
			{"a limit no meeting fits in whole keeps the seeds alone", schema.SubgraphQuery{Seeds: []string{xi}, Depth: 1, Limit: 4},
				[]string{xi}, true},
			{"depth 0: a meeting brings its participants, place and issues", schema.SubgraphQuery{Seeds: []string{mBlinkenXi}, Depth: 0, Limit: 100},
				[]string{mBlinkenXi, "issue:taiwan", "person:antony-blinken", xi, "place:beijing"}, false},
			{"a country seed brings its officials, not through them", schema.SubgraphQuery{Seeds: []string{"country:US"}, Depth: 1, Limit: 100,
				Filter: schema.NodeFilter{Parties: []string{"United States"}}},
				[]string{"country:US", "person:antony-blinken", "person:joe-biden", "person:john-kerry"}, false},
			{"an article seed brings what it names, any label", schema.SubgraphQuery{Seeds: []string{"article:a2"}, Depth: 1, Limit: 100},
				[]string{"article:a2", mKerryXie, "person:john-kerry", "person:xie-zhenhua"}, false},
			{"filters leave out meetings", schema.SubgraphQuery{Seeds: []string{xi}, Depth: 1, Limit: 100, Filter: schema.NodeFilter{From: "2023", Kinds: []string{"meeting"}}},
				[]string{xi, mBlinkenXi, "issue:taiwan", "person:antony-blinken", "place:beijing", "country:CN"}, false},
			{"parties leave out the meetings none of their officials attended", schema.SubgraphQuery{Seeds: []string{"person:antony-blinken"}, Depth: 1, Limit: 100,
				Filter: schema.NodeFilter{Parties: []string{"Taiwan"}}}, []string{"person:antony-blinken"}, false},
			{"unknown seeds only", schema.SubgraphQuery{Seeds: []string{"person:nobody", "bogus"}, Depth: 2, Limit: 10}, nil, false},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.Subgraph(ctx, tt.q)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(ids(got), tt.want) || got.Truncated != tt.truncated {
					t.Errorf("got %q truncated %v\nwant %q truncated %v", ids(got), got.Truncated, tt.want, tt.truncated)
				}
			})
		}
	})

	t.Run("names only: the same nodes, names, labels and edge ids", func(t *testing.T) {
		q := schema.SubgraphQuery{Seeds: []string{xi}, Depth: 2, Limit: 100}
		full, err := s.Subgraph(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		q.NamesOnly = true
		names, err := s.Subgraph(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		type shown struct{ ID, Label, Name string }
		view := func(g schema.Subgraph) ([]shown, []string, bool) {
			var nodes []shown
			for _, n := range g.Nodes {
				nodes = append(nodes, shown{n.ID, n.Label, n.Name})
			}
			var edges []string
			for _, e := range g.Edges {
				edges = append(edges, e.EdgeID())
			}
			return nodes, edges, g.Truncated
		}
		fn, fe, ft := view(full)
		nn, ne, nt := view(names)
		if len(fe) == 0 {
			t.Fatal("no edges: the check below would prove nothing")
		}
		if diff := cmp.Diff(fn, nn); diff != "" {
			t.Errorf("nodes (-all properties +names only):\n%s", diff)
		}
		if diff := cmp.Diff(fe, ne); diff != "" {
			t.Errorf("edge ids (-all properties +names only):\n%s", diff)
		}
		if ft != nt {
			t.Errorf("truncated %v, with names only %v", ft, nt)
		}
	})

	t.Run("edges among the nodes, with evidence only when asked", func(t *testing.T) {
		q := schema.SubgraphQuery{Seeds: []string{xi}, Depth: 1, Limit: 100}
		bare, err := s.Subgraph(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		q.Projection = schema.Projection{Evidence: true}
		full, err := s.Subgraph(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		want, err := s.EdgesAmong(ctx, ids(full), schema.Projection{Evidence: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(want) < 10 || !reflect.DeepEqual(full.Edges, want) {
			t.Errorf("edges:\n %+v\nwant EdgesAmong's\n %+v", full.Edges, want)
		}
		for i, e := range bare.Edges {
			if len(e.Evidence) != 0 || e.EdgeID() != want[i].EdgeID() || e.Since != want[i].Since {
				t.Errorf("without evidence, edge %d = %+v", i, e)
			}
		}
	})

	t.Run("article seeds keep their text only when asked", func(t *testing.T) {
		for _, text := range []bool{false, true} {
			got, err := s.Subgraph(ctx, schema.SubgraphQuery{Seeds: []string{"article:a1"}, Depth: 0, Limit: 10, Projection: schema.Projection{Text: text}})
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Nodes) != 1 || (got.Nodes[0].Props[schema.PropText] != "") != text || got.Nodes[0].Props[schema.PropTitle] == "" {
				t.Errorf("text %v: %+v", text, got.Nodes)
			}
		}
	})

	t.Run("worked by hand on a graph with hubs", func(t *testing.T) { testSubgraphHubs(t, s) })
}

// hubGraph is a small graph with hubs for the walk, every answer below
// worked out by hand from the rules of schema.SubgraphQuery:
//
//	person:h-1 (official of HA) attended meeting:h-1, h-2 and h-3
//	person:h-2 (HB) attended meeting:h-1 and h-4
//	person:h-3 (HA) attended meeting:h-2
//	person:h-4 (HB, envoy of org:h) attended meeting:h-3 and h-4
//	meeting:h-1: a call, 2021-05, held in place:h-1 (in HA), discussed issue:h
//	meeting:h-2: a meeting, 2022-02-03
//	meeting:h-3: a summit, undated, held in place:h-2 (in HB)
//	meeting:h-4: a meeting, 2023
//	article:h-1 mentions person:h-1, reports meeting:h-1, discusses issue:h
func hubGraph() schema.ArticleGraph {
	b := NewGraphBuilder("h-1", "h")
	node, edge := b.Node, b.Edge
	node("country:HA", schema.LabelCountry, map[string]string{schema.PropCode: "HA"})
	node("country:HB", schema.LabelCountry, map[string]string{schema.PropCode: "HB"})
	node("org:h", schema.LabelOrganization, nil)
	node("issue:h", schema.LabelIssue, nil)
	node("place:h-1", schema.LabelPlace, nil)
	node("place:h-2", schema.LabelPlace, nil)
	for i, date := range []string{"2021-05", "2022-02-03", "", "2023"} {
		node(fmt.Sprintf("meeting:h-%d", i+1), schema.LabelMeeting, map[string]string{
			schema.PropDate: date, schema.PropKind: []string{"call", "meeting", "summit", "meeting"}[i], schema.PropStatus: "held"})
	}
	for i, party := range []string{"country:HA", "country:HB", "country:HA", "country:HB"} {
		p := fmt.Sprintf("person:h-%d", i+1)
		node(p, schema.LabelPerson, nil)
		edge(p, schema.RelAffiliatedWith, party, "official")
	}
	edge("person:h-4", schema.RelAffiliatedWith, "org:h", "envoy")
	for _, pm := range [][2]string{{"1", "1"}, {"2", "1"}, {"1", "2"}, {"3", "2"}, {"1", "3"}, {"4", "3"}, {"2", "4"}, {"4", "4"}} {
		edge("person:h-"+pm[0], schema.RelAttended, "meeting:h-"+pm[1], "")
	}
	edge("meeting:h-1", schema.RelHeldIn, "place:h-1", "")
	edge("meeting:h-3", schema.RelHeldIn, "place:h-2", "")
	edge("place:h-1", schema.RelIn, "country:HA", "")
	edge("place:h-2", schema.RelIn, "country:HB", "")
	edge("meeting:h-1", schema.RelDiscussed, "issue:h", "")
	node("article:h-1", schema.LabelArticle, map[string]string{schema.PropTitle: "h", schema.PropDate: "2021-05-02", schema.PropText: "h"})
	edge("article:h-1", schema.RelMentions, "person:h-1", "")
	edge("article:h-1", schema.RelReports, "meeting:h-1", "")
	edge("article:h-1", schema.RelDiscussed, "issue:h", "")
	return b.Graph
}

// testSubgraphHubs checks whole answers, nodes in order and edges, on
// hubGraph.
func testSubgraphHubs(t *testing.T, s schema.Store) {
	write(t, s, hubGraph())
	const (
		p1, p2, p3, p4 = "person:h-1", "person:h-2", "person:h-3", "person:h-4"
		m1, m2, m3, m4 = "meeting:h-1", "meeting:h-2", "meeting:h-3", "meeting:h-4"
		ha, hb         = "country:HA", "country:HB"
		pl1, pl2       = "place:h-1", "place:h-2"
	)
	att := func(p, m string) string { return p + "|ATTENDED|" + m }
	aff := func(p, party string) string { return p + "|AFFILIATED_WITH|" + party + "|official" }
	const (
		heldIn1  = m1 + "|HELD_IN|" + pl1
		heldIn3  = m3 + "|HELD_IN|" + pl2
		in1      = pl1 + "|IN|" + ha
		in2      = pl2 + "|IN|" + hb
		disc     = m1 + "|DISCUSSED|issue:h"
		envoy    = p4 + "|AFFILIATED_WITH|org:h|envoy"
		mentions = "article:h-1|MENTIONS|" + p1
		reports  = "article:h-1|REPORTS|" + m1
		artDisc  = "article:h-1|DISCUSSED|issue:h"
	)
	tests := []struct {
		name      string
		q         schema.SubgraphQuery
		nodes     []string // as schema.KeepSubgraph takes them
		edges     []string // by edge id
		truncated bool
	}{
		{"a person at depth 1: his meetings, who was there, where and what, his country but not through it",
			schema.SubgraphQuery{Seeds: []string{p1}, Depth: 1, Limit: 100},
			[]string{p1, m2, p3, m1, "issue:h", p2, pl1, m3, p4, pl2, ha},
			[]string{disc, heldIn1, heldIn3, aff(p1, ha), att(p1, m1), att(p1, m2), att(p1, m3), att(p2, m1), aff(p3, ha), att(p3, m2), att(p4, m3), in1},
			false},
		{"the limit takes the newest meeting whole with its people, the walk stopping once the nearest outnumber it",
			schema.SubgraphQuery{Seeds: []string{p1}, Depth: 1, Limit: 3},
			[]string{p1, m2, p3}, []string{att(p1, m2), att(p3, m2)}, true},
		{"a meeting that does not fit whole is left out, and every one after it",
			schema.SubgraphQuery{Seeds: []string{p1}, Depth: 1, Limit: 2},
			[]string{p1}, nil, true},
		{"a date range leaves out earlier and undated meetings",
			schema.SubgraphQuery{Seeds: []string{p1}, Depth: 1, Limit: 100, Filter: schema.NodeFilter{From: "2022"}},
			[]string{p1, m2, p3, ha}, []string{aff(p1, ha), att(p1, m2), aff(p3, ha), att(p3, m2)}, false},
		{"kinds keep only the summit",
			schema.SubgraphQuery{Seeds: []string{p1}, Depth: 1, Limit: 100, Filter: schema.NodeFilter{Kinds: []string{"summit"}}},
			[]string{p1, m3, p4, pl2, ha}, []string{heldIn3, aff(p1, ha), att(p1, m3), att(p4, m3)}, false},
		{"the hub country is a leaf: its other officials do not come through it",
			schema.SubgraphQuery{Seeds: []string{p1}, Depth: 1, Limit: 100, Filter: schema.NodeFilter{Kinds: []string{"call"}}},
			[]string{p1, m1, "issue:h", p2, pl1, ha}, []string{disc, heldIn1, aff(p1, ha), att(p1, m1), att(p2, m1), in1}, false},
		{"parties keep their officials, themselves and the meetings their officials attended, never dropping the seed",
			schema.SubgraphQuery{Seeds: []string{p1}, Depth: 1, Limit: 100, Filter: schema.NodeFilter{Parties: []string{"HB"}}},
			[]string{p1, m1, "issue:h", p2, pl1, m3, p4, pl2},
			[]string{disc, heldIn1, heldIn3, att(p1, m1), att(p1, m3), att(p2, m1), att(p4, m3)}, false},
		{"a country seed brings its officials and places",
			schema.SubgraphQuery{Seeds: []string{ha}, Depth: 1, Limit: 100},
			[]string{ha, p1, p3, pl1}, []string{aff(p1, ha), aff(p3, ha), in1}, false},
		{"an organisation seed brings its envoy",
			schema.SubgraphQuery{Seeds: []string{"org:h"}, Depth: 1, Limit: 100},
			[]string{"org:h", p4}, []string{envoy}, false},
		{"a place seed: its meetings and country, then the meetings' people and issues",
			schema.SubgraphQuery{Seeds: []string{pl1}, Depth: 1, Limit: 100},
			[]string{pl1, m1, "issue:h", p1, p2, ha}, []string{disc, heldIn1, aff(p1, ha), att(p1, m1), att(p2, m1), in1}, false},
		{"an article seed brings what it names, then the meeting's people and place",
			schema.SubgraphQuery{Seeds: []string{"article:h-1"}, Depth: 1, Limit: 100},
			[]string{"article:h-1", m1, "issue:h", p1, p2, pl1},
			[]string{artDisc, mentions, reports, disc, heldIn1, att(p1, m1), att(p2, m1)}, false},
		{"a meeting at depth 0 brings its participants and place",
			schema.SubgraphQuery{Seeds: []string{m3}, Depth: 0, Limit: 100},
			[]string{m3, p1, p4, pl2}, []string{heldIn3, att(p1, m3), att(p4, m3)}, false},
		{"depth 2 reaches every node but the article",
			schema.SubgraphQuery{Seeds: []string{p2}, Depth: 2, Limit: 100},
			[]string{p2, m4, p4, m1, "issue:h", p1, pl1, hb, m2, p3, m3, pl2, ha, "org:h"},
			[]string{disc, heldIn1, heldIn3, aff(p1, ha), att(p1, m1), att(p1, m2), att(p1, m3), aff(p2, hb), att(p2, m1), att(p2, m4),
				aff(p3, ha), att(p3, m2), aff(p4, hb), envoy, att(p4, m3), att(p4, m4), in1, in2},
			false},
		{"depth 2 stops at the level where the nearest outnumber the limit, and keeps the meetings that fit whole",
			schema.SubgraphQuery{Seeds: []string{p2}, Depth: 2, Limit: 5},
			[]string{p2, m4, p4}, []string{att(p2, m4), att(p4, m4)}, true},
	}
	t.Run("degrees count every edge of a node, any type, either direction", func(t *testing.T) {
		got, err := s.Degrees(context.Background(), []string{p1, m1, ha, "article:h-1", "person:nobody"})
		if err != nil {
			t.Fatal(err)
		}
		// p1: HA, m1, m2, m3, the article's mention; m1: p1, p2, pl1, the
		// issue, the article's report; HA: p1, p3, pl1.
		want := map[string]int{p1: 5, m1: 5, ha: 3, "article:h-1": 3}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Subgraph(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			want := subgraphShape{tt.nodes, slices.Sorted(slices.Values(tt.edges)), tt.truncated}
			if diff := cmp.Diff(want, shapeOf(got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// subgraphShape is a subgraph by its node and edge ids.
type subgraphShape struct {
	Nodes, Edges []string
	Truncated    bool
}

func shapeOf(g schema.Subgraph) subgraphShape {
	var out subgraphShape
	for _, n := range g.Nodes {
		out.Nodes = append(out.Nodes, n.ID)
	}
	for _, e := range g.Edges {
		out.Edges = append(out.Edges, e.EdgeID())
	}
	out.Truncated = g.Truncated
	return out
}
