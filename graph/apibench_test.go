package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"syscall"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/memstore/memtest"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
)

// apiStores are the stores the API benchmarks run on: the embedded store,
// and Neo4j when NEO4J_URI is set.
var apiStores = []struct {
	name string
	open func(b *testing.B) schema.Store
}{
	{"memstore", func(b *testing.B) schema.Store { return memtest.Open(b) }},
	{"neo4j", func(b *testing.B) schema.Store { return neo4jtest.Open(b) }},
}

// queryAsker returns a function that posts query to h and returns the
// response body, failing the benchmark on any status but 200.
func queryAsker(b *testing.B, h http.Handler, query string) func() []byte {
	b.Helper()
	body, err := json.Marshal(map[string]any{"query": query})
	if err != nil {
		b.Fatal(err)
	}
	return func() []byte { return postBody(b, h, body) }
}

// postBody posts a GraphQL request's body to h and returns the answer,
// which must be HTTP 200.
func postBody(b *testing.B, h http.Handler, body []byte) []byte {
	req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		b.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	return rec.Body.Bytes()
}

// reportRequests asks in a b.Loop and reports cpu-ms/op, this process's
// CPU per request (the API's, and a driver's), and p50-ms, the median
// request.
func reportRequests(b *testing.B, ask func() []byte) {
	var calls []time.Duration
	start := processCPU(b)
	for b.Loop() {
		t := time.Now()
		ask()
		calls = append(calls, time.Since(t))
	}
	b.ReportMetric(float64(processCPU(b)-start)/1e6/float64(len(calls)), "cpu-ms/op")
	slices.Sort(calls)
	b.ReportMetric(float64(calls[len(calls)/2].Microseconds())/1000, "p50-ms")
}

// processCPU is the CPU time this process has used (user and system): a
// shared machine disturbs it less than the wall time.
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
