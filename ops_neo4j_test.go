package main

import (
	"net/http"
	"strings"
	"testing"

	"newsgraph/health"
	"newsgraph/neo4jstore/neo4jtest"
)

// TestServeOnNeo4jIsReadyAndKeepsCypherThroughTheMetricsWrapper runs the
// server command against the real Neo4j server: readiness asks Neo4j, and
// the store that the metrics wrapper times still runs the cypher escape
// hatch (a CypherReader behind the wrapper).
func TestServeOnNeo4jIsReadyAndKeepsCypherThroughTheMetricsWrapper(t *testing.T) {
	neo4jtest.Open(t) // skips without NEO4J_URI; empties the database
	t.Setenv(apiKeyEnv, "k")
	addr, _ := startServe(t, "--no-samples")
	if code, body := httpGet(t, "http://"+addr+health.ReadyPath); code != http.StatusOK {
		t.Errorf("GET /readyz on Neo4j = %d %q", code, body)
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
