package graph_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"newsgraph/graph"
)

// TestRequestsNoTransportTakesAreToldWhatItTakes: `curl -d` sends a form's
// content type, and gqlgen answered such a POST, or a PUT, with "transport
// not supported" as text/plain and no code. Each is now a JSON error with
// INVALID_ARGUMENT that says what the endpoint takes, while the requests it
// takes are answered as before.
func TestRequestsNoTransportTakesAreToldWhatItTakes(t *testing.T) {
	h := graph.NewHandler(emptyStore(t), graph.Options{})
	const body = `{"query": "{ stats { nodes } }"}`
	tests := []struct {
		name, method, contentType, target string
		status                            int
		says                              string
	}{
		{"POST of a form", http.MethodPost, "application/x-www-form-urlencoded", graph.EndpointPath, http.StatusUnsupportedMediaType, "needs Content-Type: application/json"},
		{"POST without a type", http.MethodPost, "", graph.EndpointPath, http.StatusUnsupportedMediaType, "needs Content-Type: application/json"},
		{"POST of text", http.MethodPost, "text/plain", graph.EndpointPath, http.StatusUnsupportedMediaType, `got \"text/plain\"`},
		{"PUT", http.MethodPut, "application/json", graph.EndpointPath, http.StatusMethodNotAllowed, "answers GET, POST and OPTIONS, not PUT"},
		{"POST of JSON with a charset", http.MethodPost, "application/json; charset=utf-8", graph.EndpointPath, http.StatusOK, `"stats"`},
		{"GET", http.MethodGet, "", graph.EndpointPath + "?query=%7Bstats%7Bnodes%7D%7D", http.StatusOK, `"stats"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.target, strings.NewReader(body))
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			got := rec.Body.String()
			if rec.Code != tt.status || !strings.Contains(got, tt.says) || rec.Header().Get("Content-Type") != "application/json" {
				t.Errorf("HTTP %d (%s) %s; want %d, JSON, saying %s", rec.Code, rec.Header().Get("Content-Type"), got, tt.status, tt.says)
			}
			if rec.Code != http.StatusOK && !strings.Contains(got, `"INVALID_ARGUMENT"`) {
				t.Errorf("%s has no INVALID_ARGUMENT code", got)
			}
		})
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPut, graph.EndpointPath, nil))
	if allow := rec.Header().Get("Allow"); allow != "GET, POST, OPTIONS" {
		t.Errorf("405's Allow = %q, want GET, POST, OPTIONS", allow)
	}
}

// TestABatchIsRefusedSayingWhy: a JSON array of operations, as Apollo's
// BatchHttpLink sends, was answered with gqlgen's decoding error, which
// named a Go type and echoed the body; it is refused with HTTP 400 and
// INVALID_ARGUMENT saying that the server takes one operation per request.
func TestABatchIsRefusedSayingWhy(t *testing.T) {
	h := graph.NewHandler(emptyStore(t), graph.Options{})
	for _, body := range []string{`[{"query": "{ stats { nodes } }"}, {"query": "{ stats { relationships } }"}]`, " \n[]"} {
		req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		got := rec.Body.String()
		if rec.Code != http.StatusBadRequest || !strings.Contains(got, `"INVALID_ARGUMENT"`) ||
			!strings.Contains(got, "a batch of operations, which this server does not take") || strings.Contains(got, "RawParams") {
			t.Errorf("POST %s: HTTP %d %s; want 400, INVALID_ARGUMENT, saying a batch is not taken", body, rec.Code, got)
		}
	}
}

// TestASubscriptionOverHTTPIsRefusedAtOnce: a subscription sent by POST,
// as the playground's graphChanged example is by curl or fetch, waited for
// the next ingest with no answer, not even headers; it is answered at once
// with INVALID_ARGUMENT, saying it needs a websocket.
func TestASubscriptionOverHTTPIsRefusedAtOnce(t *testing.T) {
	h := graph.NewHandler(emptyStore(t), graph.Options{})
	req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, strings.NewReader(`{"query": "subscription { graphChanged { articles } }"}`))
	req.Header.Set("Content-Type", "application/json")
	ctx, cancel := context.WithTimeout(req.Context(), 5*time.Second)
	defer cancel()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req.WithContext(ctx))
	if ctx.Err() != nil {
		t.Fatal("a subscription over POST waited for its first event")
	}
	if got := rec.Body.String(); !strings.Contains(got, `"INVALID_ARGUMENT"`) || !strings.Contains(got, "a subscription needs a websocket") {
		t.Errorf("HTTP %d %s; want INVALID_ARGUMENT saying a subscription needs a websocket", rec.Code, got)
	}
}
