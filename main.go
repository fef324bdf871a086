// Command newsgraph is a knowledge-graph API over news: it loads articles
// into a graph of people, countries, organisations, places, meetings and
// issues, and serves it over GraphQL.
//
//	newsgraph [serve] [--addr HOST:PORT] [--data DIR] [--no-samples | --load-samples] [--log-format text|json] [--officials FILE]
//	newsgraph load [--data DIR] [--date YYYY-MM-DD] [--batch N] [--log-format text|json] [--officials FILE] FILE...
//	newsgraph extract [--date YYYY-MM-DD] [--officials FILE] FILE...
//	newsgraph probe [--url http://127.0.0.1:8080/readyz] [--timeout 5s]
//	newsgraph --version
//
// The store is Neo4j when NEO4J_URI is set (with NEO4J_USER,
// NEO4J_PASSWORD, NEO4J_DATABASE), and the embedded store in --data
// otherwise. serve takes the API key that writes need from
// NEWSGRAPH_API_KEY; without it, writes over the API are refused. The
// pieces are wired by hand here.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"golang.org/x/term"

	"newsgraph/gazetteer"
	"newsgraph/loader"
	"newsgraph/memstore"
	"newsgraph/metrics"
	"newsgraph/neo4jstore"
	"newsgraph/schema"
)

