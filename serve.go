package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	gqlgraphql "github.com/99designs/gqlgen/graphql"

	"newsgraph/explore"
	"newsgraph/graph"
	"newsgraph/health"
	"newsgraph/internal/gcpolicy"
	"newsgraph/loader"
	"newsgraph/memstore"
	"newsgraph/metrics"
	"newsgraph/samples"
	"newsgraph/schema"
)

// defaultDataDir is where the embedded store keeps its journal.
const defaultDataDir = "newsgraph-data"

// apiKeyEnv names the environment variable that holds the API key that
// writes need (see graph.Options.APIKey).
const apiKeyEnv = "NEWSGRAPH_API_KEY"

// allowOriginEnv names the environment variable that gives --allow-origin
// its default.
const allowOriginEnv = "NEWSGRAPH_ALLOW_ORIGIN"

// originPatterns splits --allow-origin's list. A pattern is a host with an
// optional port, as an Origin header's host; a whole origin
// ("https://app.example.com") is taken as its host. An entry with a path
// ("https://app.example.com/maps") is refused: an Origin header never has
// one, so it could never match, and the server would start refusing the
// page its operator meant to allow.
func originPatterns(list string) ([]string, error) {
	var out []string
	for entry := range strings.SplitSeq(list, ",") {
		p := strings.TrimSpace(entry)
		if _, host, ok := strings.Cut(p, "://"); ok {
			p = host
		}
		p = strings.TrimSuffix(p, "/")
		if strings.Contains(p, "/") {
			return nil, fmt.Errorf("--allow-origin %q: an origin has no path; give its scheme, host and port only", strings.TrimSpace(entry))
		}
		if p != "" {
			out = append(out, p)
		}
	}
	return out, nil
}

