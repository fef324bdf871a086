package graph

import (
	"compress/gzip"
	"net/http"
	"sync"

	"newsgraph/webasset"
)

// gzipMinBytes is the smallest answer that is sent gzipped: below it the
// header costs about what compression saves.
const gzipMinBytes = 1400

// gzipWriters are reused: a gzip.Writer holds about a megabyte of tables.
var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed) // the level is valid
	return zw
}}

// withGzip sends an answer of at least gzipMinBytes gzipped (at the
// fastest level) to a client whose Accept-Encoding takes gzip, as browsers,
// curl --compressed and Go's client do: a large subgraph's JSON is mostly
// repeated ids and keys (analyst45: Joe Biden's depth-2 subgraph with
// properties, 2.2 MB, is 0.34 MB gzipped). A websocket's upgrade is left
// alone.
func withGzip(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Accept-Encoding")
		if r.Header.Get("Upgrade") != "" || !webasset.AcceptsGzip(r) {
			h.ServeHTTP(w, r)
			return
		}
		gw := &gzipResponse{ResponseWriter: w}
		defer gw.close()
		h.ServeHTTP(gw, r)
	})
}

// gzipResponse holds the status and the first gzipMinBytes of the answer
// (the transport writes an answer in pieces), then sends them gzipped, or
// as they are when the answer ends shorter.
type gzipResponse struct {
	http.ResponseWriter
	status  int
	held    []byte
	decided bool
	zw      *gzip.Writer
}

func (g *gzipResponse) WriteHeader(status int) {
	if g.decided || g.status != 0 {
		return
	}
	g.status = status
	if status < 200 || status == http.StatusNoContent || status == http.StatusNotModified {
		g.decide(false)
	}
}

func (g *gzipResponse) Write(p []byte) (int, error) {
	if g.decided {
		if g.zw != nil {
			return g.zw.Write(p)
		}
		return g.ResponseWriter.Write(p)
	}
	g.held = append(g.held, p...)
	if len(g.held) >= gzipMinBytes {
		if err := g.decide(g.Header().Get("Content-Encoding") == ""); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// decide sends the header, gzipped or not, and what was held.
func (g *gzipResponse) decide(zip bool) error {
	g.decided = true
	if zip {
		g.Header().Set("Content-Encoding", "gzip")
		g.Header().Del("Content-Length")
		g.zw = gzipWriters.Get().(*gzip.Writer)
		g.zw.Reset(g.ResponseWriter)
	}
	if g.status != 0 {
		g.ResponseWriter.WriteHeader(g.status)
	}
	held := g.held
	g.held = nil
	if len(held) == 0 {
		return nil
	}
	var err error
	if g.zw != nil {
		_, err = g.zw.Write(held)
	} else {
		_, err = g.ResponseWriter.Write(held)
	}
	return err
}

// close sends what is held, and ends the gzip stream.
func (g *gzipResponse) close() {
	if !g.decided {
		_ = g.decide(false) // the client went away; nothing to tell it
	}
	if g.zw != nil {
		_ = g.zw.Close() // as above
		gzipWriters.Put(g.zw)
	}
}

// Unwrap lets http.ResponseController reach the connection (deadlines).
func (g *gzipResponse) Unwrap() http.ResponseWriter { return g.ResponseWriter }
