package graph_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
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

// TestAnOperationOverGETThatIsNoQueryIsRefusedSayingWhat: gqlgen's GET
// transport answered a subscription (or a mutation) with a bare HTTP 406
// and an error without a code ("GET requests only allow query
// operations"); it is INVALID_ARGUMENT, through the error presenter, with
// 405 and Allow: POST, saying that a subscription needs a websocket and a
// mutation POST. A query by GET is still answered.
func TestAnOperationOverGETThatIsNoQueryIsRefusedSayingWhat(t *testing.T) {
	h := graph.NewHandler(emptyStore(t), graph.Options{})
	for _, c := range []struct{ query, want string }{
		{"subscription { graphChanged { articles } }", "a subscription needs a websocket, not GET"},
		{"subscription Live { graphChanged { articles } }", "graphql-transport-ws"},
		{`mutation { ingestArticles(articles: []) { loaded } }`, "a mutation needs POST, not GET"},
	} {
		req := httptest.NewRequest(http.MethodGet, graph.EndpointPath+"?query="+url.QueryEscape(c.query), nil)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		got := rec.Body.String()
		if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "POST" || !strings.Contains(got, `"INVALID_ARGUMENT"`) ||
			!strings.Contains(got, c.want) || strings.Contains(got, "only allow query") {
			t.Errorf("GET %s: HTTP %d (Allow %q) %s; want 405, Allow: POST, INVALID_ARGUMENT saying %q", c.query, rec.Code, rec.Header().Get("Allow"), got, c.want)
		}
	}
	req := httptest.NewRequest(http.MethodGet, graph.EndpointPath+"?query="+url.QueryEscape("{ stats { nodes } }"), nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"stats"`) {
		t.Errorf("a query by GET: HTTP %d %s", rec.Code, rec.Body.String())
	}
}
