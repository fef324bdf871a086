package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"newsgraph/graph"
)

// warmUpOperations are what a server over Neo4j asks once as it starts:
// the playground's tabs that read (not its ingest and live tabs), the explorer's one-call graph (depth 1 and 2)
// and the bench's subgraph. Neo4j plans each Cypher statement on its first
// run and caches the plan by its text, whatever the parameters; on two
// cores under load, planning took 0.3 to 6 s a statement over the open
// corpus (the subgraph's the most), which a restarted server's first users
// would otherwise wait for. A statement whose text depends on the request
// (another depth, a filter, another page size) is still planned on first
// use.
var warmUpOperations = append(readExamples(graph.Examples),
	graph.Example{Query: `query($seeds: [ID!]!, $depth: Int) { subgraph(seeds: $seeds, depth: $depth, limit: 200) {
  nodes { id label type properties } edges { id source target type properties } truncated } }`,
		Variables: `{"seeds": ["person:xi-jinping"], "depth": 1}`},
	graph.Example{Query: `query($seeds: [ID!]!, $depth: Int) { subgraph(seeds: $seeds, depth: $depth, limit: 1000) {
  nodes { id label type properties } edges { id source target type properties } truncated } }`,
		// A seed no archive has: its plan is all this needs, and around a
		// hub the walk's answer is large (Xi's, at depth 2, is 1,000 nodes).
		Variables: `{"seeds": ["person:warm-up"], "depth": 2}`},
	graph.Example{Query: `{ subgraph(seeds: ["person:xi-jinping"], depth: 2, limit: 500) { truncated elements } }`},
)

// warmUp runs warmUpOperations through api, one after another, and logs
// how long they took; it stops when ctx ends. Their answers are dropped:
// an error (say, a database still empty) only means less was planned.
func warmUp(ctx context.Context, api http.Handler, log *slog.Logger) {
	start := time.Now()
	failed := 0
	for _, op := range warmUpOperations {
		if ctx.Err() != nil {
			return
		}
		vars := json.RawMessage(op.Variables)
		if op.Variables == "" {
			vars = json.RawMessage("{}")
		}
		body, err := json.Marshal(map[string]any{"query": op.Query, "variables": vars})
		if err != nil {
			failed++
			continue
		}
		req := httptest.NewRequestWithContext(ctx, http.MethodPost, graph.EndpointPath, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
			failed++
		}
	}
	log.Info("warmed up Neo4j's query plans", "operations", len(warmUpOperations), "failed", failed,
		"took", time.Since(start).Round(time.Millisecond))
}

// readExamples are the examples that are queries: an operation that
// writes or subscribes is never sent.
func readExamples(examples []graph.Example) []graph.Example {
	var out []graph.Example
	for _, e := range examples {
		op := e.Query
		for strings.HasPrefix(op, "#") {
			_, op, _ = strings.Cut(op, "\n")
		}
		if op = strings.TrimSpace(op); strings.HasPrefix(op, "{") || strings.HasPrefix(op, "query") {
			out = append(out, e)
		}
	}
	return out
}
