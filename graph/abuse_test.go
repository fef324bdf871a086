package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/graph/graphtest"
	"newsgraph/loader"
	"newsgraph/memstore/memtest"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/samples"
)

// TestAbuse throws hostile requests at the API over the embedded store:
// each is answered or refused within the request time limit.
func TestAbuse(t *testing.T) {
	graphtest.RunAbuseTests(t, memtest.OpenStore)
}

// TestAbuseOnNeo4j is TestAbuse over a real Neo4j server; it skips without
// NEO4J_URI (see neo4jtest.Open).
func TestAbuseOnNeo4j(t *testing.T) {
	graphtest.RunAbuseTests(t, neo4jtest.OpenStore)
}

// BenchmarkAbuseOnTheSamples sends every abuse request, from 8 clients at
// once, to a server over the embedded store loaded with the bundled
// samples, and reports the peak heap while they run and the slowest
// request:
//
//	go test -run '^$' -bench AbuseOnTheSamples -benchtime 3x ./graph/
func BenchmarkAbuseOnTheSamples(b *testing.B) {
	store := memtest.Open(b)
	l := loader.Loader{Store: store, Log: newLogger(io.Discard)}
	if _, err := l.Load(context.Background(), loader.ReadJSONLines(samples.FileName, bytes.NewReader(samples.ArticlesJSONL))); err != nil {
		b.Fatal(err)
	}
	h := graph.NewHandler(store, graph.Options{})
	bodies := make([][]byte, len(graphtest.AbuseRequests))
	for i, r := range graphtest.AbuseRequests {
		var err error
		if bodies[i], err = json.Marshal(map[string]any{"query": r.Query, "variables": r.Variables}); err != nil {
			b.Fatal(err)
		}
	}
	peak := graphtest.WatchHeap(b)
	var slowest atomic.Int64
	for b.Loop() {
		var clients sync.WaitGroup
		for range 8 {
			clients.Go(func() {
				for _, body := range bodies {
					start := time.Now()
					req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, bytes.NewReader(body))
					req.Header.Set("Content-Type", "application/json")
					h.ServeHTTP(httptest.NewRecorder(), req)
					if d := int64(time.Since(start)); d > slowest.Load() {
						slowest.Store(d)
					}
				}
			})
		}
		clients.Wait()
	}
	b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(slowest.Load())/1e6, "slowest-ms")
}
