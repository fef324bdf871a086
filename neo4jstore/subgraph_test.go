package neo4jstore_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/memstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// walkGraph is a random graph for the subgraph walk where the limits bind
// everywhere: four people attend most of the 90 meetings (so a person's
// meetings outnumber small limits, and the per-type cap and the stop
// between levels both cut), meetings are dated, undated or of several
// kinds, and people, places and an article reach countries that serve as
// hubs.
func walkGraph(r *rand.Rand) schema.ArticleGraph {
	b := storetest.NewGraphBuilder("sg", "s")
	node, edge := b.Node, b.Edge
	for i := range 3 {
		code := fmt.Sprintf("SC%d", i)
		node("country:"+code, schema.LabelCountry, map[string]string{schema.PropCode: code})
	}
	node("org:sg", schema.LabelOrganization, nil)
	for i := range 4 {
		node(fmt.Sprintf("place:sg-%d", i), schema.LabelPlace, nil)
		edge(fmt.Sprintf("place:sg-%d", i), schema.RelIn, fmt.Sprintf("country:SC%d", i%3), "")
	}
	for i := range 3 {
		node(fmt.Sprintf("issue:sg-%d", i), schema.LabelIssue, nil)
	}
	const people = 20
	for i := range people {
		p := fmt.Sprintf("person:sg-%02d", i)
		node(p, schema.LabelPerson, nil)
		edge(p, schema.RelAffiliatedWith, fmt.Sprintf("country:SC%d", r.IntN(3)), "official")
		if r.IntN(4) == 0 {
			edge(p, schema.RelAffiliatedWith, "org:sg", "envoy")
		}
	}
	kinds := []string{"meeting", "call", "summit"}
	for i := range 90 {
		m := fmt.Sprintf("meeting:sg-%03d", i)
		date := ""
		if r.IntN(5) > 0 {
			date = fmt.Sprintf("%d-%02d", 2020+r.IntN(5), 1+r.IntN(12))
		}
		node(m, schema.LabelMeeting, map[string]string{schema.PropDate: date, schema.PropKind: kinds[r.IntN(3)], schema.PropStatus: "held"})
		attendees := map[int]bool{r.IntN(4): true}
		for range 1 + r.IntN(3) {
			attendees[r.IntN(people)] = true
		}
		if len(attendees) == 1 {
			attendees[4+r.IntN(people-4)] = true
		}
		for p := range attendees {
			edge(fmt.Sprintf("person:sg-%02d", p), schema.RelAttended, m, "")
		}
		if r.IntN(10) < 7 {
			edge(m, schema.RelHeldIn, fmt.Sprintf("place:sg-%d", r.IntN(4)), "")
		}
		if r.IntN(2) == 0 {
			edge(m, schema.RelDiscussed, fmt.Sprintf("issue:sg-%d", r.IntN(3)), "")
		}
	}
	node("article:sg", schema.LabelArticle, map[string]string{schema.PropTitle: "sg", schema.PropDate: "2022-03-04", schema.PropText: "s"})
	for _, to := range []string{"person:sg-00", "person:sg-07", "country:SC1"} {
		edge("article:sg", schema.RelMentions, to, "")
	}
	edge("article:sg", schema.RelReports, "meeting:sg-005", "")
	edge("article:sg", schema.RelDiscussed, "issue:sg-1", "")
	return b.Graph
}

// bothStores opens the test Neo4j and an embedded store, each holding g.
// The write to Neo4j is bounded: it fails, naming the server's transactions,
// rather than hang.
func bothStores(t *testing.T, g schema.ArticleGraph) (neo, mem schema.Store) {
	t.Helper()
	neo = neo4jtest.Open(t)
	mem, err := memstore.Open("")
	if err != nil {
		t.Fatal(err)
	}
	ctx := neo4jtest.Bounded(t, neo4jtest.CallLimit)
	for _, s := range []schema.Store{neo, mem} {
		if err := s.WriteResolved(ctx, []schema.ArticleGraph{g}, nil); err != nil {
			t.Fatalf("write %T: %v%s", s, err, neo4jtest.Stalled(ctx))
		}
	}
	return neo, mem
}

