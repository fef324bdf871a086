// Command bench measures newsgraph end to end and side by side with its
// peer, the Neo4j GraphQL Library, and writes the tables as JSON:
//
//	go run ./bench -neo4j bolt://127.0.0.1:7698 -out bench/results/full.json
//
// Sections: extraction (words per second per core), ingest into Neo4j by
// batch size against the naive one-statement-per-element path, ingest into
// the embedded store, and at each corpus scale (1×, 10×, 100×, made by
// replaying the real articles with fresh ids and shifted dates) the five
// main queries at 1, 8 and 64 concurrent clients over HTTP, on both stores
// and on the peer, with Bolt round trips per request counted by a proxy.
// BENCHMARKS.md has the results and how to read them.
//
// The Neo4j named by -neo4j is wiped: give it a server of its own.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/memstore"
	"newsgraph/neo4jstore"
	"newsgraph/schema"
)

func main() {
	if os.Getenv(childEnv) == "serve" {
		runChild()
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// config is the parsed command line.
type config struct {
	Corpus          string
	Scales          []int
	Neo4j           string
	Neo4jData       string
	Peer            string
	Batches         []int
	ScaleBatch      int
	NaiveArticles   int
	Loaders         int
	Clients         []int
	Load            loadOptions
	ExtractRounds   int
	TripRequests    int
	Out             string
	Work            string
	Sections        []string
	ProfileDir      string
	CPUProfile      string
	Report          string
	Queries         []string
	MemScaleLimit   int
	Neo4jScaleLimit int
	MaxLoad         time.Duration
}

func (c config) has(section string) bool { return slices.Contains(c.Sections, section) }

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	var scales, batches, clients, sections, queriesFlag string
	fs.StringVar(&c.Corpus, "corpus", "", `comma-separated globs of article files; "" means `+defaultCorpusGlob+` when present, "samples" the bundled samples`)
	fs.StringVar(&scales, "scales", "1,10,100", "corpus scales (replays of the corpus)")
	fs.StringVar(&c.Neo4j, "neo4j", "", "Bolt URI of a Neo4j of the benchmark's own, which it WIPES; empty skips Neo4j and the peer")
	fs.StringVar(&c.Neo4jData, "neo4j-data", "", "the Neo4j server's --data folder, to report the store's size on disk (optional)")
	fs.StringVar(&c.Peer, "peer", "", `folder of the peer harness ("" means bench/peer; "off" skips the peer)`)
	fs.StringVar(&batches, "batches", "1,100,1000,10000", "ingest batch sizes (articles per transaction) at scale 1")
	fs.IntVar(&c.ScaleBatch, "scale-batch", 1000, "batch size for the loads of each scale")
	fs.IntVar(&c.NaiveArticles, "naive-articles", 0, "articles for the naive path (0: the whole corpus at scale 1; -1: skip)")
	fs.IntVar(&c.Loaders, "loaders", 2, "also load scale 1 with this many concurrent loaders (0 or 1: skip)")
	fs.StringVar(&clients, "clients", "1,8,64", "concurrent clients")
	fs.DurationVar(&c.Load.Duration, "duration", 5*time.Second, "time per query cell (query, API, clients)")
	fs.IntVar(&c.Load.MaxRequests, "max-requests", 50000, "requests per cell at most")
	fs.IntVar(&c.Load.Warmup, "warmup", 20, "untimed requests before each cell")
	fs.IntVar(&c.ExtractRounds, "extract-rounds", 1, "passes over the corpus for the extraction section")
	fs.IntVar(&c.TripRequests, "trip-requests", 20, "requests per query for counting Bolt round trips")
	fs.StringVar(&c.Out, "out", "", "write the results as JSON here")
	fs.StringVar(&c.Report, "report", "", "print the tables of saved results (comma-separated JSON files) and exit")
	fs.StringVar(&c.Work, "work", "", "folder for the embedded stores' journals (default: a temporary folder)")
	fs.StringVar(&sections, "sections", "extract,ingest,scale", "sections to run: extract, ingest, scale (loads and queries at each scale)")
	fs.StringVar(&queriesFlag, "queries", "", "only these queries (comma-separated names)")
	fs.StringVar(&c.CPUProfile, "cpuprofile", "", "write a CPU profile of the benchmark process (the loader's side of ingest) here")
	fs.StringVar(&c.ProfileDir, "profile-dir", "", "write CPU profiles of newsgraph's API under the highest concurrency here")
	fs.IntVar(&c.MemScaleLimit, "mem-max-scale", 0, "skip the embedded store above this scale (0: no limit)")
	fs.IntVar(&c.Neo4jScaleLimit, "neo4j-max-scale", 0, "skip Neo4j and the peer above this scale (0: no limit)")
	fs.DurationVar(&c.MaxLoad, "max-load", 0, "stop each scale's load after this long and measure what was loaded (0: no limit)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	var err error
	if c.Scales, err = ints(scales); err != nil {
		return c, fmt.Errorf("-scales: %w", err)
	}
	if c.Batches, err = ints(batches); err != nil {
		return c, fmt.Errorf("-batches: %w", err)
	}
	if c.Clients, err = ints(clients); err != nil {
		return c, fmt.Errorf("-clients: %w", err)
	}
	c.Sections = splitList(sections)
	c.Queries = splitList(queriesFlag)
	if c.Peer == "" {
		c.Peer = findPeerDir()
	}
	return c, nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func ints(s string) ([]int, error) {
	var out []int
	for _, f := range splitList(s) {
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%q is not a positive integer", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// findPeerDir finds bench/peer from the module root or from bench/.
func findPeerDir() string {
	for _, d := range []string{"bench/peer", "peer", "../bench/peer"} {
		if _, err := os.Stat(filepath.Join(d, "server.mjs")); err == nil {
			abs, _ := filepath.Abs(d)
			return abs
		}
	}
	return "off"
}

// Results is everything one run measured; it is what -out writes.
type Results struct {
	Started  string         `json:"started"`
	Finished string         `json:"finished"`
	Command  string         `json:"command"`
	Machine  Machine        `json:"machine"`
	Git      string         `json:"git"` // the commit measured; "+dirty" when the work tree had changes
	Corpus   string         `json:"corpus"`
	Replay   string         `json:"replay"`
	Extract  *ExtractResult `json:"extract,omitempty"`
	Ingest   []IngestResult `json:"ingest,omitempty"`
	Scale    []ScaleResult  `json:"scale,omitempty"`
	Queries  []QueryResult  `json:"queries,omitempty"`
	Targets  []TargetResult `json:"targets,omitempty"`
	Notes    []string       `json:"notes,omitempty"`
}

// Machine is what the numbers were measured on.
type Machine struct {
	Cores      int     `json:"cores"`
	MemoryGiB  float64 `json:"memoryGiB"`
	CPU        string  `json:"cpu"`
	OS         string  `json:"os"`
	Go         string  `json:"go"`
	Neo4j      string  `json:"neo4j,omitempty"`
	Node       string  `json:"node,omitempty"`
	GOMAXPROCS int     `json:"gomaxprocs"`
}

// ScaleResult is the size, load time and memory at one corpus scale.
type ScaleResult struct {
	Scale          int           `json:"scale"`
	Neo4jIngest    *IngestResult `json:"neo4jIngest,omitempty"`
	MemIngest      *IngestResult `json:"memIngest,omitempty"`
	MemOpenSeconds float64       `json:"memOpenSeconds,omitempty"` // embedded store start: journal replay
	MemJournalMB   float64       `json:"memJournalMB,omitempty"`
	MemHeapMB      float64       `json:"memHeapMB,omitempty"` // live heap of the API over the embedded store, after start
	MemRSSMB       float64       `json:"memRSSMB,omitempty"`
	MemPeakRSSMB   float64       `json:"memPeakRSSMB,omitempty"` // after the query runs
	OursNeo4jRSSMB float64       `json:"oursNeo4jRSSMB,omitempty"`
	OursNeo4jPeak  float64       `json:"oursNeo4jPeakRSSMB,omitempty"`
	PeerRSSMB      float64       `json:"peerRSSMB,omitempty"`
	PeerPeakRSSMB  float64       `json:"peerPeakRSSMB,omitempty"`
	Neo4jDiskMB    float64       `json:"neo4jDiskMB,omitempty"`
	Neo4jRSSMB     float64       `json:"neo4jRSSMB,omitempty"`
}

const replayNote = "Scale k is the real corpus replayed k times: replay 0 is the real articles; replay r > 0 gives every article a fresh id (<id>~r<r>), shifts its publication date and every year in its title and text (1950-2099) forward by r years, so each replay reports new meetings among the same people, countries and places."

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	if cfg.Report != "" {
		return printReport(stdout, splitList(cfg.Report))
	}
	if cfg.CPUProfile != "" {
		f, err := os.Create(cfg.CPUProfile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	corp, err := resolveCorpus(cfg.Corpus)
	if err != nil {
		return err
	}
	res := &Results{
		Started: time.Now().UTC().Format(time.RFC3339),
		Command: "go run ./bench " + strings.Join(args, " "),
		Machine: machine(),
		Git:     gitDescribe(),
		Corpus:  corp.String(),
		Replay:  replayNote,
	}
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, "bench: "+format+"\n", a...) }
	work := cfg.Work
	if work == "" {
		work, err = os.MkdirTemp("", "newsgraph-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(work)
	}

	save := func() error {
		res.Finished = time.Now().UTC().Format(time.RFC3339)
		res.Targets = evaluateTargets(res)
		if cfg.Out == "" {
			return nil
		}
		b, err := json.MarshalIndent(res, "", "  ")
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(cfg.Out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(cfg.Out, append(b, '\n'), 0o644)
	}

	// Extraction first, while nothing else runs on the machine.
	if cfg.has("extract") {
		logf("extraction over %s", corp)
		e := benchExtract(corp.articles(), max(cfg.ExtractRounds, 1))
		res.Extract = &e
		printExtract(stdout, e)
		if err := save(); err != nil {
			return err
		}
	}

	var neo *neo4jstore.Store
	var neoCfg neo4jstore.Config
	if cfg.Neo4j != "" {
		neoCfg = neo4jstore.Config{URI: cfg.Neo4j, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
		if err := wipeNeo4j(ctx, neoCfg); err != nil {
			return err
		}
		neo, err = neo4jstore.Open(ctx, neoCfg)
		if err != nil {
			return err
		}
		defer neo.Close(context.Background())
		res.Machine.Neo4j = neo.ServerVersion()
		// Warm up: a fresh server plans every distinct statement once (tens
		// to hundreds of ms each on a cold JVM). Load the bundled samples
		// one article per transaction and all at once, then wipe, so the
		// timed loads see the steady state a long-running server has.
		logf("warming up Neo4j with the bundled samples")
		for _, b := range []int{1, 100} {
			if _, err := ingest(ctx, neo, corpus{}.records(1), b, 1); err != nil {
				return err
			}
			if err := wipeNeo4j(ctx, neoCfg); err != nil {
				return err
			}
		}
	}
	peerOn := cfg.Neo4j != "" && cfg.Peer != "off"
	if peerOn {
		if err := ensurePeer(cfg.Peer, stderr); err != nil {
			return err
		}
		if v, err := exec.Command("node", "--version").Output(); err == nil {
			res.Machine.Node = strings.TrimSpace(string(v))
		}
	}

	// Ingest by batch size at scale 1, embedded store and Neo4j, the naive
	// path, and concurrent loaders.
	if cfg.has("ingest") {
		batches := slices.Clone(cfg.Batches)
		for _, b := range batches {
			logf("ingest: embedded store, batch %d", b)
			s, err := memstore.Open(filepath.Join(work, fmt.Sprintf("ingest-mem-%d", b)))
			if err != nil {
				return err
			}
			r, err := ingest(ctx, s, corp.records(1), b, 1)
			s.Close(ctx)
			os.RemoveAll(filepath.Join(work, fmt.Sprintf("ingest-mem-%d", b)))
			if err != nil {
				return err
			}
			r.Store, r.Scale = "mem", 1
			res.Ingest = append(res.Ingest, r)
		}
		if neo != nil {
			for _, b := range batches {
				logf("ingest: Neo4j, batch %d", b)
				if err := wipeNeo4j(ctx, neoCfg); err != nil {
					return err
				}
				r, err := ingest(ctx, neo, corp.records(1), b, 1)
				if err != nil {
					return err
				}
				r.Store, r.Scale = "neo4j", 1
				res.Ingest = append(res.Ingest, r)
				if err := save(); err != nil {
					return err
				}
			}
			if cfg.NaiveArticles >= 0 {
				recs := limit(corp.records(1), cfg.NaiveArticles)
				// The batched path over exactly the same articles, for a
				// like-for-like ratio when the naive run is a prefix.
				if cfg.NaiveArticles > 0 {
					logf("ingest: Neo4j, batch %d, first %d articles", cfg.ScaleBatch, cfg.NaiveArticles)
					if err := wipeNeo4j(ctx, neoCfg); err != nil {
						return err
					}
					r, err := ingest(ctx, neo, recs, cfg.ScaleBatch, 1)
					if err != nil {
						return err
					}
					r.Store, r.Scale, r.ArticleLimit = "neo4j", 1, cfg.NaiveArticles
					res.Ingest = append(res.Ingest, r)
				}
				logf("ingest: Neo4j naive path (one statement per element), %d articles (0: all)", cfg.NaiveArticles)
				if err := wipeNeo4j(ctx, neoCfg); err != nil {
					return err
				}
				ns, err := openNaive(ctx, neoCfg, neo)
				if err != nil {
					return err
				}
				r, err := ingest(ctx, ns, recs, 1, 1)
				ns.Close(ctx)
				if err != nil {
					return err
				}
				r.Store, r.Scale, r.ArticleLimit = "neo4j-naive", 1, cfg.NaiveArticles
				r.Note = "one auto-commit statement per node and per relationship, one article at a time"
				res.Ingest = append(res.Ingest, r)
				if err := save(); err != nil {
					return err
				}
			}
			if cfg.Loaders > 1 {
				logf("ingest: Neo4j, %d concurrent loaders, batch %d", cfg.Loaders, cfg.ScaleBatch)
				if err := wipeNeo4j(ctx, neoCfg); err != nil {
					return err
				}
				one := ingestFor(res.Ingest, "neo4j", cfg.ScaleBatch)
				r, err := ingest(ctx, neo, corp.records(1), cfg.ScaleBatch, cfg.Loaders)
				if err != nil {
					return err
				}
				r.Store, r.Scale = "neo4j", 1
				if one != nil && (one.Nodes != r.Nodes || one.Relationships != r.Relationships) {
					r.Note += fmt.Sprintf("; graph differs from the single loader's: %d/%d nodes, %d/%d relationships", r.Nodes, one.Nodes, r.Relationships, one.Relationships)
				}
				res.Ingest = append(res.Ingest, r)
			}
		}
		printIngest(stdout, res.Ingest)
		if err := save(); err != nil {
			return err
		}
	}

	if cfg.has("scale") {
		for _, k := range cfg.Scales {
			sr, qs, err := runScale(ctx, cfg, corp, k, work, neo, neoCfg, peerOn, logf)
			if err != nil {
				return err
			}
			res.Scale = append(res.Scale, sr)
			res.Queries = append(res.Queries, qs...)
			printScale(stdout, res.Scale)
			printQueries(stdout, res.Queries, k)
			if err := save(); err != nil {
				return err
			}
		}
	}
	for _, q := range queriesFor(corp) {
		if q.Ours == "" {
			res.Notes = append(res.Notes, fmt.Sprintf("query %q is not in newsgraph's API yet (issue 4): only the peer was measured", q.Name))
		}
	}
	if err := save(); err != nil {
		return err
	}
	printTargets(stdout, res.Targets)
	return nil
}

func ingestFor(rs []IngestResult, store string, batch int) *IngestResult {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i].Store == store && rs[i].BatchSize == batch && rs[i].Loaders <= 1 && rs[i].ArticleLimit == 0 {
			return &rs[i]
		}
	}
	return nil
}

// runScale loads the corpus at scale k into both stores and runs the
// queries on both and on the peer.
func runScale(ctx context.Context, cfg config, corp corpus, k int, work string, neo *neo4jstore.Store, neoCfg neo4jstore.Config, peerOn bool, logf func(string, ...any)) (ScaleResult, []QueryResult, error) {
	sr := ScaleResult{Scale: k}
	var out []QueryResult
	memOn := cfg.MemScaleLimit == 0 || k <= cfg.MemScaleLimit
	neoOn := neo != nil && (cfg.Neo4jScaleLimit == 0 || k <= cfg.Neo4jScaleLimit)
	peerOn = peerOn && neoOn

	var servers []*server
	defer func() {
		for _, s := range servers {
			s.stop()
		}
	}()
	if memOn {
		dir := filepath.Join(work, fmt.Sprintf("scale-mem-%d", k))
		os.RemoveAll(dir)
		logf("scale %d: loading the embedded store", k)
		s, err := memstore.Open(dir)
		if err != nil {
			return sr, nil, err
		}
		every := 0
		if k >= 10 {
			every = 2000 * k / 10
		}
		r, err := ingestLogged(ctx, s, until(corp.records(k), cfg.MaxLoad), 100, 1, every, logf)
		s.Close(ctx)
		if err != nil {
			return sr, nil, err
		}
		r.Store, r.Scale = "mem", k
		sr.MemIngest = &r
		if fi, err := os.Stat(filepath.Join(dir, memstore.JournalFile)); err == nil {
			sr.MemJournalMB = float64(fi.Size()) / (1 << 20)
		}
		logf("scale %d: starting newsgraph on the embedded store (journal replay)", k)
		srv, err := startOurs("mem", dir, "")
		if err != nil {
			return sr, nil, err
		}
		servers = append(servers, srv)
		sr.MemOpenSeconds, sr.MemHeapMB, sr.MemRSSMB = srv.Hello.OpenSeconds, srv.Hello.HeapMB, srv.Hello.RSSMB
	}
	if neoOn {
		logf("scale %d: loading Neo4j (batch %d)", k, cfg.ScaleBatch)
		if err := wipeNeo4j(ctx, neoCfg); err != nil {
			return sr, nil, err
		}
		every := 0
		if k >= 10 {
			every = 2000 * k / 10 // twenty points per load
		}
		r, err := ingestLogged(ctx, neo, until(corp.records(k), cfg.MaxLoad), cfg.ScaleBatch, 1, every, logf)
		if err != nil {
			return sr, nil, err
		}
		r.Store, r.Scale = "neo4j", k
		if want := k * len(corp.articles()); r.Articles+r.Rejected < want {
			r.Note = fmt.Sprintf("load stopped by -max-load %v after %d of %d articles (%.1f× the corpus)", cfg.MaxLoad, r.Articles, want, float64(r.Articles)/float64(want/k))
			logf("scale %d: %s", k, r.Note)
		}
		sr.Neo4jIngest = &r
		logf("scale %d: Neo4j holds %d nodes, %d relationships; loaded in %.1fs", k, r.Nodes, r.Relationships, r.WallSeconds)
		if r.Rejected > 0 {
			logf("scale %d: %d articles rejected; the first: %s", k, r.Rejected, r.FirstRejection)
		}
		if cfg.Neo4jData != "" {
			// The store files; transaction logs are kept apart (they
			// hold the wipes and loads of the whole run).
			sr.Neo4jDiskMB = duMB(filepath.Join(cfg.Neo4jData, "data", "databases", "neo4j"))
		}
		sr.Neo4jRSSMB = neo4jRSS(cfg.Neo4j)
		srv, err := startOurs("neo4j", "", cfg.Neo4j)
		if err != nil {
			return sr, nil, err
		}
		servers = append(servers, srv)
		if peerOn {
			p, err := startPeer(cfg.Peer, cfg.Neo4j)
			if err != nil {
				return sr, nil, err
			}
			servers = append(servers, p)
		}
	}

	neoPID := 0
	if neoOn {
		neoPID = neo4jPID(cfg.Neo4j)
	}
	// The timed runs: for each query and concurrency, every API in turn.
	for _, q := range queriesFor(corp) {
		if len(cfg.Queries) > 0 && !slices.Contains(cfg.Queries, q.Name) {
			continue
		}
		for _, c := range cfg.Clients {
			for _, s := range servers {
				text, path := q.Ours, q.OursCount
				if s.Name == "peer" {
					text, path = q.Peer, q.PeerCount
				}
				r := QueryResult{API: s.Name, Store: s.Store, Query: q.Name, Scale: k, Clients: c}
				if text == "" {
					r.Skipped = "not in this API"
					if s.Name == "newsgraph" {
						r.Skipped = "not in newsgraph's API yet (issue 4)"
					}
					out = append(out, r)
					continue
				}
				logf("scale %d: %s on %s/%s, %d clients", k, q.Name, s.Name, s.Store, c)
				var prof func()
				if cfg.ProfileDir != "" && s.Name == "newsgraph" && c == slices.Max(cfg.Clients) {
					prof = profileChild(s, filepath.Join(cfg.ProfileDir, fmt.Sprintf("cpu-%s-%s-%dx-c%d.pprof", s.Store, q.Name, k, c)), cfg.Load.Duration)
				}
				// A request the client gave up on may still run in Neo4j (a
				// timed-out peer query keeps going): start each cell on
				// quiet servers, so no cell pays for the one before.
				pids := []int{neoPID}
				for _, o := range servers {
					pids = append(pids, o.pid())
				}
				if waited := waitIdle(pids, 90*time.Second); waited > 2*time.Second {
					logf("  waited %.0fs for the servers to go idle", waited.Seconds())
				}
				var cpu0 [3]float64
				lr := runLoad(ctx, s.URL, text, path, c, cfg.Load, func() {
					cpu0 = [3]float64{cpuSeconds(s.pid()), cpuSeconds(neoPID), cpuSeconds(os.Getpid())}
				})
				if lr.Seconds > 0 {
					lr.APICPU = (cpuSeconds(s.pid()) - cpu0[0]) / lr.Seconds
					lr.Neo4jCPU = (cpuSeconds(neoPID) - cpu0[1]) / lr.Seconds
					lr.LoadGenCPU = (cpuSeconds(os.Getpid()) - cpu0[2]) / lr.Seconds
					if s.Store == "mem" {
						lr.Neo4jCPU = 0
					}
				}
				if prof != nil {
					prof()
				}
				lr.API, lr.Store, lr.Query, lr.Scale = s.Name, s.Store, q.Name, k
				if lr.FirstError != "" {
					logf("  errors: %d (%s)", lr.Errors, lr.FirstError)
				}
				out = append(out, lr)
			}
		}
	}
	for _, s := range servers {
		rss, peak := s.mem()
		switch {
		case s.Name == "peer":
			sr.PeerRSSMB, sr.PeerPeakRSSMB = rss, peak
		case s.Store == "mem":
			sr.MemPeakRSSMB = peak
		default:
			sr.OursNeo4jRSSMB, sr.OursNeo4jPeak = rss, peak
		}
	}

	// Bolt round trips per request, through the counting proxy, one client.
	if neoOn {
		for _, s := range servers {
			s.stop()
		}
		servers = nil
		trips, err := countTrips(ctx, cfg, corp, k, peerOn, logf)
		if err != nil {
			return sr, nil, err
		}
		for i := range out {
			if t, ok := trips[out[i].API+"/"+out[i].Query]; ok && out[i].Store == "neo4j" {
				out[i].RunsPerRequest, out[i].RoundTripsPerRequest = t[0], t[1]
			}
		}
	}
	return sr, out, nil
}

// countTrips starts both APIs over Neo4j through the counting proxy and
// sends each query cfg.TripRequests times from one client. The result maps
// "api/query" to Bolt RUN messages and round trips per request.
func countTrips(ctx context.Context, cfg config, corp corpus, k int, peerOn bool, logf func(string, ...any)) (map[string][2]float64, error) {
	target := strings.TrimPrefix(strings.TrimPrefix(cfg.Neo4j, "bolt://"), "neo4j://")
	if i := strings.IndexAny(target, "/?"); i >= 0 {
		target = target[:i]
	}
	proxy, err := startBoltProxy(target)
	if err != nil {
		return nil, err
	}
	defer proxy.Close()
	uri := "bolt://" + proxy.Addr()
	var servers []*server
	defer func() {
		for _, s := range servers {
			s.stop()
		}
	}()
	ours, err := startOurs("neo4j", "", uri)
	if err != nil {
		return nil, err
	}
	servers = append(servers, ours)
	if peerOn {
		p, err := startPeer(cfg.Peer, uri)
		if err != nil {
			return nil, err
		}
		servers = append(servers, p)
	}
	out := map[string][2]float64{}
	n := max(cfg.TripRequests, 1)
	for _, q := range queriesFor(corp) {
		if len(cfg.Queries) > 0 && !slices.Contains(cfg.Queries, q.Name) {
			continue
		}
		for _, s := range servers {
			text := q.Ours
			if s.Name == "peer" {
				text = q.Peer
			}
			if text == "" {
				continue
			}
			c := newHTTPClient(1)
			body := gqlBody(text)
			// Warm up: connections opened, queries parsed and planned.
			for range 3 {
				_, _ = post(ctx, c, s.URL, body)
			}
			before := proxy.snapshot()
			for range n {
				if _, err := post(ctx, c, s.URL, body); err != nil {
					logf("scale %d: round trips, %s on %s: %v", k, q.Name, s.Name, err)
					break
				}
			}
			d := proxy.snapshot().minus(before)
			c.CloseIdleConnections()
			out[s.Name+"/"+q.Name] = [2]float64{float64(d.Run) / float64(n), float64(d.RoundTrips) / float64(n)}
			logf("scale %d: %s on %s: %.1f RUN and %.1f round trips per request (BEGIN %d, COMMIT %d, PULL %d, RESET %d, other %d over %d requests)",
				k, q.Name, s.Name, float64(d.Run)/float64(n), float64(d.RoundTrips)/float64(n), d.Begin, d.Commit, d.Pull, d.Reset, d.Other, n)
		}
	}
	return out, nil
}

// profileChild starts a CPU profile of an API child for about d, and
// returns a func that waits for it and writes it to path.
func profileChild(s *server, path string, d time.Duration) func() {
	secs := max(int(d.Seconds())-1, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		c := newHTTPClient(1)
		resp, err := c.Get(fmt.Sprintf("http://%s/debug/pprof/profile?seconds=%d", s.Hello.Addr, secs))
		if err != nil {
			return
		}
		defer resp.Body.Close()
		os.MkdirAll(filepath.Dir(path), 0o755)
		f, err := os.Create(path)
		if err != nil {
			return
		}
		io.Copy(f, resp.Body)
		f.Close()
	}()
	return func() { <-done }
}

// wipeNeo4j deletes every node and relationship, keeping the schema.
func wipeNeo4j(ctx context.Context, cfg neo4jstore.Config) error {
	auth := neo4j.NoAuth()
	if cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	sess := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer sess.Close(ctx)
	// Relationships first, then nodes, in small transactions: a country
	// with a hundred thousand relationships detached in one transaction
	// overflows the server's transaction memory.
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS",
		"MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS",
	} {
		r, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = r.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("wipe Neo4j at %s: %w", cfg.URI, err)
		}
	}
	return nil
}

func machine() Machine {
	m := Machine{Cores: runtime.NumCPU(), OS: runtime.GOOS + "/" + runtime.GOARCH, Go: runtime.Version(), GOMAXPROCS: runtime.GOMAXPROCS(0)}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if rest, ok := strings.CutPrefix(line, "MemTotal:"); ok {
				kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
				m.MemoryGiB = float64(int(kb/(1<<20)*10)) / 10
			}
		}
	}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if rest, ok := strings.CutPrefix(line, "model name"); ok {
				m.CPU = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
				break
			}
		}
	}
	return m
}

