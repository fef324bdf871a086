package main

import "testing"

// verdict is a target's row as the report prints its last column.
func verdict(t TargetResult) string {
	switch {
	case t.Met == nil:
		return "none"
	case *t.Met:
		return "yes"
	}
	return "no"
}

// targetCase is a target's step on some results, and the row it should
// give: what it measured and the verdict.
type targetCase struct {
	name             string
	got              TargetResult
	measured, answer string
}

func checkTargets(t *testing.T, cases []targetCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.got.Measured != c.measured || verdict(c.got) != c.answer {
				t.Errorf("got %q (%s), want %q (%s)", c.got.Measured, verdict(c.got), c.measured, c.answer)
			}
		})
	}
}

func TestIngestTargets(t *testing.T) {
	runs := []IngestResult{
		{Store: "neo4j", Loaders: 1, ElementsPerS: 21000, BatchSize: 1000},
		{Store: "neo4j", Loaders: 1, ElementsPerS: 25000, BatchSize: 10000},
		{Store: "neo4j", Loaders: 4, ElementsPerS: 90000, BatchSize: 10000},                   // several loaders: not the target's
		{Store: "neo4j", Loaders: 1, ArticleLimit: 500, ElementsPerS: 30000, BatchSize: 1000}, // part of the corpus: not the target's
		{Store: "neo4j-naive", ArticleLimit: 500, ElementsPerS: 1000},
	}
	best, naive := bestIngest(runs), naiveIngest(runs)
	full := []IngestResult{runs[1], {Store: "neo4j-naive", ElementsPerS: 5000}}
	checkTargets(t, []targetCase{
		{"the fastest single loader over the whole corpus", ingestRateTarget(best), "25,000 elements/s (batch 10000)", "yes"},
		{"below the rate", ingestRateTarget(&IngestResult{ElementsPerS: 19999, BatchSize: 1}), "19,999 elements/s (batch 1)", "no"},
		{"no ingest", ingestRateTarget(bestIngest(nil)), "not measured", "none"},
		{"the naive path against a run of its own article limit", naiveRatioTarget(runs, best, naive), "30.0× (30,000 vs 1,000 elements/s, batch 1000)", "yes"},
		{"the naive path over the whole corpus against the best", naiveRatioTarget(full, bestIngest(full), naiveIngest(full)), "5.0× (25,000 vs 5,000 elements/s, batch 10000)", "no"},
		{"no naive path", naiveRatioTarget(runs[:2], best, nil), "not measured", "none"},
	})
}

func TestXiQueryTarget(t *testing.T) {
	xi := func(scale int, p50 float64) QueryResult {
		return QueryResult{API: "newsgraph", Store: "neo4j", Query: "xi", Scale: scale, Clients: 1, Requests: 10, P50ms: p50}
	}
	scales := []ScaleResult{{Scale: 10}, {Scale: 1}, {Scale: 100}}
	checkTargets(t, []targetCase{
		{"at 100×", xiQueryTarget(&Results{Scale: scales, Queries: []QueryResult{xi(1, 1), xi(100, 3.5)}}), "3.50 ms", "yes"},
		{"too slow at 100×", xiQueryTarget(&Results{Scale: scales, Queries: []QueryResult{xi(100, 6)}}), "6.00 ms", "no"},
		{"the largest scale run, no verdict", xiQueryTarget(&Results{Scale: scales[:2], Queries: []QueryResult{xi(1, 1), xi(10, 2)}}), "not run at 100×; 2.00 ms at 10×", "none"},
		{"a query of no requests is not run", xiQueryTarget(&Results{Scale: scales, Queries: []QueryResult{{API: "newsgraph", Store: "neo4j", Query: "xi", Scale: 100, Clients: 1}}}), "not measured", "none"},
	})
}

func TestPeerThroughputTarget(t *testing.T) {
	q := func(api, query string, clients int, throughput float64) QueryResult {
		return QueryResult{API: api, Store: "neo4j", Query: query, Scale: 1, Clients: clients, Requests: 10, Throughput: throughput}
	}
	skipped, ourSkipped := q("peer", "search", 1, 10), q("newsgraph", "shortestPath", 1, 30)
	skipped.Skipped, ourSkipped.Skipped = "no such query", "not run"
	checkTargets(t, []targetCase{
		{"every query twice the peer's", peerThroughputTarget([]QueryResult{q("newsgraph", "xi", 1, 30), q("peer", "xi", 1, 10)}), "xi 1× c1: 3.0×", "yes"},
		{"one query below", peerThroughputTarget([]QueryResult{q("newsgraph", "xi", 1, 30), q("peer", "xi", 1, 10), q("newsgraph", "xi", 8, 15), q("peer", "xi", 8, 10)}), "xi 1× c1: 3.0×; xi 1× c8: 1.5×", "no"},
		{"a query the peer skipped is left out", peerThroughputTarget([]QueryResult{q("newsgraph", "xi", 1, 30), q("peer", "xi", 1, 10), q("newsgraph", "search", 1, 1), skipped}), "xi 1× c1: 3.0×", "yes"},
		{"a query the API skipped is left out", peerThroughputTarget([]QueryResult{q("newsgraph", "xi", 1, 30), q("peer", "xi", 1, 10), ourSkipped, q("peer", "shortestPath", 1, 10)}), "xi 1× c1: 3.0×", "yes"},
		{"no query of both", peerThroughputTarget([]QueryResult{q("newsgraph", "xi", 1, 30)}), "not measured", "none"},
	})
}

func TestScaleTargets(t *testing.T) {
	r := &Results{Corpus: "c.jsonl", Scale: []ScaleResult{
		{Scale: 1, MemOpenSeconds: 1.5},
		{Scale: 1},
		{Scale: 10, OursNeo4jPeak: 250, MemPeakRSSMB: 320, MemHeapMB: 90},
		{Scale: 10, MemPeakRSSMB: 200, MemHeapMB: 80},
		{Scale: 10, OursNeo4jPeak: 350},
		{Scale: 10},
		{Scale: 100, MemOpenSeconds: 3, MemPeakRSSMB: 900},
	}}
	starts, mems := embeddedStartTargets(r), memoryTargets(r.Scale)
	if len(starts) != 1 || len(mems) != 3 {
		t.Fatalf("got %d start rows and %d memory rows, want 1 and 3", len(starts), len(mems))
	}
	checkTargets(t, []targetCase{
		{"the start of a 1× run", starts[0], "1.50 s (c.jsonl)", "yes"},
		{"one store above 300 MB", mems[0], "API on Neo4j: 250 MB peak RSS; API on the embedded store: 320 MB peak RSS (90 MB live heap)", "no"},
		{"the embedded store alone", mems[1], "API on the embedded store: 200 MB peak RSS (80 MB live heap)", "yes"},
		{"Neo4j alone, above 300 MB", mems[2], "API on Neo4j: 350 MB peak RSS", "no"},
	})
}
