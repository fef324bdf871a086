package explore

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, h http.Handler, method, target string, header map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestPage(t *testing.T) {
	h := Handler()
	for _, target := range []string{"/explore", "/explore?seed=person%3Axi-jinping&sel=node%3Aperson%3Axi-jinping"} {
		res := get(t, h, "GET", target, nil)
		if res.StatusCode != 200 {
			t.Fatalf("GET %s: %d", target, res.StatusCode)
		}
		if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q", target, ct)
		}
		if cc := res.Header.Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("GET %s: Cache-Control %q", target, cc)
		}
		if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy %q", target, csp)
		}
		if b := body(t, res); !strings.Contains(b, "<title>newsgraph explorer</title>") {
			t.Errorf("GET %s: not the explorer page", target)
		}
	}
}

// Every asset the page names is served from the binary, with a content
// hash in its URL, and none comes from another host.
func TestAssetsAreEmbeddedAndLocal(t *testing.T) {
	h := Handler()
	page := body(t, get(t, h, "GET", "/explore", nil))
	// No reference leaves the server: links go to its own pages, and what
	// the page loads (scripts, stylesheets) is embedded here, with a content
	// hash in its URL.
	for _, m := range regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		if ref := m[1]; !strings.HasPrefix(ref, "/") && !strings.HasPrefix(ref, "#") && !strings.HasPrefix(ref, "data:") || strings.HasPrefix(ref, "//") {
			t.Errorf("the page refers to %q, off this server", ref)
		}
	}
	loads := regexp.MustCompile(`<script[^>]* src="([^"]*)"|<link[^>]* rel="stylesheet"[^>]* href="([^"]*)"|<link[^>]* href="([^"]*)"[^>]* rel="stylesheet"`).FindAllStringSubmatch(page, -1)
	if len(loads) < 2 {
		t.Fatalf("the page loads %d scripts and stylesheets", len(loads))
	}
	seen := map[string]bool{}
	for _, m := range loads {
		ref := m[1] + m[2] + m[3]
		if !strings.HasPrefix(ref, "/explore/assets/") {
			t.Errorf("the page loads %q, which is not an embedded asset", ref)
			continue
		}
		if !regexp.MustCompile(`\?v=[0-9a-f]{12}$`).MatchString(ref) {
			t.Errorf("%q has no content hash", ref)
		}
		res := get(t, h, "GET", ref, nil)
		if res.StatusCode != 200 {
			t.Errorf("GET %s: %d", ref, res.StatusCode)
		}
		if cc := res.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
			t.Errorf("GET %s: Cache-Control %q", ref, cc)
		}
		seen[strings.SplitN(ref, "?", 2)[0]] = true
	}
	for _, want := range []string{"/explore/assets/explore.js", "/explore/assets/explore.css"} {
		if !seen[want] {
			t.Errorf("the page does not load %s", want)
		}
	}
	for _, tc := range []struct{ path, ct string }{
		{"/explore/assets/explore.js", "text/javascript; charset=utf-8"},
		{"/explore/assets/explore.css", "text/css; charset=utf-8"},
		{"/explore/assets/licenses.txt", "text/plain; charset=utf-8"},
	} {
		res := get(t, h, "GET", tc.path, nil)
		if res.StatusCode != 200 || res.Header.Get("Content-Type") != tc.ct {
			t.Errorf("GET %s: %d %q, want 200 %q", tc.path, res.StatusCode, res.Header.Get("Content-Type"), tc.ct)
		}
	}
	// No stylesheet or script pulls anything in from the internet.
	css := body(t, get(t, h, "GET", "/explore/assets/explore.css", nil))
	if regexp.MustCompile(`@import|url\(\s*['"]?(https?:)?//`).MatchString(css) {
		t.Error("the stylesheet loads something from elsewhere")
	}
	js := body(t, get(t, h, "GET", "/explore/assets/explore.js", nil))
	if regexp.MustCompile(`import\s*\(\s*["']https?:|from\s*["']https?:|importScripts\(`).MatchString(js) {
		t.Error("the script imports something from elsewhere")
	}
}

func TestGzipAndConditionalGet(t *testing.T) {
	h := Handler()
	plain := get(t, h, "GET", "/explore/assets/explore.js", nil)
	want := body(t, plain)
	res := get(t, h, "GET", "/explore/assets/explore.js", map[string]string{"Accept-Encoding": "br, gzip;q=0.8"})
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding %q, want gzip", res.Header.Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, []byte(want)) {
		t.Error("the gzipped script differs from the plain one")
	}
	if res := get(t, h, "GET", "/explore/assets/explore.js", map[string]string{"Accept-Encoding": "gzip;q=0"}); res.Header.Get("Content-Encoding") != "" {
		t.Error("gzip sent to a client that refused it")
	}
	etag := plain.Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	if res := get(t, h, "GET", "/explore/assets/explore.js", map[string]string{"If-None-Match": etag}); res.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: %d, want 304", res.StatusCode)
	}
}

func TestRoutes(t *testing.T) {
	h := Handler()
	res := get(t, h, "GET", "/explore/?seed=x", nil)
	if res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/explore?seed=x" {
		t.Errorf("GET /explore/: %d to %q, want 301 to /explore?seed=x", res.StatusCode, res.Header.Get("Location"))
	}
	for _, p := range []string{"/explore/index.html", "/explore/assets/", "/explore/assets/nope.js", "/explore/other", "/explore/assets/../index.html"} {
		if res := get(t, h, "GET", p, nil); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, res.StatusCode)
		}
	}
	if res := get(t, h, "POST", "/explore", nil); res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /explore: %d, want 405", res.StatusCode)
	}
	res = get(t, h, "HEAD", "/explore", nil)
	if res.StatusCode != 200 || body(t, res) != "" || res.Header.Get("Content-Length") == "" {
		t.Errorf("HEAD /explore: %d with a body or no length", res.StatusCode)
	}
}
