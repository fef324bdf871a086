package storetest

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"newsgraph/schema"
)

// testSubgraph checks Store.Subgraph against the walk of
// schema.SubgraphQuery done step by step with the store's own Expand and
// EdgesAmong (walkByExpand), over the seed fixture and a generated graph
// with hubs, and against a few answers worked out by hand.
func testSubgraph(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	write(t, s, walkFixture()...)
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
				[]string{xi, mBidenXiBali, mBlinkenXi, mBidenXiPlanned, "country:CN", "issue:taiwan", "person:antony-blinken",
					"person:joe-biden", "place:bali", "place:beijing"}, false},
			{"limit keeps the nearest, by id", schema.SubgraphQuery{Seeds: []string{xi, "person:nobody"}, Depth: 1, Limit: 3},
				[]string{xi, mBidenXiBali, mBlinkenXi}, true},
			{"depth 0: a meeting brings its participants, place and issues", schema.SubgraphQuery{Seeds: []string{mBlinkenXi}, Depth: 0, Limit: 100},
				[]string{mBlinkenXi, "issue:taiwan", "person:antony-blinken", xi, "place:beijing"}, false},
			{"a country seed brings its officials, not through them", schema.SubgraphQuery{Seeds: []string{"country:US"}, Depth: 1, Limit: 100,
				Filter: schema.NodeFilter{Parties: []string{"United States"}}},
				[]string{"country:US", "person:antony-blinken", "person:joe-biden", "person:john-kerry"}, false},
			{"an article seed brings what it names, any label", schema.SubgraphQuery{Seeds: []string{"article:a2"}, Depth: 1, Limit: 100},
				[]string{"article:a2", mKerryXie, "person:john-kerry", "person:xie-zhenhua"}, false},
			{"filters leave out meetings", schema.SubgraphQuery{Seeds: []string{xi}, Depth: 1, Limit: 100, Filter: schema.NodeFilter{From: "2023", Kinds: []string{"meeting"}}},
				[]string{xi, mBlinkenXi, "country:CN", "issue:taiwan", "person:antony-blinken", "place:beijing"}, false},
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

	t.Run("as the walk by Expand", func(t *testing.T) {
		seeds := [][]string{{xi}, {"person:w-00"}, {"person:w-03", "meeting:w-07"}, {"country:WA"}, {"country:WB", "person:w-05"},
			{"place:w-1"}, {"issue:w-2"}, {"article:w-00"}, {"article:w-04", "person:w-11"}, {"meeting:w-20"}, {"org:w"}}
		filters := []schema.NodeFilter{{}, {From: "2021", To: "2022-06"}, {Kinds: []string{"call"}}, {Parties: []string{"WA", "org:w"}},
			{From: "2022", Parties: []string{"Country B"}}}
		n := 0
		for _, seed := range seeds {
			for depth := range 4 {
				for _, limit := range []int{1, 2, 5, 12, 40, 1000} {
					for fi, f := range filters {
						if fi > 0 && limit != 12 && limit != 1000 {
							continue
						}
						q := schema.SubgraphQuery{Seeds: seed, Depth: depth, Limit: limit, Filter: f}
						want := walkByExpand(t, s, q)
						got, err := s.Subgraph(ctx, q)
						if err != nil {
							t.Fatal(err)
						}
						if !reflect.DeepEqual(normal(got), normal(want)) {
							t.Errorf("%v depth %d limit %d filter %+v:\ngot  %q truncated %v (%d edges)\nwant %q truncated %v (%d edges)",
								seed, depth, limit, f, ids(got), got.Truncated, len(got.Edges), ids(want), want.Truncated, len(want.Edges))
						}
						n++
					}
				}
			}
		}
		t.Logf("%d walks compared", n)
	})
}

// normal makes empty lists nil, which stores may return either way.
func normal(g schema.Subgraph) schema.Subgraph {
	if len(g.Nodes) == 0 {
		g.Nodes = nil
	}
	if len(g.Edges) == 0 {
		g.Edges = nil
	}
	return g
}