// compareWalk runs q on both stores and reports where Neo4j's answer
// differs from the embedded store's in what a walk decides: the nodes in
// order with their labels and names, the edges and truncated. It returns
// the embedded store's answer.
func compareWalk(t *testing.T, mem, neo schema.Store, q schema.SubgraphQuery) schema.Subgraph {
	t.Helper()
	type answer struct {
		Nodes, Edges []string
		Truncated    bool
	}
	view := func(sg schema.Subgraph) answer {
		a := answer{Truncated: sg.Truncated}
		for _, n := range sg.Nodes {
			a.Nodes = append(a.Nodes, n.ID+" "+n.Label+" "+n.Name)
		}
		for _, e := range sg.Edges {
			a.Edges = append(a.Edges, e.EdgeID())
		}
		return a
	}
	ctx := context.Background()
	want, err := mem.Subgraph(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	got, err := neo.Subgraph(ctx, q)
	if err != nil {
		t.Fatalf("%+v: %v", q, err)
	}
	if diff := cmp.Diff(view(want), view(got)); diff != "" {
		t.Errorf("Subgraph(%v, depth %d, limit %d, filter %+v) (-embedded +Neo4j):\n%s", q.Seeds, q.Depth, q.Limit, q.Filter, diff)
	}
	return want
}

// TestSubgraphWalksAsTheEmbeddedStore compares whole answers (nodes in
// order, names, edges, truncated) with the embedded store's on walkGraph,
// for seeds of most labels, depths 0 to 2, limits that cut at every level
// and one that cuts little, and each filter: the statement's shortcuts (the per-type cap, the
// stop between levels, the cut to the nearest) must give the walk of
// schema.SubgraphQuery exactly.
func TestSubgraphWalksAsTheEmbeddedStore(t *testing.T) {
	g := walkGraph(rand.New(rand.NewPCG(11, 12)))
	neo, mem := bothStores(t, g)
	seeds := [][]string{{"person:sg-00"}, {"person:sg-13"}, {"meeting:sg-005"}, {"country:SC1"}, {"place:sg-2"},
		{"article:sg"}, {"person:sg-11", "meeting:sg-040"}}
	filters := []schema.NodeFilter{{}, {From: "2022", To: "2023"}, {Kinds: []string{"call", "summit"}}, {Parties: []string{"SC1"}}}
	cut, whole := 0, 0
	for _, seed := range seeds {
		for depth := range 3 {
			for _, limit := range []int{2, 9, 60} {
				for fi, f := range filters {
					q := schema.SubgraphQuery{Seeds: seed, Depth: depth, Limit: limit, Filter: f, NamesOnly: (depth+limit+fi)%2 == 0}
					want := compareWalk(t, mem, neo, q)
					if want.Truncated {
						cut++
					} else if len(want.Nodes) > 8 {
						whole++
					}
				}
			}
		}
	}
	// The comparison means something only if both kinds of answer occur.
	t.Logf("%d truncated answers, %d whole ones of more than 8 nodes", cut, whole)
	if cut < 50 || whole < 20 {
		t.Errorf("%d truncated answers and %d whole ones of more than 8 nodes: the graph no longer exercises the walk", cut, whole)
	}
}

// TestSubgraphLastLevelAsTheEmbeddedStore checks the shortcut of a walk's
// last level (the first meetings by id, read from the index) against the
// embedded store's walk: a seed shares one meeting with a busy person, who
// attended nine more. When that person also has other ends of the same type
// whose ids come first (countries it ATTENDED, which no loader writes but a
// store holds), its per-type cap keeps those instead of the meetings, and
// the shortcut must give way to the expansion.
func TestSubgraphLastLevelAsTheEmbeddedStore(t *testing.T) {
	graph := func(capBinds bool) schema.ArticleGraph {
		b := storetest.NewGraphBuilder("ll", "l")
		b.Node("person:ll-seed", schema.LabelPerson, nil)
		b.Node("person:ll-busy", schema.LabelPerson, nil)
		for i := range 10 {
			m := fmt.Sprintf("meeting:ll-%d", i)
			b.Node(m, schema.LabelMeeting, map[string]string{schema.PropDate: "2022-01", schema.PropKind: "meeting"})
			b.Edge("person:ll-busy", schema.RelAttended, m, "")
		}
		b.Edge("person:ll-seed", schema.RelAttended, "meeting:ll-0", "")
		if capBinds {
			for _, code := range []string{"LA", "LB", "LC", "LD", "LE"} {
				b.Node("country:"+code, schema.LabelCountry, map[string]string{schema.PropCode: code})
				b.Edge("person:ll-busy", schema.RelAttended, "country:"+code, "")
			}
		}
		return b.Graph
	}
	for _, tc := range []struct {
		name     string
		capBinds bool
		limits   []int
	}{
		{"the busy person's meetings come first by id", false, []int{3, 4, 5, 8, 12}},
		{"the busy person's cap keeps countries first", true, []int{3, 4, 5, 8, 12}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			neo, mem := bothStores(t, graph(tc.capBinds))
			for _, limit := range tc.limits {
				compareWalk(t, mem, neo, schema.SubgraphQuery{Seeds: []string{"person:ll-seed"}, Depth: 2, Limit: limit, NamesOnly: true})
			}
		})
	}
}
