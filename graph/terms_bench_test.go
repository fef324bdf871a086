package graph_test

import (
	"context"
	"encoding/json"
	"testing"

	"newsgraph/graph"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// BenchmarkOfficialsAsOf asks, of a server over storetest.ListedOfficials
// (every listed office holder, attested on the first day of a term), the
// questions that read the lists' terms of office on a date (graph/terms.go):
// five countries' officials as of a date with each one's affiliations as
// of it, and the people who were officials of the US on it. cpu-ms/op is
// this process's CPU per request, p50-ms the median request:
//
//	go test -run '^$' -bench OfficialsAsOf -benchtime 200x ./graph/
func BenchmarkOfficialsAsOf(b *testing.B) {
	for _, st := range apiStores {
		b.Run(st.name, func(b *testing.B) {
			store := st.open(b)
			if err := store.WriteResolved(context.Background(), []schema.ArticleGraph{storetest.ListedOfficials()}, nil); err != nil {
				b.Fatal(err)
			}
			h := graph.NewHandler(store, graph.Options{})
			for _, tc := range []struct{ name, query string }{
				{"officials", `{ countries(where: {ids: ["country:US", "country:CN", "country:JP", "country:GB", "country:FR"]}) { nodes {
  officials(asOf: "2021-09-01", first: 20) { totalCount nodes { name affiliations(asOf: "2021-09-01") { role } } } } } }`},
				{"people", `{ people(where: {officialsOf: ["US"], asOf: "2021-09-01"}, first: 20) { totalCount nodes { name } } }`},
			} {
				b.Run(tc.name, func(b *testing.B) {
					ask := queryAsker(b, h, tc.query)
					var got struct {
						Data   json.RawMessage
						Errors []any
					}
					if err := json.Unmarshal(ask(), &got); err != nil || len(got.Errors) > 0 || len(got.Data) < 200 {
						b.Fatalf("%s: %s, errors %v (%v)", tc.name, got.Data, got.Errors, err)
					}
					reportRequests(b, ask)
				})
			}
		})
	}
}
