package graph_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/neo4jstore"
	"newsgraph/neo4jstore/neo4jtest"
)

// TestAPIOverARoutingURI runs the API over a neo4j:// URI, which is how a
// cluster or Aura is reached: the driver asks the server for a routing
// table and sends writes to a writer and reads to readers. The single test
// server routes to itself. An ingest through the API (a write) and the Xi
// query (a read) must both go through.
func TestAPIOverARoutingURI(t *testing.T) {
	neo4jtest.Open(t) // empties the test server; skips or fails without one
	cfg, _ := neo4jstore.ConfigFromEnv()
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	u.Scheme = "neo4j"
	cfg.URI = u.String()
	ctx := context.Background()
	store, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open %s: %v", cfg.URI, err)
	}
	defer func() {
		if err := store.Close(ctx); err != nil {
			t.Error(err)
		}
	}()
	h := graph.NewHandler(store, graph.Options{APIKey: cypherKey})

	const ingest = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { loaded rejected { message } } }`
	articles := []map[string]any{{
		"id": "routing-1", "title": "Blinken meets Xi in Beijing", "date": "2023-06-19",
		"text": "U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday.",
	}}
	data, code, msg, body := postKeyed(t, h, ingest, map[string]any{"a": articles}, cypherKey)
	if code != "" || data == nil {
		t.Fatalf("ingest over %s: %s %s\n%s", cfg.URI, code, msg, body)
	}
	if got := data["ingestArticles"].(map[string]any)["loaded"]; got != float64(1) {
		t.Fatalf("ingest over %s: loaded %v, want 1: %s", cfg.URI, got, body)
	}

	const xi = `{ meetings(where: {participant: "Xi Jinping", withOfficialsOf: "US"}) { totalCount nodes { date participants { name } } } }`
	data, code, msg, body = postKeyed(t, h, xi, nil, "")
	if code != "" || data == nil {
		t.Fatalf("Xi query over %s: %s %s\n%s", cfg.URI, code, msg, body)
	}
	if !strings.Contains(body, `"totalCount":1`) || !strings.Contains(body, `"date":"2023-06-19"`) || !strings.Contains(body, `"Antony Blinken"`) {
		t.Errorf("Xi query over %s: %s", cfg.URI, body)
	}
}
