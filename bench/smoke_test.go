package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/neo4jstore"
	"newsgraph/neo4jstore/neo4jtest"
)

// TestMain lets the test binary serve as the API child that the benchmark
// starts (it re-executes itself), as the bench binary does.
func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "serve" {
		runChild()
		return
	}
	os.Exit(m.Run())
}

// TestBenchSmoke runs the whole benchmark command on the bundled samples
// with tiny counts, on the embedded store, and on Neo4j when NEO4J_URI is
// set (the peer too when BENCH_PEER=1: it needs Node.js and npm ci). It
// checks that every section ran and that the APIs answered without errors
// and agreed; it never looks at a time.
func TestBenchSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every section of the benchmark on the samples")
	}
	out := filepath.Join(t.TempDir(), "smoke.json")
	args := []string{
		"-corpus", "samples", "-scales", "1,2", "-batches", "10,100", "-scale-batch", "100",
		"-naive-articles", "5", "-loaders", "2", "-clients", "1,2",
		"-duration", "200ms", "-max-requests", "20", "-warmup", "1", "-trip-requests", "2",
		"-out", out,
	}
	neo := false
	if _, ok := neo4jstore.ConfigFromEnv(); ok || os.Getenv("NEWSGRAPH_REQUIRE_NEO4J") == "1" {
		s := neo4jtest.Open(t) // fails without a server when it is required; wipes it
		_ = s
		cfg, _ := neo4jstore.ConfigFromEnv()
		args = append(args, "-neo4j", cfg.URI)
		neo = true
	}
	if os.Getenv("BENCH_PEER") != "1" {
		args = append(args, "-peer", "off")
	}
	var stdout strings.Builder
	if err := run(context.Background(), args, &stdout, io.Discard); err != nil {
		t.Fatal(err)
	}
	t.Log(stdout.String())
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var res Results
	if err := json.Unmarshal(b, &res); err != nil {
		t.Fatal(err)
	}
	if res.Extract == nil || res.Extract.Words == 0 {
		t.Error("no extraction result")
	}
	stores := map[string]bool{}
	for _, r := range res.Ingest {
		stores[r.Store] = true
		if r.Articles == 0 || r.Elements == 0 || r.Rejected > 0 {
			t.Errorf("ingest %s batch %d: %d articles, %d elements, %d rejected (%s)", r.Store, r.BatchSize, r.Articles, r.Elements, r.Rejected, r.FirstRejection)
		}
	}
	want := []string{"mem"}
	if neo {
		want = append(want, "neo4j", "neo4j-naive")
	}
	for _, s := range want {
		if !stores[s] {
			t.Errorf("no ingest result for %s", s)
		}
	}
	if len(res.Scale) != 2 {
		t.Fatalf("%d scale results, want 2", len(res.Scale))
	}
	if a, b := res.Scale[0].MemIngest, res.Scale[1].MemIngest; a == nil || b == nil || b.Articles != 2*a.Articles || b.Nodes <= a.Nodes {
		t.Errorf("scale 2 should hold twice the articles and more nodes than scale 1: %+v, %+v", a, b)
	}
	counts := map[string]int{} // query/scale -> count
	for _, q := range res.Queries {
		if q.Skipped != "" {
			continue
		}
		if q.Errors > 0 || q.Requests == 0 {
			t.Errorf("%s on %s/%s at %d× with %d clients: %d requests, %d errors (%s)", q.Query, q.API, q.Store, q.Scale, q.Clients, q.Requests, q.Errors, q.FirstError)
		}
		if q.API == "newsgraph" {
			key := q.Query + "/" + string(rune('0'+q.Scale))
			if c, ok := counts[key]; ok && c != q.Count {
				t.Errorf("%s at %d×: newsgraph answered %d on one store and %d on another", q.Query, q.Scale, c, q.Count)
			}
			counts[key] = q.Count
		}
		if neo && q.Store == "neo4j" && q.RoundTripsPerRequest == 0 {
			t.Errorf("%s on %s: no Bolt round trips counted", q.Query, q.API)
		}
	}
	if len(res.Targets) == 0 {
		t.Error("no targets evaluated")
	}
}
