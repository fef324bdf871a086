package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"newsgraph/graph"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// BenchmarkShortestPathAPI asks the bench's shortestPath query (length,
// nodes and edges) of a server over storetest.ManyPaths(k): a path of 4
// edges between two people who each met k others, and, with maxHops 3,
// no path (the whole search, then null). On the embedded store it is
// mostly the API's own cost per request (parsing, the resolver, the
// nodes' and edges' marshalling); on Neo4j (with NEO4J_URI set) the
// store's statements too. cpu-ms/op is this process's CPU per request,
// p50-ms the median request:
//
//	go test -run '^$' -bench ShortestPathAPI -benchtime 2000x ./graph/
func BenchmarkShortestPathAPI(b *testing.B) {
	const query = `{ shortestPath(from: "person:path-a", to: "person:path-b", maxHops: %d) {
  length nodes { id label type } edges { id source target type } } }`
	for _, st := range apiStores {
		b.Run(st.name, func(b *testing.B) {
			store := st.open(b)
			if err := store.WriteResolved(context.Background(), []schema.ArticleGraph{storetest.ManyPaths(20)}, nil); err != nil {
				b.Fatal(err)
			}
			h := graph.NewHandler(store, graph.Options{})
			for _, tc := range []struct {
				name   string
				hops   int
				length int // 0: no path
			}{{"path", 4, 4}, {"none", 3, 0}} {
				b.Run(tc.name, func(b *testing.B) {
					ask := queryAsker(b, h, fmt.Sprintf(query, tc.hops))
					var got struct {
						Data struct {
							ShortestPath *struct {
								Length int
								Nodes  []struct{ ID string }
							}
						}
						Errors []any
					}
					if err := json.Unmarshal(ask(), &got); err != nil {
						b.Fatal(err)
					}
					p := got.Data.ShortestPath
					if len(got.Errors) > 0 || (p == nil) != (tc.length == 0) || (p != nil && (p.Length != tc.length || p.Nodes[2].ID != "person:path-m-0")) {
						b.Fatalf("shortestPath = %+v, errors %v; want length %d", p, got.Errors, tc.length)
					}
					reportRequests(b, ask)
				})
			}
		})
	}
}
