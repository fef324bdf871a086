package graphtest

import (
	"context"
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/schema"
)

// testSubgraphExpansion runs the scenarios of a page that expands nodes
// of what it draws: subgraph's known, and elements' degrees.
func testSubgraphExpansion(t *testing.T, api *apiClient) {
	t.Run("known: an expansion answers only what the page lacks, and merged keeps every edge among what it draws", func(t *testing.T) {
		checkExpansionWithKnown(t, api)
	})
	t.Run("known: a new node's edge to a drawn node the walk did not reach comes too, in one more store call", func(t *testing.T) {
		checkExpansionReachesDrawnNodes(t, api)
	})
	t.Run("known: what the page draws all, or nothing of it, or too much", func(t *testing.T) {
		checkExpansionEdgeCases(t, api)
	})
	t.Run("elements(degree: true): each node's degree, as GraphNode.degree, in one Degrees call", func(t *testing.T) {
		checkElementsWithDegree(t, api)
	})
	t.Run("a neighbourhood paged through the node's meetings, each page's meetings seeds at depth 0 with known", func(t *testing.T) {
		checkNeighbourhoodPagedThroughMeetings(t, api)
	})
}

const expansionQuery = `query($seeds: [ID!]!, $known: [ID!], $limit: Int) {
	subgraph(seeds: $seeds, known: $known, limit: $limit) {
		nodes { id label type properties } edges { id source target type properties } truncated } }`

func (a *apiClient) expansion(t *testing.T, vars map[string]any) subgraphResult {
	t.Helper()
	var got struct{ Subgraph subgraphResult }
	a.query(t, expansionQuery, vars, &got)
	return got.Subgraph
}

// page is what a client draws: nodes and edges by id, merged answer by
// answer.
type page struct {
	nodes map[string]graphNode
	edges map[string]graphEdge
}

func newPage(answers ...subgraphResult) *page {
	p := &page{nodes: map[string]graphNode{}, edges: map[string]graphEdge{}}
	for _, a := range answers {
		p.merge(a)
	}
	return p
}

func (p *page) merge(a subgraphResult) {
	for _, n := range a.Nodes {
		p.nodes[n.ID] = n
	}
	for _, e := range a.Edges {
		p.edges[e.ID] = e
	}
}

