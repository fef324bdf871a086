package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// The tables are Markdown, so a run's output pastes into BENCHMARKS.md.

func printExtract(w io.Writer, e ExtractResult) {
	fmt.Fprintf(w, "\n### Extraction\n\n")
	fmt.Fprintf(w, "| articles | words | MB | 1 goroutine: s | words/s per core | articles/s | %d goroutines: s | words/s total | words/s per core |\n", e.Workers)
	fmt.Fprintf(w, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	fmt.Fprintf(w, "| %d | %d | %.1f | %.2f | %s | %.0f | %.2f | %s | %s |\n",
		e.Articles, e.Words, float64(e.Bytes)/(1<<20), e.SingleSeconds, si(e.WordsPerSecCore), e.ArticlesPerSecond,
		e.ParallelSeconds, si(e.WordsPerSecTotal), si(e.WordsPerSecPerCoreP))
}

func printIngest(w io.Writer, rs []IngestResult) {
	fmt.Fprintf(w, "\n### Ingest (scale 1)\n\n")
	fmt.Fprintf(w, "| store | batch | loaders | articles | nodes | rels | elements | rows merged | transactions | store s (write + read) | elements/s | rows/s | wall s (with extraction) | note |\n")
	fmt.Fprintf(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
	for _, r := range rs {
		note := r.Note
		if r.ArticleLimit > 0 {
			note = strings.TrimPrefix(note+fmt.Sprintf("; first %d articles", r.ArticleLimit), "; ")
		}
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %.2f (%.2f + %.2f) | **%s** | %s | %.2f | %s |\n",
			r.Store, r.BatchSize, max(r.Loaders, 1), r.Articles, r.Nodes, r.Relationships, r.Elements, r.Rows, r.Transactions,
			r.StoreSeconds, r.WriteSeconds, r.ReadSeconds, si(r.ElementsPerS), si(r.RowsPerS), r.WallSeconds, note)
	}
}

func printScale(w io.Writer, ss []ScaleResult) {
	fmt.Fprintf(w, "\n### Scale: size, load time and memory\n\n")
	fmt.Fprintf(w, "| scale | articles | nodes | rels | Neo4j load s (store) | Neo4j elements/s | Neo4j disk MB | Neo4j RSS MB | embedded load s (store) | journal MB | embedded start s (CPU s) | embedded heap MB | embedded RSS MB (peak) | API on Neo4j RSS MB (peak) | peer RSS MB (peak) |\n")
	fmt.Fprintf(w, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, s := range ss {
		var arts, nodes, rels int
		neoLoad, neoRate, memLoad := "–", "–", "–"
		if r := s.Neo4jIngest; r != nil {
			arts, nodes, rels = r.Articles, r.Nodes, r.Relationships
			neoLoad = fmt.Sprintf("%.1f (%.1f)", r.WallSeconds, r.StoreSeconds)
			neoRate = si(r.ElementsPerS)
		}
		if r := s.MemIngest; r != nil {
			if arts == 0 {
				arts, nodes, rels = r.Articles, r.Nodes, r.Relationships
			}
			memLoad = fmt.Sprintf("%.1f (%.1f)", r.WallSeconds, r.StoreSeconds)
		}
		fmt.Fprintf(w, "| %d× | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
			s.Scale, arts, nodes, rels, neoLoad, neoRate, f0(s.Neo4jDiskMB), f0(s.Neo4jRSSMB), memLoad, f0(s.MemJournalMB),
			startCell(s), f0(s.MemHeapMB), pair(s.MemRSSMB, s.MemPeakRSSMB), pair(s.OursNeo4jRSSMB, s.OursNeo4jPeak), pair(s.PeerRSSMB, s.PeerPeakRSSMB))
	}
}

func printQueries(w io.Writer, qs []QueryResult, scale int) {
	fmt.Fprintf(w, "\n### Queries at %d×\n\n", scale)
	fmt.Fprintf(w, "| query | clients | API | store | p50 ms | p95 ms | p99 ms | req/s | requests | errors | count | Bolt RUN/req | round trips/req | vs peer req/s | CPU cores: API / Neo4j / load gen |\n")
	fmt.Fprintf(w, "|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
	for _, q := range qs {
		if q.Scale != scale {
			continue
		}
		if q.Skipped != "" {
			fmt.Fprintf(w, "| %s | %d | %s | %s | %s ||||||||||\n", q.Query, q.Clients, q.API, q.Store, q.Skipped)
			continue
		}
		ratio := ""
		if q.API == "newsgraph" && q.Store == "neo4j" {
			if p := findQuery(qs, "peer", "neo4j", q.Query, q.Scale, q.Clients); p != nil && p.Throughput > 0 && p.Skipped == "" {
				ratio = fmt.Sprintf("%.1f×", q.Throughput/p.Throughput)
			}
		}
		trips := func(v float64) string {
			if q.Store != "neo4j" || v == 0 {
				return ""
			}
			return fmt.Sprintf("%.1f", v)
		}
		cpu := fmt.Sprintf("%.2f / %s / %.2f", q.APICPU, map[bool]string{true: "–", false: fmt.Sprintf("%.2f", q.Neo4jCPU)}[q.Store == "mem"], q.LoadGenCPU)
		fmt.Fprintf(w, "| %s | %d | %s | %s | %.2f | %.2f | %.2f | %s | %d | %d | %d | %s | %s | %s | %s |\n",
			q.Query, q.Clients, q.API, q.Store, q.P50ms, q.P95ms, q.P99ms, si(q.Throughput), q.Requests, q.Errors, q.Count,
			trips(q.RunsPerRequest), trips(q.RoundTripsPerRequest), ratio, cpu)
	}
}

func findQuery(qs []QueryResult, api, store, query string, scale, clients int) *QueryResult {
	for i := range qs {
		q := &qs[i]
		if q.API == api && q.Store == store && q.Query == query && q.Scale == scale && q.Clients == clients {
			return q
		}
	}
	return nil
}

// TargetResult is one of issue 6's targets, met or not, with the number.
type TargetResult struct {
	Target   string `json:"target"`
	Measured string `json:"measured"`
	Met      *bool  `json:"met"` // nil: not measured in this run
}

// evaluateTargets measures each of issue 6's targets the results hold, in
// the order the report lists them; a target a run did not measure says so.
func evaluateTargets(r *Results) []TargetResult {
	best, naive := bestIngest(r.Ingest), naiveIngest(r.Ingest)
	out := []TargetResult{ingestRateTarget(best), naiveRatioTarget(r.Ingest, best, naive), xiQueryTarget(r), peerThroughputTarget(r.Queries)}
	out = append(out, embeddedStartTargets(r)...)
	return append(out, memoryTargets(r.Scale)...)
}

// measured is a target met or not, with its number.
func measured(target, number string, met bool) TargetResult {
	return TargetResult{Target: target, Measured: number, Met: &met}
}

// notMet is a target the run measured in part or not at all: no verdict.
func notMet(target, number string) TargetResult {
	return TargetResult{Target: target, Measured: number}
}

// bestIngest is the fastest Neo4j ingest of one loader over the whole
// corpus, the one the target speaks of, or nil.
func bestIngest(rs []IngestResult) *IngestResult {
	var best *IngestResult
	for i := range rs {
		x := &rs[i]
		if x.Store == "neo4j" && x.Loaders <= 1 && x.ArticleLimit == 0 && (best == nil || x.ElementsPerS > best.ElementsPerS) {
			best = x
		}
	}
	return best
}

// naiveIngest is the last naive-path ingest, or nil.
func naiveIngest(rs []IngestResult) *IngestResult {
	var naive *IngestResult
	for i := range rs {
		if rs[i].Store == "neo4j-naive" {
			naive = &rs[i]
		}
	}
	return naive
}

const ingestTarget = "Neo4j ingest ≥ 20,000 graph elements/s"

// ingestRateTarget: the best Neo4j ingest reaches 20,000 elements/s.
func ingestRateTarget(best *IngestResult) TargetResult {
	if best == nil {
		return notMet(ingestTarget, "not measured")
	}
	return measured(ingestTarget, fmt.Sprintf("%s elements/s (batch %d)", si(best.ElementsPerS), best.BatchSize), best.ElementsPerS >= 20000)
}

const naiveTarget = "Neo4j ingest ≥ 10× the naive path"

// naiveRatioTarget: Neo4j ingest is ten times the naive path's, compared
// on the naive run's own article limit where it had one (a naive load of
// the whole corpus takes too long), the last such run.
func naiveRatioTarget(rs []IngestResult, best, naive *IngestResult) TargetResult {
	if best == nil || naive == nil || !(naive.ElementsPerS > 0) {
		return notMet(naiveTarget, "not measured")
	}
	ref := best
	if naive.ArticleLimit > 0 {
		for i := range rs {
			if x := &rs[i]; x.Store == "neo4j" && x.ArticleLimit == naive.ArticleLimit {
				ref = x
			}
		}
	}
	ratio := ref.ElementsPerS / naive.ElementsPerS
	return measured(naiveTarget, fmt.Sprintf("%.1f× (%s vs %s elements/s, batch %d)", ratio, si(ref.ElementsPerS), si(naive.ElementsPerS), ref.BatchSize), ratio >= 10)
}

const xiTarget = "Xi query p50 ≤ 5 ms on Neo4j at 100×"

// xiQueryTarget: the Xi query's median at 100× is at most 5 ms; a run
// without 100× gives its largest scale's number, with no verdict.
func xiQueryTarget(r *Results) TargetResult {
	if q := xiAt(r, 100); q != nil {
		return measured(xiTarget, fmt.Sprintf("%.2f ms", q.P50ms), q.P50ms <= 5)
	}
	largest := 0
	var at *QueryResult
	for _, s := range r.Scale {
		if q := xiAt(r, s.Scale); q != nil && s.Scale > largest {
			largest, at = s.Scale, q
		}
	}
	if at == nil {
		return notMet(xiTarget, "not measured")
	}
	return notMet(xiTarget, fmt.Sprintf("not run at 100×; %.2f ms at %d×", at.P50ms, largest))
}

// xiAt is the Xi query on Neo4j at a scale with one client, if it ran.
func xiAt(r *Results, scale int) *QueryResult {
	if q := findQuery(r.Queries, "newsgraph", "neo4j", "xi", scale, 1); q != nil && q.Requests > 0 {
		return q
	}
	return nil
}

const peerTarget = "Throughput ≥ 2× the peer's on the same queries"

// peerThroughputTarget: every query the API and the peer both ran on
// Neo4j, at the same scale and clients, has twice the peer's throughput.
func peerThroughputTarget(qs []QueryResult) TargetResult {
	var ratios []string
	allMet := true
	for _, q := range qs {
		ratio, ok := peerRatio(qs, q)
		if !ok {
			continue
		}
		if ratio < 2 {
			allMet = false
		}
		ratios = append(ratios, fmt.Sprintf("%s %d× c%d: %.1f×", q.Query, q.Scale, q.Clients, ratio))
	}
	if len(ratios) == 0 {
		return notMet(peerTarget, "not measured")
	}
	return measured(peerTarget, strings.Join(ratios, "; "), allMet)
}

// peerRatio is the API's throughput over the peer's on query q, where q
// is the API's on Neo4j and both ran it.
func peerRatio(qs []QueryResult, q QueryResult) (float64, bool) {
	if q.API != "newsgraph" || q.Store != "neo4j" || q.Skipped != "" || q.Requests == 0 {
		return 0, false
	}
	p := findQuery(qs, "peer", "neo4j", q.Query, q.Scale, q.Clients)
	if p == nil || p.Skipped != "" || p.Throughput == 0 {
		return 0, false
	}
	return q.Throughput / p.Throughput, true
}

// embeddedStartTargets: the embedded store starts with the full corpus in
// at most 2 s, one row a 1× run that timed it.
func embeddedStartTargets(r *Results) []TargetResult {
	var out []TargetResult
	for _, s := range r.Scale {
		if s.Scale == 1 && s.MemOpenSeconds > 0 {
			out = append(out, measured("Embedded store start with the full corpus ≤ 2 s", fmt.Sprintf("%.2f s (%s)", s.MemOpenSeconds, r.Corpus), s.MemOpenSeconds <= 2))
		}
	}
	return out
}

// memoryTargets: the API's peak RSS at 10× is at most 300 MB on each
// store it was measured on, one row a 10× run that measured any.
func memoryTargets(ss []ScaleResult) []TargetResult {
	var out []TargetResult
	for _, s := range ss {
		if s.Scale != 10 {
			continue
		}
		if parts, met := memoryAt10(s); len(parts) > 0 {
			out = append(out, measured("Memory ≤ 300 MB at 10×", strings.Join(parts, "; "), met))
		}
	}
	return out
}

// memoryAt10 is what a 10× run measured of the API's memory, on Neo4j
// and on the embedded store, and whether each is within 300 MB.
func memoryAt10(s ScaleResult) (parts []string, met bool) {
	met = true
	if s.OursNeo4jPeak > 0 {
		parts = append(parts, fmt.Sprintf("API on Neo4j: %.0f MB peak RSS", s.OursNeo4jPeak))
		met = met && s.OursNeo4jPeak <= 300
	}
	if s.MemPeakRSSMB > 0 {
		parts = append(parts, fmt.Sprintf("API on the embedded store: %.0f MB peak RSS (%.0f MB live heap)", s.MemPeakRSSMB, s.MemHeapMB))
		met = met && s.MemPeakRSSMB <= 300
	}
	return parts, met
}

func printTargets(w io.Writer, ts []TargetResult) {
	fmt.Fprintf(w, "\n### Targets\n\n| target | measured | met |\n|---|---|---|\n")
	for _, t := range ts {
		met := "not measured"
		if t.Met != nil {
			met = map[bool]string{true: "yes", false: "**no**"}[*t.Met]
		}
		fmt.Fprintf(w, "| %s | %s | %s |\n", t.Target, t.Measured, met)
	}
}

// si formats a rate with thousands separators.
func si(v float64) string {
	n := int64(v + 0.5)
	s := fmt.Sprint(n)
	var b []byte
	for i, c := range []byte(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	return string(b)
}

func f0(v float64) string {
	if v == 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f", v)
}

func f2(v float64) string {
	if v == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f", v)
}

// startCell is the embedded store's start, with its CPU time when the
// results have it (older ones do not).
func startCell(s ScaleResult) string {
	if s.MemOpenCPUSeconds == 0 {
		return f2(s.MemOpenSeconds)
	}
	return fmt.Sprintf("%.2f (%.2f)", s.MemOpenSeconds, s.MemOpenCPUSeconds)
}

func pair(a, b float64) string {
	if a == 0 && b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f (%.0f)", a, b)
}

// printSideBySide prints one table per scale with the three APIs side by
// side: newsgraph on the embedded store, newsgraph on Neo4j, and the peer
// on the same Neo4j.
func printSideBySide(w io.Writer, qs []QueryResult, scale int) {
	type key struct {
		query   string
		clients int
	}
	var order []key
	seen := map[key]bool{}
	for _, q := range qs {
		k := key{q.Query, q.Clients}
		if q.Scale == scale && !seen[k] {
			seen[k] = true
			order = append(order, k)
		}
	}
	if len(order) == 0 {
		return
	}
	fmt.Fprintf(w, "\n#### %d×\n\n", scale)
	fmt.Fprintf(w, "| query | clients | newsgraph, embedded: p50 / p95 / p99 ms | req/s | newsgraph, Neo4j: p50 / p95 / p99 ms | req/s | peer, Neo4j: p50 / p95 / p99 ms | req/s | newsgraph ÷ peer req/s | Bolt RUN per request: newsgraph / peer | round trips: newsgraph / peer |\n")
	fmt.Fprintf(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	cell := func(q *QueryResult) (string, string) {
		switch {
		case q == nil:
			return "–", "–"
		case q.Skipped != "":
			return q.Skipped, "–"
		case q.Requests == 0:
			return "failed: " + q.FirstError, "0"
		}
		lat := fmt.Sprintf("%s / %s / %s", ms(q.P50ms), ms(q.P95ms), ms(q.P99ms))
		if q.Errors > 0 {
			lat += fmt.Sprintf(" (%d errors)", q.Errors)
		}
		return lat, si1(q.Throughput)
	}
	for _, k := range order {
		mem := findQuery(qs, "newsgraph", "mem", k.query, scale, k.clients)
		neo := findQuery(qs, "newsgraph", "neo4j", k.query, scale, k.clients)
		peer := findQuery(qs, "peer", "neo4j", k.query, scale, k.clients)
		ml, mr := cell(mem)
		nl, nr := cell(neo)
		pl, pr := cell(peer)
		ratio, runs, trips := "–", "–", "–"
		if neo != nil && peer != nil && neo.Requests > 0 && peer.Throughput > 0 {
			ratio = fmt.Sprintf("%.1f×", neo.Throughput/peer.Throughput)
		}
		if neo != nil && peer != nil && (neo.RunsPerRequest > 0 || peer.RunsPerRequest > 0) {
			runs = fmt.Sprintf("%.1f / %.1f", neo.RunsPerRequest, peer.RunsPerRequest)
			trips = fmt.Sprintf("%.1f / %.1f", neo.RoundTripsPerRequest, peer.RoundTripsPerRequest)
		}
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", k.query, k.clients, ml, mr, nl, nr, pl, pr, ratio, runs, trips)
	}
}

// ms formats milliseconds with sensible precision.
func ms(v float64) string {
	switch {
	case v >= 1000:
		return fmt.Sprintf("%.0f", v)
	case v >= 10:
		return fmt.Sprintf("%.0f", v)
	default:
		return fmt.Sprintf("%.1f", v)
	}
}

// si1 formats a rate: one decimal below 10, thousands separators above.
func si1(v float64) string {
	if v < 10 {
		return fmt.Sprintf("%.1f", v)
	}
	return si(v)
}

// printReport prints every table of saved results (-report), merging
// several files in order.
func printReport(w io.Writer, files []string) error {
	var all Results
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		var r Results
		if err := json.Unmarshal(b, &r); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		fmt.Fprintf(w, "<!-- %s: %s, %s to %s, git %s -->\n", f, r.Command, r.Started, r.Finished, r.Git)
		if all.Machine.Cores == 0 {
			all.Machine = r.Machine
			all.Corpus = r.Corpus
		}
		if r.Extract != nil {
			all.Extract = r.Extract
		}
		all.Ingest = append(all.Ingest, r.Ingest...)
		all.Scale = append(all.Scale, r.Scale...)
		all.Queries = append(all.Queries, r.Queries...)
	}
	m := all.Machine
	fmt.Fprintf(w, "\nMachine: %d cores (%s), %.1f GiB, %s, %s, Neo4j %s, Node.js %s\n", m.Cores, m.CPU, m.MemoryGiB, m.OS, m.Go, m.Neo4j, m.Node)
	if all.Extract != nil {
		printExtract(w, *all.Extract)
	}
	if len(all.Ingest) > 0 {
		printIngest(w, all.Ingest)
	}
	if len(all.Scale) > 0 {
		printScale(w, all.Scale)
	}
	var scales []int
	for _, s := range all.Scale {
		scales = append(scales, s.Scale)
	}
	for _, s := range scales {
		printSideBySide(w, all.Queries, s)
	}
	all.Corpus = all.Corpus + ""
	printTargets(w, evaluateTargets(&all))
	return nil
}
