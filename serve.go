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
	"time"

	"newsgraph/explore"
	"newsgraph/graph"
	"newsgraph/loader"
	"newsgraph/samples"
	"newsgraph/schema"
)

// defaultDataDir is where the embedded store keeps its journal.
const defaultDataDir = "newsgraph-data"

// apiKeyEnv names the environment variable that holds the API key that
// writes need (see graph.Options.APIKey).
const apiKeyEnv = "NEWSGRAPH_API_KEY"

func serveCmd(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	dataDir := fs.String("data", defaultDataDir, "embedded store folder (when NEO4J_URI is unset)")
	noSamples := fs.Bool("no-samples", false, "do not load the bundled sample articles into an empty store")
	timeout := fs.Duration("timeout", graph.DefaultTimeout, "time limit of each query")
	ingestTimeout := fs.Duration("ingest-timeout", graph.DefaultIngestTimeout, "time limit of each ingestArticles call")
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	store, err := openStore(ctx, *dataDir, log)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	if !*noSamples {
		if err := loadSamplesIfEmpty(ctx, store, log); err != nil {
			return err
		}
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	apiKey := os.Getenv(apiKeyEnv)
	// The API (GraphQL, playground, SDL) at the root, and the explorer page
	// with its embedded assets at /explore.
	mux := http.NewServeMux()
	mux.Handle("/", graph.NewHandler(store, graph.Options{Logger: log, APIKey: apiKey, Timeout: *timeout, IngestTimeout: *ingestTimeout}))
	mux.Handle(explore.Path, explore.Handler())
	mux.Handle(explore.Path+"/", explore.Handler())
	srv := &http.Server{
		Handler: mux,
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
		"explore", "http://"+ln.Addr().String()+explore.Path)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(shutdown); err != nil {
			return err
		}
		if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}

// loadSamplesIfEmpty loads the bundled articles into a store that holds
// nothing yet, so that a first `go run .` has data to answer with.
func loadSamplesIfEmpty(ctx context.Context, store schema.Store, log *slog.Logger) error {
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
	if len(rep.Rejected) > 0 {
		return fmt.Errorf("bundled samples: %d articles rejected, first: %w", len(rep.Rejected), rep.Rejected[0])
	}
	log.Info("loaded bundled sample articles", "articles", rep.Articles)
	return nil
}