// waitIdle waits until the processes together use under a fifth of a core
// over half a second, or at most max. It returns how long it waited.
func waitIdle(pids []int, max time.Duration) time.Duration {
	start := time.Now()
	total := func() float64 {
		var t float64
		for _, p := range pids {
			t += cpuSeconds(p)
		}
		return t
	}
	for time.Since(start) < max {
		before := total()
		time.Sleep(500 * time.Millisecond)
		if (total()-before)/0.5 < 0.2 {
			break
		}
	}
	return time.Since(start)
}

// gitDescribe is the commit the run measured, "+dirty" when the work tree
// had uncommitted changes.
func gitDescribe() string {
	out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return ""
	}
	d := strings.TrimSpace(string(out))
	if st, err := exec.Command("git", "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(strings.TrimSpace(string(st))) > 0 {
		d += "+dirty"
	}
	return d
}

// duMB is the size of a folder's files in MB.
func duMB(dir string) float64 {
	var total int64
	filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				total += fi.Size()
			}
		}
		return nil
	})
	return float64(total) / (1 << 20)
}

// neo4jPID finds the Java process listening on the Bolt port of uri, by
// its command line (newsgraph's server takes --port); 0 when not found.
func neo4jPID(uri string) int {
	_, port, ok := strings.Cut(hostPort(uri), ":")
	if !ok {
		return 0
	}
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
		if err != nil {
			continue
		}
		args := strings.Split(string(b), "\x00")
		if slices.Contains(args, "newsgraph.neo4jserver.Main") {
			i := slices.Index(args, "--port")
			if (i >= 0 && i+1 < len(args) && args[i+1] == port) || (i < 0 && port == "7687") {
				return pid
			}
		}
	}
	return 0
}

// neo4jRSS is the resident set of the Neo4j server, in MB.
func neo4jRSS(uri string) float64 {
	if pid := neo4jPID(uri); pid > 0 {
		return procStatusMB(pid, "VmRSS")
	}
	return 0
}

// cpuSeconds is the CPU time (user and system) a process has used.
func cpuSeconds(pid int) float64 {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name may hold spaces; fields start after its ')'.
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (ut + st) / 100 // USER_HZ is 100 on Linux
}

var _ schema.Store = (*naiveStore)(nil)
