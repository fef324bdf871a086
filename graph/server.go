package graph

import (
	"context"
	_ "embed"
	"log/slog"
	"net/http"
	"net/url"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"

	"newsgraph/graph/generated"
	"newsgraph/schema"
)

// SDL is the GraphQL schema of the API, as served at SchemaPath.
//
//go:embed schema.graphqls
var SDL string

// Paths that NewHandler serves.
const (
	EndpointPath   = "/graphql"        // the API: POST, GET and OPTIONS
	PlaygroundPath = "/"               // GraphiQL, with ExampleQuery loaded
	SchemaPath     = "/schema.graphql" // the SDL, as text
)

// ExampleQuery is the query the playground opens with.
const ExampleQuery = `# Meetings of Xi Jinping with US officials
{
  meetings(where: {participant: "Xi Jinping", withOfficialsOf: "US"}) {
    totalCount
    nodes {
      date
      status
      place { name }
      participants { name role country { name } }
    }
  }
}
`

// Options tune the API handler. The zero value is ready to use.
type Options struct {
	// Logger receives internal errors and panics; nil means slog.Default().
	Logger *slog.Logger
	// BatchWait is how long a dataloader gathers keys into one store call;
	// 0 means DefaultBatchWait.
	BatchWait time.Duration
	// QueryCacheSize is how many parsed queries are kept; 0 means 1000.
	QueryCacheSize int
	// ComplexityLimit refuses queries above this complexity; 0 means no limit.
	ComplexityLimit int
	// DisableIntrospection turns off schema introspection (the playground
	// needs it).
	DisableIntrospection bool
	// DisablePlayground stops NewHandler serving the playground.
	DisablePlayground bool
}

// NewHandler returns the HTTP handler of the whole API: the GraphQL
// endpoint at EndpointPath, the playground at PlaygroundPath and the SDL
// at SchemaPath. Mount it at the root of a server.
func NewHandler(store schema.Store, opts Options) http.Handler {
	mux := http.NewServeMux()
	mux.Handle(EndpointPath, NewServer(store, opts))
	mux.HandleFunc("GET "+SchemaPath, serveSDL)
	if !opts.DisablePlayground {
		mux.Handle("GET "+PlaygroundPath+"{$}", PlaygroundHandler(EndpointPath))
	}
	return mux
}

// NewServer returns the GraphQL endpoint alone, for a caller that routes
// requests itself.
func NewServer(store schema.Store, opts Options) *handler.Server {
	logger := opts.Logger
	if logger == nil {
		logger = slog.Default()
	}
	cacheSize := opts.QueryCacheSize
	if cacheSize <= 0 {
		cacheSize = 1000
	}

	resolver := &Resolver{Store: store, Logger: logger}
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: resolver}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](cacheSize))
	if !opts.DisableIntrospection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	if opts.ComplexityLimit > 0 {
		srv.Use(extension.FixedComplexityLimit(opts.ComplexityLimit))
	}
	srv.SetErrorPresenter(errorPresenter(logger))
	srv.SetRecoverFunc(recoverFunc(logger))

	// Fresh dataloaders for every operation: their cache is only valid
	// within one, and batching never mixes two clients' requests.
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(WithLoaders(ctx, NewLoaders(store, opts.BatchWait)))
	})
	return srv
}

// PlaygroundHandler serves GraphiQL for the endpoint, opening with
// ExampleQuery. GraphiQL keeps its state in the URL, so a bare visit is
// redirected to one that carries the example query; later edits stay in
// the URL and survive a reload. Note that GraphiQL loads its scripts from
// a CDN (jsDelivr): every playground gqlgen ships does.
func PlaygroundHandler(endpoint string) http.Handler {
	page := playground.Handler("newsgraph", endpoint, playground.WithGraphiqlPersistStateInURL(true))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.RawQuery == "" {
			target := *r.URL
			target.RawQuery = url.Values{"query": {ExampleQuery}}.Encode()
			http.Redirect(w, r, target.String(), http.StatusFound)
			return
		}
		page.ServeHTTP(w, r)
	})
}

func serveSDL(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte(SDL))
}
