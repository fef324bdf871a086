package storetest

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/schema"
)

// testNeighbours checks that Neighbours answers each edge set as it does
// when asked for that set alone (testEdges checks one set by hand), brings
// the nodes at the other ends, and leaves out texts and evidence unless the
// projection keeps them.
func testNeighbours(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	ctx := context.Background()
	ids := []string{mBlinkenXi, "meeting:none", "person:xi-jinping"}
	sets := []schema.EdgeSet{{Type: schema.RelAttended, Dir: schema.In}, {Type: schema.RelReports, Dir: schema.In},
		{Type: schema.RelHeldIn, Dir: schema.Out}, {Type: schema.RelAffiliatedWith, Dir: schema.Out}}
	full, err := s.Neighbours(ctx, ids, sets, schema.Projection{Text: true, Evidence: true})
	if err != nil {
		t.Fatal(err)
	}
	var ends []string
	for i, set := range sets {
		want := edges(t, s, ids, set.Type, set.Dir)
		if len(want) == 0 {
			t.Errorf("set %v: no edges; the fixture has some", set)
		}
		if diff := cmp.Diff(want, full.Edges[i]); diff != "" {
			t.Errorf("set %v among others (-alone +among others):\n%s", set, diff)
		}
		for _, list := range want {
			for _, e := range list {
				if set.Dir == schema.In {
					ends = append(ends, e.From)
				} else {
					ends = append(ends, e.To)
				}
			}
		}
	}
	wantNodes, err := s.Nodes(ctx, append(slices.Clone(ids), ends...))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantNodes, full.Nodes); diff != "" {
		t.Errorf("nodes: want the given nodes and the other ends (-want +got):\n%s", diff)
	}
	if full.Nodes["article:a1"].Props[schema.PropText] == "" {
		t.Errorf("the projection that keeps texts lost article:a1's text")
	}

	bare, err := s.Neighbours(ctx, ids, sets, schema.Projection{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range sets {
		for id, list := range full.Edges[i] {
			want := make([]schema.Edge, len(list))
			for j, e := range list {
				e.Evidence = nil
				want[j] = e
			}
			if !reflect.DeepEqual(bare.Edges[i][id], want) {
				t.Errorf("set %v of %s without evidence: got %+v, want %+v", sets[i], id, bare.Edges[i][id], want)
			}
		}
	}
	for id, n := range full.Nodes {
		delete(n.Props, schema.PropText)
		if len(n.Props) == 0 {
			n.Props = nil
		}
		if got := bare.Nodes[id]; !reflect.DeepEqual(got, n) && !(len(got.Props) == 0 && len(n.Props) == 0 && got.ID == n.ID) {
			t.Errorf("node %s without text: got %+v, want %+v", id, got, n)
		}
	}

	only, err := s.Neighbours(ctx, []string{"article:a1", "person:nobody"}, nil, schema.Projection{})
	if err != nil {
		t.Fatal(err)
	}
	if len(only.Edges) != 0 || len(only.Nodes) != 1 || only.Nodes["article:a1"].Name == "" || only.Nodes["article:a1"].Props[schema.PropText] != "" {
		t.Errorf("with no edge sets, Neighbours should read the article alone without its text: %+v", only)
	}
}
