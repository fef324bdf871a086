package graph_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"

	"newsgraph/graph"
)

// TestLargeAnswersAreCompressedForClientsThatTakeIt: a large answer (a
// subgraph with its properties; analyst45's was 2.2 MB) went out as it was
// whatever the client's Accept-Encoding. It is now gzipped for a client
// that takes gzip, in zstd for one that takes zstd, and is the same JSON
// once unpacked; a small answer, a
// client that does not take gzip and an error's status go out as before.
func TestLargeAnswersAreCompressedForClientsThatTakeIt(t *testing.T) {
	h := graph.NewHandler(samplesStore(t), graph.Options{})
	const large = `{"query": "{ subgraph(seeds: [\"person:xi-jinping\"], depth: 2) { nodes { id properties } edges { id properties } } }"}`
	const small = `{"query": "{ stats { nodes } }"}`
	post := func(body, acceptEncoding string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if acceptEncoding != "" {
			req.Header.Set("Accept-Encoding", acceptEncoding)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	plain := post(large, "")
	if plain.Header().Get("Content-Encoding") != "" || plain.Body.Len() < 5000 || !strings.HasPrefix(plain.Body.String(), `{"data":{"subgraph"`) {
		t.Fatalf("without Accept-Encoding: %q, %d bytes %.40q; want plain JSON of over 5,000 bytes", plain.Header().Get("Content-Encoding"), plain.Body.Len(), plain.Body.String())
	}
	zipped := post(large, "br, gzip;q=0.8")
	if zipped.Header().Get("Content-Encoding") != "gzip" || zipped.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("with gzip: Content-Encoding %q, Content-Type %q; want gzip, application/json", zipped.Header().Get("Content-Encoding"), zipped.Header().Get("Content-Type"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(zipped.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	unzipped, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(unzipped, plain.Body.Bytes()) {
		t.Errorf("unzipped answer differs from the plain one")
	}
	if zipped.Body.Len()*3 > plain.Body.Len() {
		t.Errorf("gzipped %d bytes of %d; want under a third", zipped.Body.Len(), plain.Body.Len())
	}
	// A browser takes zstd, which gzhttp prefers; it too is the same JSON.
	if z := post(large, "gzip, deflate, br, zstd"); z.Header().Get("Content-Encoding") != "zstd" {
		t.Errorf("with zstd offered: Content-Encoding %q, want zstd", z.Header().Get("Content-Encoding"))
	} else if dec, err := zstd.NewReader(nil); err != nil {
		t.Fatal(err)
	} else if got, err := dec.DecodeAll(z.Body.Bytes(), nil); err != nil || !bytes.Equal(got, plain.Body.Bytes()) {
		t.Errorf("zstd answer: %v, or it differs from the plain one", err)
	}
	for _, tt := range []struct{ name, body, enc string }{
		{"a small answer", small, "gzip"},
		{"gzip refused", large, "gzip;q=0"},
	} {
		if rec := post(tt.body, tt.enc); rec.Header().Get("Content-Encoding") != "" || !strings.HasPrefix(rec.Body.String(), `{"data"`) {
			t.Errorf("%s: Content-Encoding %q, body %.40q; want plain JSON", tt.name, rec.Header().Get("Content-Encoding"), rec.Body.String())
		}
	}
	// An error keeps its status, gzipped or not.
	bad := `{"query": "{ meetings { nodes { ` + strings.Repeat("dat ", 400) + `} } }"}`
	if rec := post(bad, "gzip"); rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("a query that fails validation: HTTP %d, want 422", rec.Code)
	}
	if vary := zipped.Header().Values("Vary"); !strings.Contains(strings.Join(vary, ","), "Accept-Encoding") {
		t.Errorf("Vary = %q; want Accept-Encoding among them, for caches", vary)
	}
	sdl := httptest.NewRequest(http.MethodGet, graph.SchemaPath, nil)
	sdl.Header.Set("Accept-Encoding", "gzip")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, sdl)
	if rec.Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("the SDL: Content-Encoding %q, want gzip", rec.Header().Get("Content-Encoding"))
	}
}
