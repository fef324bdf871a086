package graph

import (
	"bytes"
	"context"
	_ "embed"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"

	"newsgraph/graph/generated"
	"newsgraph/graph/internal/listmarshal"
	"newsgraph/playground"
	"newsgraph/schema"
)

// SDL is the GraphQL schema of the API, as served at SchemaPath.
//
//go:embed schema.graphqls
var SDL string

// Paths that NewHandler serves.
const (
	EndpointPath   = "/graphql"        // the API: POST, GET and OPTIONS
	PlaygroundPath = "/"               // GraphiQL, with the Examples preloaded as tabs
	SchemaPath     = "/schema.graphql" // the SDL, as text
)

// Options tune the API handler. The zero value is ready to use.
type Options struct {
	// Logger receives internal errors and panics; nil means slog.Default().
	Logger *slog.Logger
	// BatchWait is how long a dataloader gathers keys into one store call;
	// 0 means DefaultBatchWait.
	BatchWait time.Duration
	// QueryCacheSize is how many parsed queries are kept; 0 means 1000.
	QueryCacheSize int
	// ComplexityLimit refuses queries whose estimated cost is above it; 0
	// means DefaultComplexityLimit, below 0 no limit.
	ComplexityLimit int
	// MaxDepth refuses queries nested deeper than this many fields; 0 means
	// DefaultMaxDepth, below 0 no limit.
	MaxDepth int
	// Timeout bounds each query; 0 means DefaultTimeout, below 0 none.
	Timeout time.Duration
	// IngestTimeout bounds each mutation; 0 means DefaultIngestTimeout,
	// below 0 none.
	IngestTimeout time.Duration
	// APIKey is the key that ingestArticles and cypher need. Empty refuses
	// them all.
	APIKey string
	// Changes carries graphChanged events; nil makes a broadcaster for the
	// handler. Share one among handlers to share their events.
	Changes *Broadcaster
	// OriginPatterns are the origins, besides the server's own and
	// localhost, whose pages may call the API from a browser (CORS) and
	// open a websocket: hosts, with an optional port ("example.com",
	// "*.example.com", "app.example.com:3000").
	OriginPatterns []string
	// DisableIntrospection turns off schema introspection (the playground
	// needs it).
	DisableIntrospection bool
	// DisablePlayground stops NewHandler serving the playground.
	DisablePlayground bool
	// Extensions are more gqlgen handler extensions, such as metrics.
	Extensions []graphql.HandlerExtension
	// Ingested, when set, is told the outcome of every ingestArticles
	// call that got as far as loading, such as for metrics.
	Ingested func(loaded, skipped, rejected int)
}

// NewHandler returns the HTTP handler of the whole API: the GraphQL
// endpoint at EndpointPath (POST, GET, and websockets for subscriptions),
// the playground at PlaygroundPath (its assets at playground.AssetsPath)
// and the SDL at SchemaPath. Mount it at the root of a server.
func NewHandler(store schema.Store, opts Options) http.Handler {
	mux := http.NewServeMux()
	mux.Handle(EndpointPath, NewServer(store, opts))
	mux.Handle("GET "+SchemaPath, withCORS(withCompression(http.HandlerFunc(serveSDL)), allowedOrigins(opts)))
	if !opts.DisablePlayground {
		mux.Handle("GET "+PlaygroundPath+"{$}", PlaygroundHandler(EndpointPath))
		mux.Handle("GET "+playground.AssetsPath, playground.Assets())
	}
	return mux
}

// localOrigins may always call the API from a browser and open a
// websocket: a front end served by a dev server on another port of the
// same machine.
var localOrigins = []string{"localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]", "[::1]:*"}

// allowedOrigins are the origin patterns, besides the server's own, whose
// pages may use the API: localhost and opts.OriginPatterns, with an IPv6
// host's brackets escaped. CORS and the websocket match them with
// path.Match, which read "[::1]:*" as a character class that matched no
// origin, so a page on http://[::1]:5173 was refused both.
func allowedOrigins(opts Options) []string {
	out := make([]string, 0, len(localOrigins)+len(opts.OriginPatterns))
	for _, p := range slices.Concat(localOrigins, opts.OriginPatterns) {
		out = append(out, hostBrackets.Replace(p))
	}
	return out
}

