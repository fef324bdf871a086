package metrics

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	gqlgraphql "github.com/99designs/gqlgen/graphql"

	"newsgraph/graph"
	"newsgraph/memstore/memtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// BenchmarkQuery runs one small query through the API on the embedded
// store, bare and with every metric (HTTP, GraphQL, store): the difference
// is what the metrics cost a request.
func BenchmarkQuery(b *testing.B) {
	s := memtest.Open(b)
	if err := s.WriteResolved(context.Background(), storetest.Seed(), unresolved(storetest.Seed())); err != nil {
		b.Fatal(err)
	}
	m := New()
	for _, bc := range []struct {
		name string
		h    http.Handler
	}{
		{"bare", graph.NewHandler(s, graph.Options{})},
		{"metrics", m.InstrumentHTTP(graph.NewHandler(m.Store(s), graph.Options{Extensions: []gqlgraphql.HandlerExtension{m.GraphQL()}}))},
	} {
		b.Run(bc.name, func(b *testing.B) {
			body := `{"query":"query Xi { meetings(where: {participant: \"person:xi-jinping\"}) { totalCount nodes { id } } }"}`
			for b.Loop() {
				req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, strings.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				rec := httptest.NewRecorder()
				bc.h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
			}
		})
	}
}

// BenchmarkStoreCall is one cheap store call, bare and timed.
func BenchmarkStoreCall(b *testing.B) {
	s := memtest.Open(b)
	for _, bc := range []struct {
		name  string
		store schema.Store
	}{{"bare", s}, {"timed", New().Store(s)}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := bc.store.Counts(context.Background()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
