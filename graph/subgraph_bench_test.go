package graph_test

import (
	"context"
	"encoding/json"
	"slices"
	"testing"

	"newsgraph/graph"
	"newsgraph/memstore/memtest"
	"newsgraph/storetest"
)

// BenchmarkSubgraphAPI asks the bench's subgraph query (depth 2, limit 500
// from a hub, as one elements value) of a server over the embedded store
// holding storetest.SubgraphHub(330, 10), Xi Jinping's neighbourhood at
// 10x; and the same subgraph as nodes and edges lists, without and with
// their properties (the explorer's query). cpu-ms/op is this
// process's CPU per request, p50-ms the median request:
//
//	go test -run '^$' -bench SubgraphAPI -benchtime 100x ./graph/
func BenchmarkSubgraphAPI(b *testing.B) {
	store := memtest.Open(b)
	for batch := range slices.Chunk(storetest.SubgraphHub(330, 10), 10) {
		if err := store.WriteResolved(context.Background(), batch, nil); err != nil {
			b.Fatal(err)
		}
	}
	h := graph.NewHandler(store, graph.Options{})
	for _, q := range []struct{ name, query string }{
		{"elements", `{ subgraph(seeds: ["person:hub"], depth: 2, limit: 500) { truncated elements } }`},
		{"lists", `{ subgraph(seeds: ["person:hub"], depth: 2, limit: 500) { truncated nodes { id label type } edges { id source target type } } }`},
		{"properties", `{ subgraph(seeds: ["person:hub"], depth: 2, limit: 500) { truncated nodes { id label type properties } edges { id source target type properties } } }`},
	} {
		b.Run(q.name, func(b *testing.B) {
			ask := queryAsker(b, h, q.query)
			var got struct {
				Data struct {
					Subgraph struct {
						Truncated bool
						Elements  struct{ Nodes []any }
						Nodes     []any
					}
				}
				Errors []any
			}
			if err := json.Unmarshal(ask(), &got); err != nil {
				b.Fatal(err)
			}
			sg := got.Data.Subgraph
			if len(got.Errors) > 0 || !sg.Truncated || len(sg.Elements.Nodes)+len(sg.Nodes) != 500 {
				b.Fatalf("subgraph = %d+%d nodes, truncated %v, errors %v; want 500, truncated", len(sg.Elements.Nodes), len(sg.Nodes), sg.Truncated, got.Errors)
			}
			reportRequests(b, ask)
		})
	}
}
