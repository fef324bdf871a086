package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"newsgraph/graph"
)

// warmUpOperations are what a server over Neo4j asks once as it starts:
// the playground's tabs that read (not its ingest and live tabs), the
// explorer's one-call graph at each depth it offers (0 to 3) and the
// bench's subgraph. Neo4j plans each Cypher statement on its first run and
// caches the plan by its text and its parameters' types, whatever their
// values; on two cores under load, planning took 0.3 to 6 s a statement
// over the open corpus (the subgraph's the most), which a restarted
// server's first users would otherwise wait for. The store keeps a
// subgraph's filter, a page's batch of requests and a date range in map
// parameters, so that one plan serves them all (neo4jstore's planKey
// tests); a statement whose text depends on the request (another kind of
// page, another sort) is still planned on first use.
var warmUpOperations = append(readExamples(graph.Examples),
	explorerGraph(`["person:xi-jinping"]`, 1, 200),
	// A seed no archive has: its plan is all this needs, and around a hub
	// the walk's answer is large (Xi's, at depth 2, is 1,000 nodes).
	explorerGraph(`["person:warm-up"]`, 2, 1000),
	explorerGraph(`["person:warm-up"]`, 0, 200),
	explorerGraph(`["person:warm-up"]`, 3, 200),
	graph.Example{Query: `{ subgraph(seeds: ["person:xi-jinping"], depth: 2, limit: 500) { truncated elements } }`},
)

// explorerGraph is the explorer's subgraph query (web/src/api.js) from
// seeds, a JSON list, at depth with limit; its date filter changes no plan.
func explorerGraph(seeds string, depth, limit int) graph.Example {
	return graph.Example{Query: `query($seeds: [ID!]!, $depth: Int, $limit: Int, $where: SubgraphWhere) {
  subgraph(seeds: $seeds, depth: $depth, limit: $limit, where: $where) {
    nodes { id label type properties } edges { id source target type properties } truncated } }`,
		Variables: fmt.Sprintf(`{"seeds": %s, "depth": %d, "limit": %d, "where": {"from": "2020"}}`, seeds, depth, limit)}
}

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
