package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"newsgraph/graph"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/storetest"
)

const cypherKey = "cypher-key"

// postKeyed sends a query with the API key and returns the decoded body.
func postKeyed(t *testing.T, h http.Handler, query string, vars map[string]any, key string) (data map[string]any, code, message, body string) {
	t.Helper()
	b, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var resp struct {
		Data   map[string]any
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatalf("not JSON: %s", rec.Body.String())
	}
	if len(resp.Errors) > 0 {
		code, _ = resp.Errors[0].Extensions["code"].(string)
		message = resp.Errors[0].Message
	}
	return resp.Data, code, message, rec.Body.String()
}

const cypherQuery = `query($q: String!, $p: JSON) { cypher(query: $q, params: $p) { columns rows truncated } }`

// TestCypherOnNeo4j runs the read-only escape hatch against a real server.
func TestCypherOnNeo4j(t *testing.T) {
	store := neo4jtest.Open(t)
	if err := storetest.Write(context.Background(), store, storetest.Seed()); err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	h := graph.NewHandler(store, graph.Options{APIKey: cypherKey, Logger: newLogger(&logs)})

	t.Run("reads rows keyed by column", func(t *testing.T) {
		data, code, _, body := postKeyed(t, h, cypherQuery, map[string]any{
			"q": "MATCH (p:Person)-[:ATTENDED]->(m:Meeting) WHERE p.id = $id RETURN m.id AS id, m.date AS date, p AS person ORDER BY id LIMIT $n",
			"p": map[string]any{"id": "person:xi-jinping", "n": 2},
		}, cypherKey)
		if code != "" {
			t.Fatalf("cypher failed: %s", body)
		}
		res := data["cypher"].(map[string]any)
		rows := res["rows"].([]any)
		if len(rows) != 2 || res["truncated"] != false || !strings.Contains(body, `"columns":["id","date","person"]`) {
			t.Fatalf("cypher = %s", body)
		}
		first := rows[0].(map[string]any)
		person := first["person"].(map[string]any)
		if first["id"] != "meeting:2022-11:joe-biden+xi-jinping" || person["name"] != "Xi Jinping" || person["_labels"] == nil {
			t.Errorf("first row = %v", first)
		}
	})
	t.Run("at most 1000 rows", func(t *testing.T) {
		data, code, _, body := postKeyed(t, h, cypherQuery, map[string]any{"q": "UNWIND range(1, 1500) AS i RETURN i"}, cypherKey)
		if code != "" {
			t.Fatalf("cypher failed: %s", body)
		}
		res := data["cypher"].(map[string]any)
		if len(res["rows"].([]any)) != graph.MaxCypherRows || res["truncated"] != true {
			t.Errorf("%d rows, truncated %v", len(res["rows"].([]any)), res["truncated"])
		}
	})
	t.Run("writes are refused and change nothing", func(t *testing.T) {
		before, err := store.Counts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{
			"CREATE (:Person {id: 'person:intruder', name: 'Intruder'})",
			"MATCH (n) DETACH DELETE n",
			"MATCH (p:Person) SET p.name = 'x'",
		} {
			_, code, message, body := postKeyed(t, h, cypherQuery, map[string]any{"q": q}, cypherKey)
			if code != "INVALID_ARGUMENT" || !strings.Contains(message, "only reads") {
				t.Errorf("%s: %s", q, body)
			}
		}
		after, err := store.Counts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if after != before {
			t.Errorf("a refused write changed the graph: %+v -> %+v", before, after)
		}
	})
	t.Run("only plans Neo4j classes as reads, without files, commands or procedures off the allowlist", func(t *testing.T) {
		var fetched atomic.Int32 // requests that a LOAD CSV made Neo4j send
		web := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fetched.Add(1)
			if _, err := w.Write([]byte("a,b\n1,2\n")); err != nil {
				t.Error(err)
			}
		}))
		defer web.Close()
		refused := []struct{ query, reason string }{
			{"LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "LOAD CSV"},
			{"LOAD CSV FROM '" + web.URL + "/x.csv' AS line RETURN line", "LOAD CSV"},
			{"CALL { LOAD CSV FROM '" + web.URL + "/y.csv' AS line RETURN line } RETURN line", "LOAD CSV"},
			{"SHOW USERS", "command"},
			{"SHOW TRANSACTIONS", "command"},
			{"SHOW SETTINGS", "command"},
			{"TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "command"},
			{"CALL dbms.listConfig()", "procedure"},
			{"CALL db.clearQueryCaches()", "procedure"},
			{"MATCH (n) WITH n LIMIT 1 CALL dbms.components() YIELD name RETURN name", "procedure"},
			{"USE system MATCH (n) RETURN n LIMIT 1", "Neo4j refused"},
		}
		for _, tt := range refused {
			_, code, message, body := postKeyed(t, h, cypherQuery, map[string]any{"q": tt.query}, cypherKey)
			if code != "INVALID_ARGUMENT" || !strings.Contains(message, tt.reason) {
				t.Errorf("%s: want INVALID_ARGUMENT naming %q, got %.300s", tt.query, tt.reason, body)
			}
			if strings.Contains(body, "root:") {
				t.Errorf("%s: the response holds /etc/passwd", tt.query)
			}
		}
		if n := fetched.Load(); n != 0 {
			t.Errorf("Neo4j fetched a LOAD CSV URL %d times", n)
		}
		for _, q := range []string{
			"CALL db.labels() YIELD label RETURN label ORDER BY label",
			"CALL db.index.fulltext.queryNodes('search_person', 'xi') YIELD node RETURN node.id AS id",
			"CALL { MATCH (p:Person) RETURN p } RETURN count(p) AS people",
		} {
			if _, code, _, body := postKeyed(t, h, cypherQuery, map[string]any{"q": q}, cypherKey); code != "" {
				t.Errorf("%s: refused: %s", q, body)
			}
		}
	})
	t.Run("a query that does not compile is INVALID_ARGUMENT, without the server's message", func(t *testing.T) {
		_, code, message, body := postKeyed(t, h, cypherQuery, map[string]any{"q": "MATCH (n RETURN n"}, cypherKey)
		if code != "INVALID_ARGUMENT" || message != "the Cypher query does not compile" || strings.Contains(body, "Invalid input") {
			t.Errorf("syntax error answered %s", body)
		}
		if !strings.Contains(logs.String(), "Invalid input") {
			t.Errorf("the server's message was not logged")
		}
	})
	t.Run("without the key", func(t *testing.T) {
		if _, code, _, body := postKeyed(t, h, cypherQuery, map[string]any{"q": "RETURN 1"}, ""); code != "UNAUTHENTICATED" {
			t.Errorf("no key: %s", body)
		}
		if _, code, _, body := postKeyed(t, h, cypherQuery, map[string]any{"q": "RETURN 1"}, "wrong"); code != "UNAUTHENTICATED" {
			t.Errorf("wrong key: %s", body)
		}
	})
}

// TestCypherOnTheEmbeddedStoreIsUnavailable: the escape hatch is Neo4j's.
func TestCypherOnTheEmbeddedStoreIsUnavailable(t *testing.T) {
	h := graph.NewHandler(emptyStore(t), graph.Options{APIKey: cypherKey})
	if _, code, message, body := postKeyed(t, h, cypherQuery, map[string]any{"q": "RETURN 1"}, cypherKey); code != "UNAVAILABLE" || !strings.Contains(message, "Neo4j") {
		t.Errorf("cypher on the embedded store: %s", body)
	}
}
