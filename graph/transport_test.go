package graph_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

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