// hostBrackets escapes the brackets of an IPv6 host for path.Match: the
// allowed hosts' only wildcard is "*".
var hostBrackets = strings.NewReplacer("[", `\[`, "]", `\]`)

// maxBodyBytes bounds a request body: an ingest of MaxIngest long articles
// fits.
const maxBodyBytes = 64 << 20

// NewServer returns the GraphQL endpoint alone, for a caller that routes
// requests itself.
func NewServer(store schema.Store, opts Options) http.Handler {
	logger := opts.Logger
	if logger == nil {
		logger = slog.Default()
	}
	cacheSize := opts.QueryCacheSize
	if cacheSize <= 0 {
		cacheSize = 1000
	}
	changes := opts.Changes
	if changes == nil {
		changes = NewBroadcaster()
	}

	resolver := &Resolver{Store: store, Logger: logger, APIKey: opts.APIKey, Changes: changes, Ingested: opts.Ingested}
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: resolver, Complexity: complexity()}))
	srv.SetParserTokenLimit(MaxQueryTokens)
	srv.SetValidationRulesFn(boundedRules)
	srv.AddTransport(transport.Websocket{
		KeepAlivePingInterval: 10 * time.Second,
		Implementation: transport.CoderWebsocketImplementation{AcceptOptions: websocket.AcceptOptions{
			// The server's own origin is always allowed.
			OriginPatterns: allowedOrigins(opts),
		}},
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(dataOnce{transport.GET{}})
	srv.AddTransport(dataOnce{transport.POST{}})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](cacheSize))
	if !opts.DisableIntrospection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	srv.Use(newCostLimits(orDefault(opts.MaxDepth, DefaultMaxDepth), orDefault(opts.ComplexityLimit, DefaultComplexityLimit)))
	srv.SetErrorPresenter(errorPresenter(logger))
	srv.SetRecoverFunc(recoverFunc(logger))
	for _, ext := range opts.Extensions {
		srv.Use(ext)
	}

	srv.AroundOperations(withTimeout(orDefault(opts.Timeout, DefaultTimeout), orDefault(opts.IngestTimeout, DefaultIngestTimeout)))
	// Fresh dataloaders for every operation: their cache is only valid
	// within one, and batching never mixes two clients' requests.
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		proj := projectionOf(graphql.GetOperationContext(ctx))
		loaders := NewLoaders(store, opts.BatchWait, proj)
		// The loaders know which resolvers answer at once, so which
		// lists need no goroutine per element.
		respond := next(listmarshal.WithReadiness(WithLoaders(ctx, loaders), loaders))
		return func(ctx context.Context) *graphql.Response {
			resp := respond(ctx)
			if moved := loaders.MovedIDs(); resp != nil && moved != nil {
				if resp.Extensions == nil {
					resp.Extensions = map[string]any{}
				}
				resp.Extensions[movedIDsExtension] = moved
			}
			return resp
		}
	})
	return withCORS(withCompression(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if refuseUnsupported(w, r) {
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
		if r.Method == http.MethodPost && !checkUTF8(w, r) {
			return
		}
		srv.ServeHTTP(w, r)
	})), allowedOrigins(opts))
}

// checkUTF8 refuses a request body that is not UTF-8, as JSON must be, or
// that is a batch (refuseBatch), and is true when the body is fine. Decoding it would quietly turn the bad
// bytes into U+FFFD, so an ingested article would keep text that load
// rejects. A body that cannot be read is left to the transport, which
// reads the same error.
func checkUTF8(w http.ResponseWriter, r *http.Request) bool {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		r.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), failedReader{err}))
		return true
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if utf8.Valid(body) {
		return !refuseBatch(w, body)
	}
	at := 0
	for at < len(body) {
		r, size := utf8.DecodeRune(body[at:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		at += size
	}
	writeRefusal(w, http.StatusBadRequest, limitError("the request body is not valid UTF-8 (byte %d); JSON must be UTF-8", at))
	return false
}

// failedReader gives the error that reading a body ended with.
type failedReader struct{ err error }

func (f failedReader) Read([]byte) (int, error) { return 0, f.err }

// orDefault is v, or def when v is zero.
func orDefault[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

func serveSDL(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte(SDL))
}
