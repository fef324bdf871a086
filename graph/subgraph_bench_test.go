package graph_test

import (
	"context"
	"encoding/json"
	"net/http"
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
	h := hubHandler(b)
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
			if n := len(sg.Elements.Nodes) + len(sg.Nodes); len(got.Errors) > 0 || !sg.Truncated || n < 499 || n > 500 {
				b.Fatalf("subgraph = %d+%d nodes, truncated %v, errors %v; want 499 or 500 (whole meetings), truncated", len(sg.Elements.Nodes), len(sg.Nodes), sg.Truncated, got.Errors)
			}
			reportRequests(b, ask)
		})
	}
}

// BenchmarkSubgraphDegree asks a 1,000-node subgraph (depth 2 from the
// hub of storetest.SubgraphHub(330, 10)) as nodes and edges lists, and the
// same with each node's degree, which one Degrees call reads for the
// whole answer:
//
//	go test -run '^$' -bench SubgraphDegree -benchtime 20x ./graph/
func BenchmarkSubgraphDegree(b *testing.B) {
	h := hubHandler(b)
	for _, q := range []struct{ name, fields string }{{"lists", "id label type"}, {"degree", "id label type degree"}} {
		b.Run(q.name, func(b *testing.B) {
			ask := queryAsker(b, h, `{ subgraph(seeds: ["person:hub"], depth: 2, limit: 1000) { truncated nodes { `+q.fields+
				` } edges { id source target type } } }`)
			var got struct {
				Data   struct{ Subgraph struct{ Nodes []any } }
				Errors []any
			}
			if err := json.Unmarshal(ask(), &got); err != nil {
				b.Fatal(err)
			}
			if n := len(got.Data.Subgraph.Nodes); len(got.Errors) > 0 || n < 990 {
				b.Fatalf("subgraph = %d nodes, errors %v; want about 1,000", n, got.Errors)
			}
			reportRequests(b, ask)
		})
	}
}

// hubHandler is a server over the embedded store holding
// storetest.SubgraphHub(330, 10).
func hubHandler(b *testing.B) http.Handler {
	store := memtest.Open(b)
	for batch := range slices.Chunk(storetest.SubgraphHub(330, 10), 10) {
		if err := store.WriteResolved(context.Background(), batch, nil); err != nil {
			b.Fatal(err)
		}
	}
	return graph.NewHandler(store, graph.Options{})
}
