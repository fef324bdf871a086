package graph_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"newsgraph/graph"
)

// TestIngestRefusesInvalidUTF8: load rejects an article whose bytes are
// not UTF-8; ingestArticles must not take the same bytes either. JSON
// decoding would turn them into U+FFFD, so the request body is checked
// before it is decoded.
func TestIngestRefusesInvalidUTF8(t *testing.T) {
	const key = "utf8-key"
	bodies := map[string]string{
		"in variables": `{"query": "mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { loaded rejected { message } } }",
			"variables": {"a": [{"id": "bad-utf8", "date": "2024-01-02", "text": "Antony Blinken met Wang Yi at the Caf` + "\xe9" + ` in Beijing on Friday."}]}}`,
		"in the query": `{"query": "mutation { ingestArticles(articles: [{id: \"bad-utf8\", date: \"2024-01-02\", text: \"Antony Blinken met Wang Yi at the Caf` +
			"\xff\xfe" + ` in Beijing on Friday.\"}]) { loaded } }"}`,
	}
	for name, body := range bodies {
		t.Run(name, func(t *testing.T) {
			store := emptyStore(t)
			h := graph.NewHandler(store, graph.Options{APIKey: key})
			req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, strings.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer "+key)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), `"INVALID_ARGUMENT"`) || !strings.Contains(rec.Body.String(), "UTF-8") {
				t.Errorf("HTTP %d %s; want 400, INVALID_ARGUMENT and a message that names UTF-8", rec.Code, rec.Body.String())
			}
			got, err := store.Nodes(context.Background(), []string{"article:bad-utf8"})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 0 {
				t.Errorf("the article was stored: %q", got["article:bad-utf8"].Props["text"])
			}
		})
	}
}
