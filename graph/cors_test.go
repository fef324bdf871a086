package graph_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"newsgraph/graph"
)

// TestBrowserPagesOfAllowedOriginsMayCallTheAPI: a front end served by a
// dev server (http://localhost:5173) posts JSON to the API on another port,
// which a browser does only after a preflight that the answer allows, and
// then lets the page read the answer only when it names the page's origin.
// The server answered OPTIONS with a bare 200, so every such fetch failed
// in the browser, while the websocket took the same origins.
func TestBrowserPagesOfAllowedOriginsMayCallTheAPI(t *testing.T) {
	h := graph.NewHandler(emptyStore(t), graph.Options{OriginPatterns: []string{"*.example.com"}})
	do := func(method, target, origin, contentType string, headers ...string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(method, target, strings.NewReader(`{"query": "{ stats { nodes } }"}`))
		req.Header.Set("Origin", origin)
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		for i := 0; i+1 < len(headers); i += 2 {
			req.Header.Set(headers[i], headers[i+1])
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	preflight := func(origin string) *httptest.ResponseRecorder {
		return do(http.MethodOptions, graph.EndpointPath, origin, "",
			"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type,authorization")
	}

	for _, origin := range []string{"http://localhost:5173", "http://127.0.0.1:3000", "https://app.example.com"} {
		t.Run("preflight from "+origin, func(t *testing.T) {
			rec := preflight(origin)
			hdr := rec.Header()
			if rec.Code != http.StatusNoContent || hdr.Get("Access-Control-Allow-Origin") != origin {
				t.Fatalf("HTTP %d, Access-Control-Allow-Origin %q; want 204 and %s", rec.Code, hdr.Get("Access-Control-Allow-Origin"), origin)
			}
			if !strings.Contains(hdr.Get("Access-Control-Allow-Methods"), "POST") {
				t.Errorf("Access-Control-Allow-Methods %q has no POST", hdr.Get("Access-Control-Allow-Methods"))
			}
			for _, want := range []string{"Content-Type", "Authorization", "X-API-Key"} {
				if !strings.Contains(hdr.Get("Access-Control-Allow-Headers"), want) {
					t.Errorf("Access-Control-Allow-Headers %q has no %s", hdr.Get("Access-Control-Allow-Headers"), want)
				}
			}
			if hdr.Get("Access-Control-Allow-Credentials") != "" {
				t.Error("credentials allowed: the key travels in a header, never a cookie")
			}
		})
		t.Run("POST from "+origin, func(t *testing.T) {
			rec := do(http.MethodPost, graph.EndpointPath, origin, "application/json")
			if rec.Header().Get("Access-Control-Allow-Origin") != origin || !strings.Contains(rec.Body.String(), `"stats"`) {
				t.Errorf("HTTP %d, Access-Control-Allow-Origin %q, %s", rec.Code, rec.Header().Get("Access-Control-Allow-Origin"), rec.Body)
			}
		})
	}

	t.Run("a refusal is readable by the page, to say what went wrong", func(t *testing.T) {
		rec := do(http.MethodPost, graph.EndpointPath, "http://localhost:5173", "text/plain")
		if rec.Code != http.StatusUnsupportedMediaType || rec.Header().Get("Access-Control-Allow-Origin") != "http://localhost:5173" {
			t.Errorf("HTTP %d, Access-Control-Allow-Origin %q; want 415 with the origin", rec.Code, rec.Header().Get("Access-Control-Allow-Origin"))
		}
	})

	t.Run("the SDL", func(t *testing.T) {
		rec := do(http.MethodGet, graph.SchemaPath, "http://localhost:5173", "")
		if rec.Code != http.StatusOK || rec.Header().Get("Access-Control-Allow-Origin") != "http://localhost:5173" {
			t.Errorf("HTTP %d, Access-Control-Allow-Origin %q", rec.Code, rec.Header().Get("Access-Control-Allow-Origin"))
		}
	})

	for _, origin := range []string{"https://evil.example.org", "https://example.com.evil.org", "null"} {
		t.Run("no CORS for "+origin, func(t *testing.T) {
			for _, rec := range []*httptest.ResponseRecorder{preflight(origin), do(http.MethodPost, graph.EndpointPath, origin, "application/json")} {
				if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "" {
					t.Errorf("Access-Control-Allow-Origin %q for a foreign origin", got)
				}
				if !strings.Contains(rec.Header().Get("Vary"), "Origin") {
					t.Errorf("Vary %q: a cache could serve the answer to another origin", rec.Header().Get("Vary"))
				}
			}
		})
	}
}

// TestLoopbackAndIPv6OriginsMayCallTheAPIAndOpenTheWebsocket: a page served
// from the machine's IPv6 loopback (http://[::1]:5173, what a dev server
// bound to "::1" shows), or from an allowed IPv6 host, may post to the API
// and open the subscriptions' websocket, as localhost and 127.0.0.1 may.
// The allowed hosts are path.Match patterns, for CORS and the websocket
// alike, and "[::1]:*" read as a character class matched no origin: the
// page got no CORS headers and a 403 from the websocket.
func TestLoopbackAndIPv6OriginsMayCallTheAPIAndOpenTheWebsocket(t *testing.T) {
	h := graph.NewHandler(emptyStore(t), graph.Options{OriginPatterns: []string{"[2001:db8::1]:8443"}})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	for _, origin := range []string{"http://localhost:5173", "http://127.0.0.1:5173", "http://[::1]:5173", "http://[::1]", "https://[2001:db8::1]:8443"} {
		t.Run(origin, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodOptions, graph.EndpointPath, nil)
			req.Header.Set("Origin", origin)
			req.Header.Set("Access-Control-Request-Method", "POST")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if got := rec.Header().Get("Access-Control-Allow-Origin"); rec.Code != http.StatusNoContent || got != origin {
				t.Errorf("preflight: HTTP %d, Access-Control-Allow-Origin %q; want 204 and %s", rec.Code, got, origin)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			url := "ws" + strings.TrimPrefix(srv.URL, "http") + graph.EndpointPath
			conn, resp, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"},
				HTTPHeader: http.Header{"Origin": {origin}}})
			if err != nil {
				status := 0
				if resp != nil {
					status = resp.StatusCode
				}
				t.Fatalf("websocket from %s: HTTP %d, %v", origin, status, err)
			}
			if err := conn.Close(websocket.StatusNormalClosure, ""); err != nil {
				t.Logf("close: %v", err)
			}
		})
	}
	t.Run("an IPv6 host that is not allowed", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodOptions, graph.EndpointPath, nil)
		req.Header.Set("Origin", "http://[2001:db8::2]:8443")
		req.Header.Set("Access-Control-Request-Method", "POST")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "" {
			t.Errorf("Access-Control-Allow-Origin %q for a host no pattern names", got)
		}
	})
}
