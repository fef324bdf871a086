package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"syscall"
	"testing"
	"time"

	"newsgraph/graph"
)

// queryAsker returns a function that posts query to h and returns the
// response body, failing the benchmark on any status but 200.
func queryAsker(b *testing.B, h http.Handler, query string) func() []byte {
	b.Helper()
	body, err := json.Marshal(map[string]any{"query": query})
	if err != nil {
		b.Fatal(err)
	}
	return func() []byte {
		req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		return rec.Body.Bytes()
	}
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