const usage = `newsgraph: a knowledge-graph API over news

Usage:
  newsgraph [serve] [--addr HOST:PORT] [--data DIR] [--no-samples | --load-samples] [--timeout 15s] [--ingest-timeout 2m]
                   [--shutdown-timeout 25s] [--log-format text|json] [--officials FILE]
                   [--allow-origin ORIGINS]
  newsgraph load [--data DIR] [--date YYYY-MM-DD] [--batch N] [--log-format text|json] [--metrics-file PATH]
                 [--officials FILE] FILE...
  newsgraph extract [--date YYYY-MM-DD] [--officials FILE] FILE...
  newsgraph probe [--url http://127.0.0.1:8080/readyz] [--timeout 5s]
  newsgraph --version

FILE is JSON Lines ({id,title,date,url,source,text} per line) or a text
file (title on the first line, optional "Date: YYYY-MM-DD" header lines).
The store is Neo4j when NEO4J_URI is set, else the embedded store in --data.
serve loads the bundled sample articles into an empty embedded store (not
with --no-samples), and into an empty Neo4j only with --load-samples.
serve reads the API key for ingestArticles from NEWSGRAPH_API_KEY. It
serves /healthz, /readyz and /metrics beside the API. Pages of localhost
and of --allow-origin (or NEWSGRAPH_ALLOW_ORIGIN) may call it from a browser.
--officials (or NEWSGRAPH_OFFICIALS) names a TSV of officials merged over
the built-in lists: name, country, role, start, end, aliases (see
docs/officials.example.tsv).
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// After the first signal, a second one kills at once: the default.
		<-ctx.Done()
		stop()
	}()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, errReported) {
			fmt.Fprintln(os.Stderr, "newsgraph:", err)
		}
		os.Exit(1)
	}
}

// errReported means the command already told the user what went wrong.
var errReported = errors.New("reported")

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cmd := "serve"
	if len(args) > 0 && (args[0] == "-version" || args[0] == "--version" || isHelpFlag(args[0])) {
		cmd = strings.TrimLeft(args[0], "-")
	} else if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	err := runCmd(ctx, cmd, args, stdout, stderr)
	if errors.Is(err, flag.ErrHelp) {
		// A command's --help printed its flags, as asked: no failure.
		return nil
	}
	return err
}

// isHelpFlag reports whether arg asks for help rather than naming serve's
// first flag: "newsgraph --help" is the overview of every command, not
// serve's flags alone.
func isHelpFlag(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help"
}

func runCmd(ctx context.Context, cmd string, args []string, stdout, stderr io.Writer) error {
	switch cmd {
	case "serve":
		return serveCmd(ctx, args, stderr)
	case "load":
		return loadCmd(ctx, args, stdout, stderr)
	case "extract":
		return extractCmd(args, stdout, stderr)
	case "probe":
		return probeCmd(ctx, args, stdout)
	case "version":
		fmt.Fprintln(stdout, version(debug.ReadBuildInfo()))
		return nil
	case "help", "h":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", cmd)
}

// closingStore is a store as main opens it: schema.Store, which the API
// and the loader use, and the Close that main calls when done.
type closingStore interface {
	schema.Store
	Close(ctx context.Context) error
}

// openStore opens Neo4j when NEO4J_URI is set, else the embedded store.
func openStore(ctx context.Context, dataDir string, log *slog.Logger) (closingStore, error) {
	if cfg, ok := neo4jstore.ConfigFromEnv(); ok {
		s, err := neo4jstore.Open(ctx, cfg)
		if err != nil {
			return nil, err
		}
		log.Info("store: Neo4j", "uri", cfg.URI, "server", s.ServerVersion())
		return s, nil
	}
	s, err := memstore.Open(dataDir)
	if err != nil {
		return nil, err
	}
	log.Info("store: embedded", "data", dataDir)
	return s, nil
}

func loadCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dataDir := fs.String("data", defaultDataDir, "embedded store folder (when NEO4J_URI is unset)")
	date := fs.String("date", "", "publication date (YYYY-MM-DD) of text files that carry none")
	batch := fs.Int("batch", loader.DefaultBatchSize, "articles per write transaction")
	logFormat := logFormatFlag(fs)
	metricsFile := fs.String("metrics-file", "", "write the load's metrics here when it ends, in Prometheus's text format (for node_exporter's textfile collector)")
	officials := officialsFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("load: name at least one FILE")
	}
	if *batch < 1 {
		// The loader takes 0 for its default; a user's 0 or -1 is a mistake.
		return fmt.Errorf("load: --batch must be at least 1, got %d", *batch)
	}
	if err := useOfficials(*officials); err != nil {
		return err
	}
	log := newLogger(stderr, *logFormat)
	slog.SetDefault(log) // for the packages that log to the default logger
	store, err := openStore(ctx, *dataDir, log)
	var locked *memstore.LockedError
	if errors.As(err, &locked) {
		return fmt.Errorf("%w\n(a running server takes new articles through its ingestArticles mutation)", err)
	}
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	m := metrics.New()
	progress := &loader.Progress{Total: loader.CountArticles(fs.Args()...)}
	l := loader.Loader{Store: m.Store(store), BatchSize: *batch, Read: loader.ReadOptions{Date: *date}, Log: log, Progress: progress}
	stopProgress := progress.Report(stderr, loader.ProgressInterval, isTerminal(stderr))
	rep, err := l.LoadFiles(ctx, fs.Args()...)
	stopProgress()
	m.CountArticles(metrics.SourceLoad, rep.Articles, rep.Skipped, len(rep.Rejected))
	if *metricsFile != "" {
		if werr := m.WriteFile(*metricsFile); werr != nil {
			log.Error("load: cannot write the metrics file", "file", *metricsFile, "err", werr)
		}
	}
	return reportLoad(rep, err, stdout, stderr)
}

// isTerminal reports whether w is a terminal, where load progress is a bar
// rather than a line every ProgressInterval.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func reportLoad(rep loader.Report, err error, stdout, stderr io.Writer) error {
	for _, e := range rep.Rejected {
		fmt.Fprintln(stderr, "rejected:", e)
	}
	fmt.Fprintf(stdout, "loaded %d articles, skipped %d unchanged, rejected %d\n", rep.Articles, rep.Skipped, len(rep.Rejected))
	if err != nil {
		return err
	}
	if len(rep.Rejected) > 0 {
		return errReported
	}
	return nil
}

// logFormatFlag adds --log-format to fs: "text" (slog's key=value lines,
// for people) or "json" (one object a line, for log collectors).
func logFormatFlag(fs *flag.FlagSet) *string {
	format := "text"
	fs.Func("log-format", "log lines as `text` or json", func(v string) error {
		if v != "text" && v != "json" {
			return fmt.Errorf("want text or json, got %q", v)
		}
		format = v
		return nil
	})
	return &format
}

// newLogger logs to w in the format that logFormatFlag checked.
func newLogger(w io.Writer, format string) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}

// version describes the build: the module version (a release tag, or
// "(devel)" for a build from a checkout), the commit and its time, with
// "+dirty" when the checkout had changes, and the Go release.
func version(info *debug.BuildInfo, ok bool) string {
	if !ok {
		return "newsgraph (no build information)"
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	parts := []string{"newsgraph", v}
	if rev := settings["vcs.revision"]; rev != "" {
		if settings["vcs.modified"] == "true" {
			rev += "+dirty"
		}
		parts = append(parts, "commit "+rev)
	}
	if t := settings["vcs.time"]; t != "" {
		parts = append(parts, t)
	}
	return strings.Join(append(parts, info.GoVersion), " ")
}

// officialsEnv names the environment variable that gives --officials its
// default.
const officialsEnv = "NEWSGRAPH_OFFICIALS"

// officialsFlag is the --officials flag of load, serve and extract.
func officialsFlag(fs *flag.FlagSet) *string {
	return fs.String("officials", os.Getenv(officialsEnv), "a TSV of officials (name, country, role, start, end, aliases) merged over the built-in lists; default $"+officialsEnv)
}

// useOfficials merges the officials file, if any, over the built-in lists,
// before any article is extracted.
func useOfficials(path string) error {
	if path == "" {
		return nil
	}
	list, err := gazetteer.ReadOfficialsFile(path)
	if err != nil {
		return err
	}
	gazetteer.UseOfficials(list)
	return nil
}