// walkFixture is a graph with hubs for the walk: 24 people of two
// countries and an organisation, 40 meetings of two or three of them in
// 4 places about 3 issues, and articles that mention and report them.
func walkFixture() []schema.ArticleGraph {
	r := rand.New(rand.NewPCG(6, 2))
	var nodes []schema.Node
	var edges []schema.Edge
	ev := []schema.Evidence{{ArticleID: "w", Sentence: "w"}}
	nodes = append(nodes,
		schema.Node{ID: "country:WA", Label: schema.LabelCountry, Name: "Country A", Props: map[string]string{schema.PropCode: "WA"}},
		schema.Node{ID: "country:WB", Label: schema.LabelCountry, Name: "Country B", Props: map[string]string{schema.PropCode: "WB"}},
		schema.Node{ID: "org:w", Label: schema.LabelOrganization, Name: "W Org"})
	for i := range 4 {
		id := fmt.Sprintf("place:w-%d", i)
		nodes = append(nodes, schema.Node{ID: id, Label: schema.LabelPlace, Name: id})
		edges = append(edges, schema.Edge{Type: schema.RelIn, From: id, To: []string{"country:WA", "country:WB"}[i%2], Evidence: ev})
	}
	for i := range 3 {
		id := fmt.Sprintf("issue:w-%d", i)
		nodes = append(nodes, schema.Node{ID: id, Label: schema.LabelIssue, Name: id})
	}
	people := make([]string, 24)
	for i := range people {
		people[i] = fmt.Sprintf("person:w-%02d", i)
		nodes = append(nodes, schema.Node{ID: people[i], Label: schema.LabelPerson, Name: people[i]})
		edges = append(edges, schema.Edge{Type: schema.RelAffiliatedWith, From: people[i], To: []string{"country:WA", "country:WB"}[i%2],
			Key: "official", Since: "2020", Until: "2023", Evidence: ev})
		if i%5 == 0 {
			edges = append(edges, schema.Edge{Type: schema.RelAffiliatedWith, From: people[i], To: "org:w", Key: "envoy", Evidence: ev})
		}
	}
	var meetings []string
	for i := range 40 {
		id := fmt.Sprintf("meeting:w-%02d", i)
		meetings = append(meetings, id)
		date := []string{"", "2021", "2021-05", "2022-02-03", "2022-11", "2023-07-01"}[r.IntN(6)]
		kind := []string{"meeting", "call", "summit"}[r.IntN(3)]
		nodes = append(nodes, schema.Node{ID: id, Label: schema.LabelMeeting, Name: id,
			Props: map[string]string{schema.PropDate: date, schema.PropKind: kind, schema.PropStatus: "held"}})
		// People 0 to 3 are hubs: they attend most meetings.
		attendees := []string{people[r.IntN(4)], people[r.IntN(24)]}
		if r.IntN(3) == 0 {
			attendees = append(attendees, people[r.IntN(24)])
		}
		for _, p := range attendees {
			edges = append(edges, schema.Edge{Type: schema.RelAttended, From: p, To: id, Evidence: ev})
		}
		if r.IntN(4) > 0 {
			edges = append(edges, schema.Edge{Type: schema.RelHeldIn, From: id, To: fmt.Sprintf("place:w-%d", r.IntN(4)), Evidence: ev})
		}
		if r.IntN(2) == 0 {
			edges = append(edges, schema.Edge{Type: schema.RelDiscussed, From: id, To: fmt.Sprintf("issue:w-%d", r.IntN(3)), Evidence: ev})
		}
	}
	for i := range 6 {
		id := fmt.Sprintf("article:w-%02d", i)
		nodes = append(nodes, schema.Node{ID: id, Label: schema.LabelArticle, Name: id,
			Props: map[string]string{schema.PropTitle: id, schema.PropDate: "2022-01-01", schema.PropText: "w"}})
		for range 5 {
			edges = append(edges,
				schema.Edge{Type: schema.RelMentions, From: id, To: people[r.IntN(24)], Evidence: ev},
				schema.Edge{Type: schema.RelReports, From: id, To: meetings[r.IntN(40)], Evidence: ev})
		}
		edges = append(edges, schema.Edge{Type: schema.RelMentions, From: id, To: "country:WA", Evidence: ev},
			schema.Edge{Type: schema.RelDiscussed, From: id, To: fmt.Sprintf("issue:w-%d", i%3), Evidence: ev})
	}
	return []schema.ArticleGraph{{ArticleID: "w", Nodes: nodes, Edges: edges}}
}

// walkByExpand is the walk of schema.SubgraphQuery, one Expand per level
// and kind of node, then EdgesAmong: how the API walked before Subgraph.
func walkByExpand(t *testing.T, s schema.Store, q schema.SubgraphQuery) schema.Subgraph {
	t.Helper()
	ctx := context.Background()
	found, err := s.Nodes(ctx, q.Seeds)
	if err != nil {
		t.Fatal(err)
	}
	dist, nodes := map[string]int{}, map[string]schema.Node{}
	for _, id := range q.Seeds {
		if n, ok := found[id]; ok {
			dist[id], nodes[id] = 0, q.Projection.ApplyNode(n)
		}
	}
	budget := 2 * q.Depth
	expand := func(ids []string, opts schema.ExpandOptions, level int) {
		if len(ids) == 0 {
			return
		}
		opts.Projection = q.Projection
		steps, err := s.Expand(ctx, ids, opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range steps {
			d := level + schema.SubgraphStepCost(st.From, st.Node.ID)
			if d > budget && schema.LabelOf(st.From) != schema.LabelMeeting {
				continue
			}
			if old, ok := dist[st.Node.ID]; !ok || d < old {
				dist[st.Node.ID], nodes[st.Node.ID] = d, st.Node
			}
		}
	}
	for level := 0; level <= budget; level++ {
		within := 0
		for _, d := range dist {
			if d <= level {
				within++
			}
		}
		if within > q.Limit {
			break
		}
		var entities, articles []string
		for id, d := range dist {
			switch label := nodes[id].Label; {
			case d != level:
			case label == schema.LabelArticle:
				if level == 0 && level < budget {
					articles = append(articles, id)
				}
			case label == schema.LabelMeeting, label == schema.LabelPerson && level < budget, level == 0 && level < budget:
				entities = append(entities, id)
			}
		}
		types := schema.SubgraphTypes
		if budget-level < 2 {
			types = schema.SubgraphMeetingTypes
		}
		expand(entities, schema.ExpandOptions{Types: types, Labels: schema.SubgraphLabels, Filter: q.Filter, PerNode: q.Limit}, level)
		expand(articles, schema.ExpandOptions{Types: schema.SubgraphArticleTypes, Filter: q.Filter, PerNode: q.Limit}, level)
	}
	ids := make([]string, 0, len(dist))
	for id := range dist {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int { return cmp.Or(cmp.Compare(dist[a], dist[b]), cmp.Compare(a, b)) })
	out := schema.Subgraph{Truncated: len(ids) > q.Limit}
	ids = ids[:min(len(ids), q.Limit)]
	for _, id := range ids {
		out.Nodes = append(out.Nodes, nodes[id])
	}
	if out.Edges, err = s.EdgesAmong(ctx, ids, q.Projection); err != nil {
		t.Fatal(err)
	}
	return out
}
