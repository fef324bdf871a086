package graph

import (
	"compress/gzip"
	"net/http"

	"github.com/klauspost/compress/gzhttp"
)

// compressMinBytes is the smallest answer that is sent compressed: below
// it the header costs about what compression saves.
const compressMinBytes = 1400

// compressAnswers is gzhttp's wrapper (klauspost/compress), made once: a
// large subgraph's JSON is mostly repeated ids and keys (analyst45: Joe
// Biden's depth-2 subgraph with properties, 2.2 MB, is about 0.4 MB
// gzipped at the fastest level). It answers in zstd a client that takes
// it (browsers do), else in gzip (curl --compressed, Go's client), and
// sets Vary: Accept-Encoding.
var compressAnswers = func() func(http.Handler) http.HandlerFunc {
	wrap, err := gzhttp.NewWrapper(gzhttp.MinSize(compressMinBytes), gzhttp.CompressionLevel(gzip.BestSpeed))
	if err != nil {
		panic(err) // the options are constants: a failure is a programming error
	}
	return wrap
}()

// withCompression compresses h's answers of at least compressMinBytes for
// a client whose Accept-Encoding takes zstd or gzip. A websocket's upgrade
// is left alone: its answer is the connection itself.
func withCompression(h http.Handler) http.Handler {
	compressed := compressAnswers(h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			h.ServeHTTP(w, r)
			return
		}
		compressed.ServeHTTP(w, r)
	})
}
