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
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
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
	MemOpenSeconds float64       `json:"memOpenSeconds,omitempty"` // embedded store start: its snapshot, then the journal after it
	// MemOpenCPUSeconds is the start's CPU time, and MemOpenLoad the
	// machine's load average (1 minute) when it began: a start much longer
	// than its CPU time waited for a core.
	MemOpenCPUSeconds float64 `json:"memOpenCPUSeconds,omitempty"`
	MemOpenLoad       float64 `json:"memOpenLoad,omitempty"`
	MemJournalMB      float64 `json:"memJournalMB,omitempty"`
	MemHeapMB         float64 `json:"memHeapMB,omitempty"` // live heap of the API over the embedded store, after start
	MemRSSMB          float64 `json:"memRSSMB,omitempty"`
	MemPeakRSSMB      float64 `json:"memPeakRSSMB,omitempty"` // after the query runs
	OursNeo4jRSSMB    float64 `json:"oursNeo4jRSSMB,omitempty"`
	OursNeo4jPeak     float64 `json:"oursNeo4jPeakRSSMB,omitempty"`
	PeerRSSMB         float64 `json:"peerRSSMB,omitempty"`
	PeerPeakRSSMB     float64 `json:"peerPeakRSSMB,omitempty"`
	Neo4jDiskMB       float64 `json:"neo4jDiskMB,omitempty"`
	Neo4jRSSMB        float64 `json:"neo4jRSSMB,omitempty"`
}

const replayNote = "Scale k is the real corpus replayed k times: replay 0 is the real articles; replay r > 0 gives every article a fresh id (<id>~r<r>), shifts its publication date and every year in its title and text (1950-2099) forward by r years, so each replay reports new meetings among the same people, countries and places."
