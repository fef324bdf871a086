package main

import (
	"context"
	"fmt"
	"iter"
	"sync"
	"time"

	"newsgraph/loader"
	"newsgraph/schema"
)

// timedStore wraps a store and adds up the time the loader spends in it:
// the meeting-resolution reads (inside the write transaction) and the
// writes. Extraction runs
// in the loader between those calls, so store time is ingest time alone.
type timedStore struct {
	schema.Store
	mu            sync.Mutex
	write, read   time.Duration
	writes, reads int
	rows          int // node and edge rows handed to WriteResolved
	articles      int // articles handed to WriteResolved
	start         time.Time
	progress      []ProgressPoint
	logf          func(string, ...any)
	every         int // record a progress point every this many articles
	next          int
}

// ProgressPoint is where a long load stood: how the time per article grows
// as the graph grows.
type ProgressPoint struct {
	Articles     int     `json:"articles"`
	StoreSeconds float64 `json:"storeSeconds"`
	WallSeconds  float64 `json:"wallSeconds"`
}

// WriteResolved times the loader's transaction: the meeting reads inside it
// count as reading, the rest as writing.
func (t *timedStore) WriteResolved(ctx context.Context, graphs []schema.ArticleGraph, resolve schema.Resolver) error {
	var reading time.Duration
	reads := 0
	start := time.Now()
	timed := resolve
	if resolve != nil {
		timed = func(ctx context.Context, write []schema.ArticleGraph, read schema.ResolveReads) ([]schema.ArticleGraph, error) {
			timedRead := read
			timedRead.MeetingsDated = func(dates, prefixes []string) ([]schema.MeetingSummary, error) {
				start := time.Now()
				defer func() { reading += time.Since(start); reads++ }()
				return read.MeetingsDated(dates, prefixes)
			}
			timedRead.MeetingsUndated = func(participants, dates []string) ([]schema.MeetingSummary, error) {
				start := time.Now()
				defer func() { reading += time.Since(start); reads++ }()
				return read.MeetingsUndated(participants, dates)
			}
			return resolve(ctx, write, timedRead)
		}
	}
	err := t.Store.WriteResolved(ctx, graphs, timed)
	t.mu.Lock()
	t.read += reading
	t.reads += reads
	t.mu.Unlock()
	t.wrote(graphs, time.Since(start)-reading)
	return err
}

// wrote adds up one write of graphs that took d, and records progress.
func (t *timedStore) wrote(graphs []schema.ArticleGraph, d time.Duration) {
	rows := 0
	for _, g := range graphs {
		rows += len(g.Nodes) + len(g.Edges)
	}
	t.mu.Lock()
	t.write += d
	t.writes++
	t.rows += rows
	t.articles += len(graphs)
	if t.every > 0 && t.articles >= t.next {
		pt := ProgressPoint{Articles: t.articles, StoreSeconds: (t.write + t.read).Seconds(), WallSeconds: time.Since(t.start).Seconds()}
		t.progress = append(t.progress, pt)
		t.next = t.articles + t.every
		if t.logf != nil {
			t.logf("  %d articles: store %.1fs, wall %.1fs", pt.Articles, pt.StoreSeconds, pt.WallSeconds)
		}
	}
	t.mu.Unlock()
}

// IngestResult is one load of a corpus into a store.
type IngestResult struct {
	Store     string `json:"store"` // neo4j, neo4j-naive, mem
	Scale     int    `json:"scale"`
	BatchSize int    `json:"batchSize"` // articles per transaction
	Loaders   int    `json:"loaders"`   // concurrent loaders (disjoint shards)
	Articles  int    `json:"articles"`
	Rejected  int    `json:"rejected"`
	// FirstRejection says why the first rejected article was rejected.
	FirstRejection string `json:"firstRejection,omitempty"`
	// Elements is the number of nodes plus relationships in the graph after
	// the load (the store was empty before it).
	Nodes         int `json:"nodes"`
	Relationships int `json:"relationships"`
	Elements      int `json:"elements"`
	// Rows is the node and edge rows the loader handed to WriteResolved, summed over
	// batches: an entity named in many batches is merged once per batch.
	Rows int `json:"rows"`
	// StoreSeconds is the time inside the store: resolution reads plus
	// writes. With several loaders it is the wall time of the load minus
	// nothing: see WallSeconds.
	StoreSeconds float64 `json:"storeSeconds"`
	WriteSeconds float64 `json:"writeSeconds"`
	ReadSeconds  float64 `json:"readSeconds"`
	Transactions int     `json:"transactions"`
	WallSeconds  float64 `json:"wallSeconds"` // extraction included
	ElementsPerS float64 `json:"elementsPerSecond"`
	RowsPerS     float64 `json:"rowsPerSecond"`
	WallElemPerS float64 `json:"wallElementsPerSecond"`
	ArticlesPerS float64 `json:"wallArticlesPerSecond"`
	Note         string  `json:"note,omitempty"`
	ArticleLimit int     `json:"articleLimit,omitempty"`
	// Progress samples the load as it went (long loads only).
	Progress []ProgressPoint `json:"progress,omitempty"`
}

