package main

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"newsgraph/health"
	"newsgraph/neo4jstore/neo4jtest"
)

// readyWithin asks url until it answers 200 or d has passed, as an
// orchestrator's readiness probe does: each answer must come within the
// probe's own 2 s, which a busy Neo4j (CI at load 35, beside the server's
// warm-up) can miss once.
func readyWithin(t *testing.T, url string, d time.Duration) (int, string) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		code, body := httpGet(t, url)
		if code == http.StatusOK || time.Now().After(deadline) {
			return code, body
		}
		time.Sleep(time.Second)
	}
}

// TestServeOnNeo4jIsReadyAndKeepsCypherThroughTheMetricsWrapper runs the
// server command against the real Neo4j server: readiness asks Neo4j, and
// the store that the metrics wrapper times still runs the cypher escape
// hatch (a CypherReader behind the wrapper).
func TestServeOnNeo4jIsReadyAndKeepsCypherThroughTheMetricsWrapper(t *testing.T) {
	neo4jtest.Open(t) // skips without NEO4J_URI; empties the database
	t.Setenv(apiKeyEnv, "k")
	addr, _ := startServe(t, "--no-samples")
	if code, body := readyWithin(t, "http://"+addr+health.ReadyPath, time.Minute); code != http.StatusOK {
		t.Errorf("GET /readyz on Neo4j = %d %q for a minute", code, body)
	}
	req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/graphql",
		strings.NewReader(`{"query":"{ cypher(query: \"RETURN 40 + 2 AS n\") { columns rows } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-API-Key", "k")
	_, b := httpDo(t, req)
	if !strings.Contains(string(b), `"rows":[{"n":42}]`) {
		t.Errorf("cypher through the wrapped store = %s", b)
	}
	_, text := httpGet(t, "http://"+addr+"/metrics")
	for _, want := range []string{
		`newsgraph_store_call_duration_seconds_count{method="ReadCypher",outcome="ok"} 1`,
		`newsgraph_store_call_duration_seconds_count{method="Counts",outcome="ok"} `,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}
