package playground

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, h http.Handler, method, target string) (*http.Response, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	res := rec.Result()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, string(b)
}

func page(t *testing.T, cfg Config) http.Handler {
	t.Helper()
	h, err := Page(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestPageCarriesTheConfigSafely(t *testing.T) {
	h := page(t, Config{Endpoint: "/graphql", Examples: []map[string]string{{"query": "{ a } # </script><script>alert(1)</script>"}}})
	res, body := get(t, h, "GET", "/")
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("GET /: %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	if !strings.Contains(body, `<script type="application/json" id="playground-config">{"endpoint":"/graphql","examples":[{"query":"{ a } # \u003c/script\u003e`) {
		t.Errorf("the config is not in the page, or not escaped:\n%s", body)
	}
	if strings.Contains(body, "<script>alert") {
		t.Error("an example closes the config's script element")
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "connect-src 'self'") {
		t.Errorf("Content-Security-Policy %q", csp)
	}
	if res, _ := get(t, h, "POST", "/"); res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %d, want 405", res.StatusCode)
	}
}

// Everything the page loads is embedded in the binary and served here, with
// a content hash in its URL: nothing comes from a CDN.
func TestAssetsAreEmbeddedAndLocal(t *testing.T) {
	_, body := get(t, page(t, Config{Endpoint: "/graphql"}), "GET", "/")
	loads := regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(body, -1)
	seen := map[string]bool{}
	assets := Assets()
	for _, m := range loads {
		ref := m[1]
		if strings.HasPrefix(ref, "data:") {
			continue
		}
		if !regexp.MustCompile(`^` + AssetsPath + `playground\.(js|css)\?v=[0-9a-f]{12}$`).MatchString(ref) {
			t.Errorf("the page loads %q, which is not an embedded asset with a content hash", ref)
			continue
		}
		res, b := get(t, assets, "GET", ref)
		if res.StatusCode != 200 || len(b) < 1000 || !strings.Contains(res.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("GET %s: %d, %d bytes, Cache-Control %q", ref, res.StatusCode, len(b), res.Header.Get("Cache-Control"))
		}
		seen[strings.SplitN(ref, "?", 2)[0]] = true
	}
	if !seen[AssetsPath+"playground.js"] || !seen[AssetsPath+"playground.css"] {
		t.Errorf("the page loads %v, want the script and the stylesheet", seen)
	}
	_, css := get(t, assets, "GET", AssetsPath+"playground.css")
	if regexp.MustCompile(`@import|url\(\s*['"]?(https?:)?//`).MatchString(css) {
		t.Error("the stylesheet loads something from elsewhere")
	}
	_, js := get(t, assets, "GET", AssetsPath+"playground.js")
	if regexp.MustCompile(`import\s*\(\s*["']https?:|from\s*["']https?:|importScripts\(|cdn\.jsdelivr|unpkg\.com`).MatchString(js) {
		t.Error("the script loads something from elsewhere")
	}
	if res, b := get(t, assets, "GET", AssetsPath+"licenses.txt"); res.StatusCode != 200 || !strings.Contains(b, "graphiql 4.1.2 (MIT)") {
		t.Errorf("GET licenses.txt: %d, without GraphiQL's notice", res.StatusCode)
	}
	for _, p := range []string{AssetsPath, AssetsPath + "nope.js", AssetsPath + "../index.html", "/playground/index.html"} {
		if res, _ := get(t, assets, "GET", p); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, res.StatusCode)
		}
	}
}