// ingest loads records into store through the real loader and times it.
// With loaders > 1 the records are dealt round robin to that many loaders
// running at once, each its own transactions: the parallel-worker setup of
// SCALING.md.
func ingest(ctx context.Context, store schema.Store, records iter.Seq[loader.Record], batch, loaders int) (IngestResult, error) {
	return ingestLogged(ctx, store, records, batch, loaders, 0, nil)
}

// ingestLogged is ingest that also records (and logs) a progress point
// every `every` articles.
func ingestLogged(ctx context.Context, store schema.Store, records iter.Seq[loader.Record], batch, loaders, every int, logf func(string, ...any)) (IngestResult, error) {
	ts := &timedStore{Store: store, start: time.Now(), every: every, next: every, logf: logf}
	res := IngestResult{BatchSize: batch, Loaders: loaders}
	start := time.Now()
	if loaders <= 1 {
		l := loader.Loader{Store: ts, BatchSize: batch, Log: quietLog}
		rep, err := l.Load(ctx, records)
		if err != nil {
			return res, err
		}
		res.Articles, res.Rejected = rep.Articles, len(rep.Rejected)
		if len(rep.Rejected) > 0 {
			res.FirstRejection = rep.Rejected[0].Error()
		}
	} else {
		chans := make([]chan loader.Record, loaders)
		reps := make([]loader.Report, loaders)
		errs := make([]error, loaders)
		var wg sync.WaitGroup
		for i := range loaders {
			chans[i] = make(chan loader.Record, 64)
			wg.Add(1)
			go func() {
				defer wg.Done()
				l := loader.Loader{Store: ts, BatchSize: batch, Log: quietLog}
				reps[i], errs[i] = l.Load(ctx, func(yield func(loader.Record) bool) {
					for r := range chans[i] {
						if !yield(r) {
							for range chans[i] {
							}
							return
						}
					}
				})
			}()
		}
		i := 0
		for r := range records {
			chans[i%loaders] <- r
			i++
		}
		for _, c := range chans {
			close(c)
		}
		wg.Wait()
		for i := range loaders {
			if errs[i] != nil {
				return res, errs[i]
			}
			res.Articles += reps[i].Articles
			res.Rejected += len(reps[i].Rejected)
			if len(reps[i].Rejected) > 0 && res.FirstRejection == "" {
				res.FirstRejection = reps[i].Rejected[0].Error()
			}
		}
	}
	res.WallSeconds = time.Since(start).Seconds()
	res.WriteSeconds = ts.write.Seconds()
	res.ReadSeconds = ts.read.Seconds()
	res.StoreSeconds = res.WriteSeconds + res.ReadSeconds
	res.Transactions = ts.writes
	res.Rows = ts.rows
	res.Progress = ts.progress
	c, err := store.Counts(ctx)
	if err != nil {
		return res, err
	}
	res.Nodes, res.Relationships, res.Elements = c.Nodes, c.Relationships, c.Nodes+c.Relationships
	if loaders > 1 {
		// Store calls of several loaders overlap; their sum is not time.
		// Parallel loads are rated on wall time alone.
		res.StoreSeconds = res.WallSeconds
		res.Note = fmt.Sprintf("%d loaders at once: rated on wall time, extraction included", loaders)
	}
	if res.StoreSeconds > 0 {
		res.ElementsPerS = float64(res.Elements) / res.StoreSeconds
		res.RowsPerS = float64(res.Rows) / res.StoreSeconds
	}
	if res.WallSeconds > 0 {
		res.WallElemPerS = float64(res.Elements) / res.WallSeconds
		res.ArticlesPerS = float64(res.Articles) / res.WallSeconds
	}
	return res, nil
}

// limit stops a stream after n records (n <= 0: no limit).
func limit(seq iter.Seq[loader.Record], n int) iter.Seq[loader.Record] {
	if n <= 0 {
		return seq
	}
	return func(yield func(loader.Record) bool) {
		i := 0
		for r := range seq {
			if i >= n || !yield(r) {
				return
			}
			i++
		}
	}
}

// until stops a stream once d has passed since its first record (d <= 0:
// never).
func until(seq iter.Seq[loader.Record], d time.Duration) iter.Seq[loader.Record] {
	if d <= 0 {
		return seq
	}
	return func(yield func(loader.Record) bool) {
		var deadline time.Time
		for r := range seq {
			if deadline.IsZero() {
				deadline = time.Now().Add(d)
			} else if time.Now().After(deadline) {
				return
			}
			if !yield(r) {
				return
			}
		}
	}
}
