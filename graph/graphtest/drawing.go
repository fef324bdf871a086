package graphtest

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Scenarios of a client that draws the graph: it draws a subgraph's
// elements, and reads what it shows of an edge when the user picks it.

const edgesQuery = `query($ids: [ID!]!) { edges(ids: $ids) { id source target type properties } }`

// testEdgesByID: edges(ids) answers each edge of a subgraph as the
// subgraph gives it, properties and evidence included, in the order asked
// and with null for an id that names no edge, in one store read; more
// than 100 ids are refused.
func testEdgesByID(t *testing.T, api *apiClient) {
	around := api.subgraph(t, map[string]any{"seeds": []string{xiJinping}, "depth": 2})
	if len(around.Edges) < 10 {
		t.Fatalf("depth 2 around Xi: %d edges, too few to ask for", len(around.Edges))
	}
	var ids []string
	want := make([]*graphEdge, 0, len(around.Edges)+3)
	for i := len(around.Edges) - 1; i >= 0; i-- { // the reverse of the subgraph's order
		ids = append(ids, around.Edges[i].ID)
		want = append(want, &around.Edges[i])
	}
	unknown := []string{"person:nobody|ATTENDED|" + around.Nodes[1].ID, around.Edges[0].ID + "|no such role", "not an edge id"}
	ids = append(ids, unknown...)
	want = append(want, nil, nil, nil)
	api.store.take()
	var got struct{ Edges []*graphEdge }
	api.query(t, edgesQuery, map[string]any{"ids": ids}, &got)
	if diff := cmp.Diff(want, got.Edges); diff != "" {
		t.Errorf("edges by id (-subgraph's +edges'):\n%s", diff)
	}
	if calls := api.store.take(); len(calls) != 1 || calls[0].Method != "EdgesAmong" {
		t.Errorf("edges of %d ids made the store calls %v, want one EdgesAmong", len(ids), calls)
	}
	if !hasAffiliationWithRole(got.Edges) {
		t.Errorf("no affiliation with a role among the edges asked: the test does not cover ids of four parts")
	}
	tooMany := make([]string, 101)
	for i := range tooMany {
		tooMany[i] = fmt.Sprintf("person:p%d|ATTENDED|meeting:m", i)
	}
	expectCode(t, api.post(t, edgesQuery, map[string]any{"ids": tooMany}), "INVALID_ARGUMENT")
}

func hasAffiliationWithRole(edges []*graphEdge) bool {
	for _, e := range edges {
		if e != nil && e.Type == "AFFILIATED_WITH" && e.Properties["role"] != nil {
			return true
		}
	}
	return false
}