func serveCmd(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	dataDir := fs.String("data", defaultDataDir, "embedded store folder (when NEO4J_URI is unset)")
	noSamples := fs.Bool("no-samples", false, "do not load the bundled sample articles into an empty embedded store")
	loadSamples := fs.Bool("load-samples", false, "load the bundled sample articles into an empty store, Neo4j too")
	timeout := fs.Duration("timeout", graph.DefaultTimeout, "time limit of each query")
	ingestTimeout := fs.Duration("ingest-timeout", graph.DefaultIngestTimeout, "time limit of each ingestArticles call")
	shutdownTimeout := fs.Duration("shutdown-timeout", defaultShutdownTimeout, "how long a shutdown waits for requests in flight")
	allowOrigin := fs.String("allow-origin", os.Getenv(allowOriginEnv), "comma-separated origins, besides localhost, whose pages may call the API from a browser (\"app.example.com\", \"*.example.com:8443\"); default $"+allowOriginEnv)
	logFormat := logFormatFlag(fs)
	officials := officialsFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := useOfficials(*officials); err != nil {
		return err
	}
	origins, err := originPatterns(*allowOrigin)
	if err != nil {
		return err
	}
	log := newLogger(stderr, *logFormat)
	slog.SetDefault(log) // for the packages that log to the default logger
	opened, err := openStore(ctx, *dataDir, log)
	if err != nil {
		return err
	}
	defer opened.Close(context.Background())
	// An empty embedded store gets the samples, so that a first `go run .`
	// has data; Neo4j only on request: a production database is not seeded
	// with demo data, nor raced by a loader started beside the server.
	_, embedded := opened.(*memstore.Store)
	if !embedded {
		log.Info("GC target for an API over Neo4j", "gogc", gcpolicy.ForDatabaseAPI())
	}
	m := metrics.New()
	store := m.Store(opened)
	if *loadSamples || embedded && !*noSamples {
		if err := loadSamplesIfEmpty(ctx, store, log, m); err != nil {
			return err
		}
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	apiKey := os.Getenv(apiKeyEnv)
	// The API (GraphQL, playground, SDL) at the root, the explorer page
	// with its embedded assets at /explore, and the probes and metrics.
	mux := http.NewServeMux()
	mux.Handle("/", graph.NewHandler(store, graph.Options{
		Logger: log, APIKey: apiKey, Timeout: *timeout, IngestTimeout: *ingestTimeout,
		OriginPatterns: origins,
		Extensions:     []gqlgraphql.HandlerExtension{m.GraphQL()},
		Ingested: func(loaded, skipped, rejected int) {
			m.CountArticles(metrics.SourceIngest, loaded, skipped, rejected)
		},
	}))
	if !embedded {
		// On the unwrapped store: the warm-up is not the users' traffic. It
		// ends before the store closes.
		warmCtx, stopWarm := context.WithCancel(ctx)
		warmed := make(chan struct{})
		go func() {
			defer close(warmed)
			warmUp(warmCtx, graph.NewHandler(opened, graph.Options{Logger: log, Timeout: warmUpTimeout(*timeout)}), log)
		}()
		defer func() { stopWarm(); <-warmed }()
	}
	mux.Handle(explore.Path, explore.Handler())
	mux.Handle(explore.Path+"/", explore.Handler())
	probes := &health.Probes{Logger: log, Check: func(ctx context.Context) error {
		_, err := store.Counts(ctx)
		return err
	}}
	probes.Register(mux)
	mux.Handle("GET "+metrics.Path, m.Handler())
	srv := &http.Server{
		Handler: m.InstrumentHTTP(mux),
		// No WriteTimeout: subscriptions hold their websocket open. Each
		// GraphQL operation has its own deadline (--timeout).
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	if apiKey == "" {
		log.Warn("no API key: ingestArticles and cypher are refused; set " + apiKeyEnv + " to allow them")
	}
	log.Info("newsgraph serving", "playground", "http://"+ln.Addr().String()+graph.PlaygroundPath,
		"graphql", "http://"+ln.Addr().String()+graph.EndpointPath,
		"explore", "http://"+ln.Addr().String()+explore.Path,
		"metrics", "http://"+ln.Addr().String()+metrics.Path)
	return serveUntilDone(ctx, srv, ln, probes, *shutdownTimeout, log)
}

// defaultShutdownTimeout is how long a shutdown waits for requests in
// flight: longer than a query's time limit, shorter than an orchestrator's
// patience (Kubernetes sends SIGKILL 30 s after SIGTERM).
const defaultShutdownTimeout = 25 * time.Second

// serveUntilDone serves on ln until ctx ends (SIGINT or SIGTERM), then
// shuts down cleanly: readiness fails at once, no new connection is
// accepted, and requests in flight get up to timeout to finish. Websockets
// (subscriptions) are not waited for: they end with the process.
func serveUntilDone(ctx context.Context, srv *http.Server, ln net.Listener, probes *health.Probes, timeout time.Duration, log *slog.Logger) error {
	// Every request's context derives from base, so requests cut off at the
	// timeout see their context end and stop working on the store before
	// the caller closes it.
	base, cutOff := context.WithCancel(context.Background())
	defer cutOff()
	srv.BaseContext = func(net.Listener) context.Context { return base }
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	start := time.Now()
	log.Info("shutting down: draining requests in flight", "timeout", timeout.String())
	probes.Drain()
	shutdown, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		// Requests still running past the timeout are cut off: their
		// connections close first, so that a handler that returns when
		// its context ends can no longer answer (net/http would send a
		// 200 with an empty body), then their contexts end.
		srv.Close()
		cutOff()
		log.Error("shutdown: requests still running after the timeout were cut off", "timeout", timeout.String(), "err", err)
		<-errc
		return fmt.Errorf("shutdown: requests still running after %s were cut off", timeout)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("shut down cleanly", "took", time.Since(start).Round(time.Millisecond).String()) // strings: JSON would print nanoseconds
	return nil
}

// loadSamplesIfEmpty loads the bundled articles into a store that holds
// nothing yet, so that a first `go run .` has data to answer with.
func loadSamplesIfEmpty(ctx context.Context, store schema.Store, log *slog.Logger, m *metrics.Metrics) error {
	c, err := store.Counts(ctx)
	if err != nil {
		return err
	}
	if c.Nodes > 0 {
		return nil
	}
	l := loader.Loader{Store: store, Log: log}
	rep, err := l.Load(ctx, loader.ReadJSONLines(samples.FileName, bytes.NewReader(samples.ArticlesJSONL)))
	if err != nil {
		return err
	}
	m.CountArticles(metrics.SourceLoad, rep.Articles, 0, len(rep.Rejected))
	if len(rep.Rejected) > 0 {
		return fmt.Errorf("bundled samples: %d articles rejected, first: %w", len(rep.Rejected), rep.Rejected[0])
	}
	log.Info("loaded bundled sample articles", "articles", rep.Articles)
	return nil
}
