// Package explore serves the explorer page: a graph view of the API for
// people who would rather look at a network than read JSON. The page and
// its assets are built from the npm sources in web/ (npm run build) into
// dist/, which is committed and embedded here, so the binary serves them
// without Node and without the internet.
package explore

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
)

// Path is where the page is served; its assets are under Path + "/assets/".
const Path = "/explore"

//go:embed dist
var dist embed.FS

type asset struct {
	body, gz    []byte
	contentType string
	etag        string
}

var assets = mustLoad()

func mustLoad() map[string]*asset {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err)
	}
	out := map[string]*asset{}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(body)
		a := &asset{body: body, etag: `W/"` + hex.EncodeToString(sum[:8]) + `"`}
		a.contentType = mime.TypeByExtension(path.Ext(p))
		switch path.Ext(p) {
		case ".js":
			a.contentType = "text/javascript; charset=utf-8"
		case ".txt":
			a.contentType = "text/plain; charset=utf-8"
		}
		if a.contentType == "" {
			a.contentType = "application/octet-stream"
		}
		if len(body) > 1024 {
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
			zw.Write(body)
			zw.Close()
			a.gz = buf.Bytes()
		}
		out[p] = a
		return nil
	})
	if err != nil {
		panic(err)
	}
	if out["index.html"] == nil {
		panic("explore: dist/index.html is missing: run npm run build in web/")
	}
	return out
}

// Handler serves the page at /explore (with any query string: the page
// keeps its state there) and its assets at /explore/assets/…. Mount it on
// both Path and Path+"/".
func Handler() http.Handler {
	return http.HandlerFunc(serve)
}

func serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	var name string
	switch p := r.URL.Path; {
	case p == Path:
		name = "index.html"
	case p == Path+"/":
		target := Path
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return
	case strings.HasPrefix(p, Path+"/assets/"):
		name = strings.TrimPrefix(p, Path+"/")
	}
	a := assets[name]
	if a == nil || name == "index.html" && r.URL.Path != Path {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("ETag", a.etag)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Vary", "Accept-Encoding")
	if name == "index.html" {
		// The page names its assets with a content hash, so only the page
		// itself must be revalidated; the assets can be cached for long.
		h.Set("Cache-Control", "no-cache")
		h.Set("Content-Security-Policy", "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("Referrer-Policy", "no-referrer")
	} else if r.URL.Query().Get("v") != "" {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	if match := r.Header.Get("If-None-Match"); match != "" && match == a.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := a.body
	if a.gz != nil && acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		body = a.gz
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") && strings.ReplaceAll(strings.TrimSpace(q), " ", "") != "q=0" {
			return true
		}
	}
	return false
}