func (p *page) nodeIDs() []string {
	out := make([]string, 0, len(p.nodes))
	for id := range p.nodes {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

func (p *page) edgeIDs() []string {
	out := make([]string, 0, len(p.edges))
	for id := range p.edges {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// checkExpansionWithKnown: the page draws Xi's neighbourhood and expands
// Blinken, who is in it. With known, the answer is the nodes of the whole
// answer the page lacks, in its order; the whole answer's edges that touch
// one of them, with the same values; and the edges that join them to
// drawn nodes the walk did not reach (Biden, drawn beside Xi, serves the
// US, which Blinken's walk brings). No node or edge the page drew comes
// again. Merged, the page has every edge among its nodes, as the store
// counts them; merging the whole answer left Biden's roles out.
func checkExpansionWithKnown(t *testing.T, api *apiClient) {
	drawn := api.subgraph(t, map[string]any{"seeds": []string{xiJinping}})
	pg := newPage(drawn)
	target := "person:antony-blinken"
	if pg.nodes[target].ID == "" {
		t.Fatalf("the page around Xi lacks %s: the expansion below would prove little", target)
	}
	whole := api.subgraph(t, map[string]any{"seeds": []string{target}})
	api.store.take()
	lacking := api.expansion(t, map[string]any{"seeds": []string{target}, "known": pg.nodeIDs()})
	calls := api.store.take()

	var wantNodes []graphNode
	for _, n := range whole.Nodes {
		if _, ok := pg.nodes[n.ID]; !ok {
			wantNodes = append(wantNodes, n)
		}
	}
	if len(wantNodes) == 0 || len(wantNodes) == len(whole.Nodes) {
		t.Fatalf("expanding Blinken beside Xi: %d of %d nodes new; the check below wants some of each", len(wantNodes), len(whole.Nodes))
	}
	if diff := cmp.Diff(wantNodes, lacking.Nodes); diff != "" {
		t.Errorf("nodes (-the whole answer's new ones +with known):\n%s", diff)
	}
	isNew := map[string]bool{}
	for _, n := range lacking.Nodes {
		isNew[n.ID] = true
	}
	got := map[string]graphEdge{}
	for _, e := range lacking.Edges {
		got[e.ID] = e
		_, drawnSource := pg.nodes[e.Source]
		_, drawnTarget := pg.nodes[e.Target]
		if !(isNew[e.Source] && (isNew[e.Target] || drawnTarget)) && !(isNew[e.Target] && drawnSource) {
			t.Errorf("edge %s joins no new node to a new or drawn one", e.ID)
		}
	}
	for _, e := range whole.Edges {
		if (isNew[e.Source] || isNew[e.Target]) && !cmp.Equal(e, got[e.ID]) {
			t.Errorf("the whole answer's edge %+v; with known %+v", e, got[e.ID])
		}
	}
	if lacking.Truncated != whole.Truncated {
		t.Errorf("truncated %v with known, %v without", lacking.Truncated, whole.Truncated)
	}
	var methods []string
	for _, c := range calls {
		methods = append(methods, c.Method)
	}
	if !slices.Equal(methods, []string{"Subgraph", "EdgesBetween"}) {
		t.Errorf("store calls %v; want Subgraph, EdgesBetween", methods)
	}
	if _, ok := got["person:joe-biden|AFFILIATED_WITH|country:US|President"]; !ok {
		t.Errorf("drawn Biden's role in the US, new, did not come: %v", slices.Sorted(maps.Keys(got)))
	}

	pg.merge(lacking)
	oldWay := newPage(drawn, whole)
	if diff := cmp.Diff(oldWay.nodeIDs(), pg.nodeIDs()); diff != "" {
		t.Errorf("merged nodes (-merging the whole answer +with known):\n%s", diff)
	}
	among, err := api.store.Store.EdgesAmong(context.Background(), pg.nodeIDs(), schema.Projection{})
	if err != nil {
		t.Fatal(err)
	}
	var every []string
	for _, e := range among {
		every = append(every, e.EdgeID())
	}
	if diff := cmp.Diff(every, pg.edgeIDs()); diff != "" {
		t.Errorf("merged edges (-every edge among the page's nodes +the page's):\n%s", diff)
	}
	if len(oldWay.edges) >= len(pg.edges) {
		t.Errorf("merging the whole answer drew %d edges, with known %d: the old way was not short of any", len(oldWay.edges), len(pg.edges))
	}
}

// checkExpansionReachesDrawnNodes: a page that draws the US and expands
// Xi: at depth 1 the walk reaches his counterparts, not their country (a
// leaf two steps away), yet each American's affiliation with the US joins
// a new node to a drawn one, so it comes, read by one EdgesBetween call
// with the walk's projection (evidence, as properties are asked).
func checkExpansionReachesDrawnNodes(t *testing.T, api *apiClient) {
	whole := api.subgraph(t, map[string]any{"seeds": []string{xiJinping}})
	if slices.Contains(nodeIDs(whole.Nodes), "country:US") {
		t.Fatal("Xi's walk reaches the US: the check below would prove nothing")
	}
	api.store.take()
	got := api.expansion(t, map[string]any{"seeds": []string{xiJinping}, "known": []string{"country:US", "person:nobody"}})
	calls := api.store.take()
	var methods []string
	for _, c := range calls {
		methods = append(methods, c.Method)
	}
	if !slices.Equal(methods, []string{"Subgraph", "EdgesBetween"}) {
		t.Errorf("store calls %v; want Subgraph, EdgesBetween", methods)
	}
	if diff := cmp.Diff(nodeIDs(whole.Nodes), nodeIDs(got.Nodes)); diff != "" {
		t.Errorf("known nodes outside the walk changed its nodes (-without +with):\n%s", diff)
	}
	var toUS []graphEdge
	for _, e := range got.Edges {
		if e.Target == "country:US" {
			toUS = append(toUS, e)
		}
	}
	var people []string
	for _, e := range toUS {
		people = append(people, e.Source)
		if (e.Type != "AFFILIATED_WITH" || e.Properties["role"] == nil) && (e.Type != "IN" || !strings.HasPrefix(e.Source, "place:")) {
			t.Errorf("edge to the US %+v: want an affiliation with its role, or a place in it", e)
		}
		if ev, _ := e.Properties["evidence"].([]any); len(ev) == 0 {
			t.Errorf("edge to the US %s lacks its evidence", e.ID)
		}
	}
	if !slices.Contains(people, "person:antony-blinken") || !slices.Contains(people, "person:joe-biden") {
		t.Errorf("edges to the drawn US from %v; want Blinken's and Biden's", people)
	}
	if !slices.IsSortedFunc(got.Edges, func(a, b graphEdge) int { return strings.Compare(a.ID, b.ID) }) {
		t.Errorf("edges not ordered by id: %v", got.Edges)
	}
	if want := len(whole.Edges) + len(toUS); len(got.Edges) != want {
		t.Errorf("%d edges; want the walk's %d and the %d to the US", len(got.Edges), len(whole.Edges), len(toUS))
	}
}

// checkExpansionEdgeCases: known empty is no known; known holding the
// whole answer answers nothing but truncated; known past 10,000 ids is
// refused before any store call.
func checkExpansionEdgeCases(t *testing.T, api *apiClient) {
	whole := api.subgraph(t, map[string]any{"seeds": []string{xiJinping}, "limit": 5})
	if empty := api.expansion(t, map[string]any{"seeds": []string{xiJinping}, "known": []string{}, "limit": 5}); !cmp.Equal(whole, empty) {
		t.Errorf("known [] = %+v; want the answer without known %+v", empty, whole)
	}
	all := api.expansion(t, map[string]any{"seeds": []string{xiJinping}, "known": nodeIDs(whole.Nodes), "limit": 5})
	if len(all.Nodes) != 0 || len(all.Edges) != 0 || all.Truncated != whole.Truncated || !whole.Truncated {
		t.Errorf("known = the whole answer: %+v; want no node, no edge, truncated %v", all, whole.Truncated)
	}
	many := make([]string, 10001)
	for i := range many {
		many[i] = "person:x"
	}
	api.store.take()
	resp := api.post(t, expansionQuery, map[string]any{"seeds": []string{xiJinping}, "known": many})
	expectCode(t, resp, "INVALID_ARGUMENT")
	if !strings.Contains(resp.Body, "10000") {
		t.Errorf("known of 10,001 ids: %s; want the limit named", resp.Body)
	}
	if calls := api.store.take(); len(calls) != 0 {
		t.Errorf("refused known read the store: %v", calls)
	}
}

// checkElementsWithDegree: elements(degree: true) gives each node the
// degree GraphNode.degree gives, after its type, and plain elements none,
// both in one request (aliases), with one Degrees call for both forms.
func checkElementsWithDegree(t *testing.T, api *apiClient) {
	api.store.take()
	var got struct {
		Subgraph struct {
			Nodes []struct {
				ID     string
				Degree int
			}
			Plain      json.RawMessage
			WithDegree json.RawMessage
		}
	}
	api.query(t, `query($seeds: [ID!]!) { subgraph(seeds: $seeds) { nodes { id degree } plain: elements withDegree: elements(degree: true) } }`,
		map[string]any{"seeds": []string{xiJinping}}, &got)
	degrees := 0
	for _, c := range api.store.take() {
		if c.Method == "Degrees" {
			degrees++
		}
	}
	if degrees != 1 {
		t.Errorf("%d Degrees calls, want 1", degrees)
	}
	var with, plain struct {
		Nodes []map[string]any
		Edges []map[string]any
	}
	for _, x := range []struct {
		raw json.RawMessage
		out any
	}{{got.Subgraph.WithDegree, &with}, {got.Subgraph.Plain, &plain}} {
		if err := json.Unmarshal(x.raw, x.out); err != nil {
			t.Fatalf("%v: %s", err, x.raw)
		}
	}
	if len(with.Nodes) != len(got.Subgraph.Nodes) || len(with.Nodes) < 5 || len(with.Edges) != len(plain.Edges) {
		t.Fatalf("elements with degree: %d nodes, %d edges; the lists %d nodes, plain elements %d edges",
			len(with.Nodes), len(with.Edges), len(got.Subgraph.Nodes), len(plain.Edges))
	}
	for i, n := range got.Subgraph.Nodes {
		if d, _ := with.Nodes[i]["degree"].(float64); with.Nodes[i]["id"] != n.ID || int(d) != n.Degree || n.Degree == 0 {
			t.Errorf("elements' node %d = %v; want %s with degree %d", i, with.Nodes[i], n.ID, n.Degree)
		}
		if _, ok := plain.Nodes[i]["degree"]; ok {
			t.Errorf("plain elements' node %v has a degree", plain.Nodes[i])
		}
	}
	if !strings.Contains(string(got.Subgraph.WithDegree), `"type":"Person","degree":`) {
		t.Errorf("degree does not follow the type: %.200s", got.Subgraph.WithDegree)
	}
}

// checkNeighbourhoodPagedThroughMeetings: a subgraph has no pages, so a
// client pages a busy node's neighbourhood through its meetings, as the
// SDL says (analyst44): a page of the person's meetings, then those
// meetings as seeds at depth 0 with what is drawn known. Merged, the pages
// give the person's depth-1 neighbourhood but his affiliations' countries
// (a depth-0 seed's leaves are its meetings'), no node twice, and every
// edge among the nodes drawn.
func checkNeighbourhoodPagedThroughMeetings(t *testing.T, api *apiClient) {
	whole := api.subgraph(t, map[string]any{"seeds": []string{xiJinping}, "depth": 1, "limit": 1000})
	if whole.Truncated {
		t.Fatal("Xi's depth-1 subgraph is truncated at 1000")
	}
	drawn := newPage()
	var known []string
	pages := 0
	for after := any(nil); ; pages++ {
		var got struct {
			Person struct {
				Meetings struct {
					Nodes    []identified
					PageInfo struct {
						HasNextPage bool
						EndCursor   string
					}
				}
			}
		}
		api.query(t, `query($after: String) { person(id: "person:xi-jinping") { meetings(first: 1, after: $after) {
			nodes { id } pageInfo { hasNextPage endCursor } } } }`, map[string]any{"after": after}, &got)
		seeds := []string{xiJinping}
		for _, m := range got.Person.Meetings.Nodes {
			seeds = append(seeds, m.ID)
		}
		var sg struct{ Subgraph subgraphResult }
		api.query(t, `query($seeds: [ID!]!, $known: [ID!]) { subgraph(seeds: $seeds, depth: 0, known: $known) {
			nodes { id label type properties } edges { id source target type properties } truncated } }`,
			map[string]any{"seeds": seeds, "known": known}, &sg)
		for _, n := range sg.Subgraph.Nodes {
			if _, twice := drawn.nodes[n.ID]; twice {
				t.Errorf("page %d gives %s again", pages, n.ID)
			}
			known = append(known, n.ID)
		}
		drawn.merge(sg.Subgraph)
		if !got.Person.Meetings.PageInfo.HasNextPage {
			break
		}
		after = got.Person.Meetings.PageInfo.EndCursor
	}
	if pages < 2 {
		t.Fatalf("Xi's meetings came in %d page(s) of one; the fixture has more", pages+1)
	}
	want := newPage(whole)
	for id, n := range want.nodes {
		if _, ok := drawn.nodes[id]; !ok && n.Type != "Country" {
			t.Errorf("the pages lack %s (%s) of the depth-1 subgraph", id, n.Type)
		}
	}
	for id := range want.edges {
		e := want.edges[id]
		_, from := drawn.nodes[e.Source]
		_, to := drawn.nodes[e.Target]
		if _, ok := drawn.edges[id]; !ok && from && to {
			t.Errorf("the pages lack the edge %s between two nodes they drew", id)
		}
	}
}
