// Package webasset serves the files of a page that web/ builds and the
// binary embeds (the explorer, the playground): each with its content
// type, an ETag, gzip when the client takes it, and long caching for
// assets whose URL carries a content hash (?v=…).
package webasset

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
)

// File is one embedded file, ready to serve.
type File struct {
	body, gz    []byte
	contentType string
	etag        string
}

// New makes a File of body, typed by the extension of name.
func New(name string, body []byte) *File {
	sum := sha256.Sum256(body)
	f := &File{body: body, etag: `W/"` + hex.EncodeToString(sum[:8]) + `"`}
	switch ext := path.Ext(name); ext {
	case ".js":
		f.contentType = "text/javascript; charset=utf-8"
	case ".txt":
		f.contentType = "text/plain; charset=utf-8"
	default:
		f.contentType = mime.TypeByExtension(ext)
	}
	if f.contentType == "" {
		f.contentType = "application/octet-stream"
	}
	if len(body) > 1024 {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(body)
		zw.Close()
		f.gz = buf.Bytes()
	}
	return f
}

// Load reads every file under dir in fsys, keyed by its path below dir.
// A build without dir/index.html is an error.
func Load(fsys fs.FS, dir string) (map[string]*File, error) {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		return nil, err
	}
	out := map[string]*File{}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		out[p] = New(p, body)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if out["index.html"] == nil {
		return nil, fmt.Errorf("%s/index.html is missing: run npm run build in web/", dir)
	}
	return out, nil
}

// MustLoad is Load for a package that embeds its page at init: a binary
// built without its page is broken, so it panics, naming owner.
func MustLoad(owner string, fsys fs.FS, dir string) map[string]*File {
	files, err := Load(fsys, dir)
	if err != nil {
		panic(owner + ": " + err.Error())
	}
	return files
}

// ServeAsset serves files[name], or 404 where there is no such file. It
// sets no CSP: assets are scripts, stylesheets and notices, not pages.
func ServeAsset(w http.ResponseWriter, r *http.Request, files map[string]*File, name string) {
	f := files[name]
	if f == nil {
		http.NotFound(w, r)
		return
	}
	f.Serve(w, r, "")
}

// Body is the file's content.
func (f *File) Body() []byte { return f.body }

// Serve writes the file for a GET or HEAD request (the caller checks the
// method). csp, when set, is the page's Content-Security-Policy, and marks
// it as a page: pages are revalidated on every visit, while an asset
// requested with ?v= (its content hash) may be cached for a year.
func (f *File) Serve(w http.ResponseWriter, r *http.Request, csp string) {
	h := w.Header()
	h.Set("Content-Type", f.contentType)
	h.Set("ETag", f.etag)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Vary", "Accept-Encoding")
	if csp != "" {
		h.Set("Cache-Control", "no-cache")
		h.Set("Content-Security-Policy", csp)
		h.Set("Referrer-Policy", "no-referrer")
	} else if r.URL.Query().Get("v") != "" {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	if match := r.Header.Get("If-None-Match"); match != "" && match == f.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := f.body
	if f.gz != nil && acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		body = f.gz
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// AllowGetHead answers 405 to any method but GET and HEAD, and reports
// whether the request may go on.
func AllowGetHead(w http.ResponseWriter, r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", "GET, HEAD")
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	return false
}

// acceptsGzip reports whether the request's Accept-Encoding takes gzip (not
// at q=0).
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") && strings.ReplaceAll(strings.TrimSpace(q), " ", "") != "q=0" {
			return true
		}
	}
	return false
}
