package loader

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"slices"

	"newsgraph/loader/extract"
	"newsgraph/schema"
)

// DefaultBatchSize is how many articles go into one write transaction.
const DefaultBatchSize = 100

// Loader reads, extracts and writes articles.
type Loader struct {
	Store     schema.Store
	BatchSize int // articles per transaction; DefaultBatchSize when 0
	Read      ReadOptions
	Log       *slog.Logger
	// TrackAdded makes the load report what it added to the graph
	// (Report.Added), at the cost of two more store reads per batch. The
	// API turns it into live updates; the load command does without.
	TrackAdded bool
	// Progress, when set, counts the articles loaded, skipped and rejected
	// as the load goes, for a progress report.
	Progress *Progress
}

// Report is the outcome of a load.
type Report struct {
	Articles   int      // articles written: new, or replacing a changed one
	ArticleIDs []string // their ids, in the order written
	Skipped    int      // articles already stored with the same content
	SkippedIDs []string // their ids, in input order
	Rejected   []error  // one per article that was not written, naming file, line and id
	// Added, with Loader.TrackAdded, is what the load added: the nodes and
	// edges the store did not hold before, as written. Two loads that run
	// at once may both report a node that both wrote. A stored meeting that
	// the load merged into another (schema.MeetingMerge) is in Added.Merged;
	// its edges, moved to the other, are not in Added.Edges.
	Added Added
}

// Added is what a load added to the graph.
type Added struct {
	Nodes []schema.Node
	Edges []schema.Edge
	// Merged are the stored meetings that the load merged into others and
	// so removed: a client that holds From drops it and reads Into again.
	// Into is the meeting that holds From at the load's end, not the next
	// link of a chain (a month's node into a day's, that day's into the
	// next, in one batch or across batches): see mergeEnds.
	Merged []schema.MeetingMerge
}

// ErrDuplicateID is the error of an article whose id an earlier article of
// the same load had.
var ErrDuplicateID = errors.New("duplicate article id in this load")

// DuplicateIDError is ErrDuplicateID with where the id was first given, so
// that a caller can name that place its own way (ingestArticles by the
// index in its request).
type DuplicateIDError struct {
	FirstFile string
	FirstLine int
}

func (e *DuplicateIDError) Error() string {
	return fmt.Sprintf("%v: first given at %s:%d", ErrDuplicateID, e.FirstFile, e.FirstLine)
}

func (e *DuplicateIDError) Unwrap() error { return ErrDuplicateID }

// ErrWriteFailed wraps the store error of an article whose batch could not
// be written.
var ErrWriteFailed = errors.New("write failed")

// LoadFiles loads every article of the files. Problems with single articles
// are collected in the report and the rest still load; the error is for
// failures that stop the load as a whole (the context ending).
func (l *Loader) LoadFiles(ctx context.Context, paths ...string) (Report, error) {
	return l.Load(ctx, func(yield func(Record) bool) {
		for _, path := range paths {
			for rec := range ReadFile(path, l.Read) {
				if !yield(rec) {
					return
				}
			}
		}
	})
}

// Load loads a stream of read articles, in batches of BatchSize articles,
// each batch in one transaction.
func (l *Loader) Load(ctx context.Context, records iter.Seq[Record]) (Report, error) {
	var rep Report
	batch := make([]pending, 0, l.batchSize())
	flush := func() {
		if len(batch) == 0 {
			return
		}
		graphs := make([]schema.ArticleGraph, len(batch))
		for i, p := range batch {
			graphs[i] = p.graph
		}
		written, fresh, err := l.write(ctx, graphs)
		if err != nil {
			// The batch is one transaction, so none of it was written.
			for _, p := range batch {
				rep.Rejected = append(rep.Rejected, &InputError{File: p.file, Line: p.line, ArticleID: p.graph.ArticleID, Err: fmt.Errorf("%w: %w", ErrWriteFailed, err)})
			}
			l.Progress.add(0, 0, len(batch))
		} else {
			rep.Articles += len(written)
			rep.Skipped += len(batch) - len(written)
			rep.SkippedIDs = append(rep.SkippedIDs, skippedIDs(graphs, written)...)
			l.Progress.add(len(written), len(batch)-len(written), 0)
			for _, g := range written {
				rep.ArticleIDs = append(rep.ArticleIDs, g.ArticleID)
			}
			if fresh != nil {
				add := fresh()
				rep.Added.Nodes = append(rep.Added.Nodes, add.Nodes...)
				rep.Added.Edges = append(rep.Added.Edges, add.Edges...)
				rep.Added.Merged = mergeEnds(append(rep.Added.Merged, add.Merged...))
			}
		}
		batch = batch[:0]
	}
	firstSeen := map[string]*DuplicateIDError{} // article id -> the file and line that gave it
	for rec := range records {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		if rec.Err == nil {
			// Two texts under one id would merge into one article that cites
			// sentences its own text lacks: the second is refused.
			if first, ok := firstSeen[rec.Article.ID]; ok {
				err := &InputError{File: rec.File, Line: rec.Line, ArticleID: rec.Article.ID, Err: first}
				rep.Rejected = append(rep.Rejected, err)
				l.Progress.add(0, 0, 1)
				l.logger().Debug("article rejected", "error", err) // the caller reports Rejected
				continue
			}
			firstSeen[rec.Article.ID] = &DuplicateIDError{FirstFile: rec.File, FirstLine: rec.Line}
		}
		g, err := Prepare(rec)
		if err != nil {
			rep.Rejected = append(rep.Rejected, err)
			l.Progress.add(0, 0, 1)
			l.logger().Debug("article rejected", "error", err) // the caller reports Rejected
			continue
		}
		batch = append(batch, pending{graph: g, file: rec.File, line: rec.Line})
		if len(batch) >= l.batchSize() {
			flush()
		}
	}
	flush()
	return rep, ctx.Err()
}

// write writes one batch of prepared graphs in one transaction, its
// meetings resolved against the store's: the graphs it wrote (those not
// stored already with the same content) and, with TrackAdded, what they
// added once the write succeeded.
func (l *Loader) write(ctx context.Context, graphs []schema.ArticleGraph) (written []schema.ArticleGraph, fresh func() Added, err error) {
	// Resolution reads and the write share one transaction, so that
	// concurrent loaders see each other's meetings (Store.WriteResolved).
	err = l.Store.WriteResolved(ctx, graphs, func(ctx context.Context, write []schema.ArticleGraph, read schema.ResolveReads) ([]schema.ArticleGraph, error) {
		written = write
		resolved := cloneGraphs(write)
		if err := resolveMeetings(read, resolved); err != nil {
			return nil, err
		}
		if l.TrackAdded {
			var err error
			if fresh, err = notYetStored(ctx, l.Store, resolved); err != nil {
				return nil, err
			}
		}
		return resolved, nil
	})
	return written, fresh, err
}

// skippedIDs are the article ids of a batch that the store did not write.
func skippedIDs(batch, written []schema.ArticleGraph) []string {
	wrote := make(map[string]bool, len(written))
	for _, g := range written {
		wrote[g.ArticleID] = true
	}
	var ids []string
	for _, g := range batch {
		if !wrote[g.ArticleID] {
			ids = append(ids, g.ArticleID)
		}
	}
	return ids
}

// notYetStored reads which nodes and edges of a batch the store holds
// already, and returns what writing the batch will add (call it once the
// write succeeded). It costs two store reads, and a third where the batch
// merges stored meetings (only those the store holds are merged).
func notYetStored(ctx context.Context, store schema.Store, graphs []schema.ArticleGraph) (func() Added, error) {
	nodes, edges := schema.Fold(graphs)
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	have, err := store.Nodes(ctx, ids)
	if err != nil {
		return nil, err
	}
	var merges []schema.MeetingMerge
	var from []string
	for _, g := range graphs {
		for _, m := range g.Absorb {
			if !slices.Contains(from, m.From) {
				merges = append(merges, m)
				from = append(from, m.From)
			}
		}
	}
	ends := schema.MergeEnds(graphs) // as the stores merge them, whatever the order listed
	var stored map[string]schema.Node
	if len(from) > 0 {
		if stored, err = store.Nodes(ctx, from); err != nil {
			return nil, err
		}
	}
	among, err := store.EdgesAmong(ctx, ids, schema.Projection{}) // only the ids are compared
	if err != nil {
		return nil, err
	}
	haveEdge := make(map[string]bool, len(among))
	for _, e := range among {
		haveEdge[e.EdgeID()] = true
	}
	return func() Added {
		var add Added
		for _, n := range nodes {
			if _, ok := have[n.ID]; !ok {
				add.Nodes = append(add.Nodes, n)
			}
		}
		for _, e := range edges {
			if !haveEdge[e.EdgeID()] {
				add.Edges = append(add.Edges, e)
			}
		}
		for _, m := range merges {
			if _, ok := stored[m.From]; ok && ends[m.From] != "" {
				add.Merged = append(add.Merged, schema.MeetingMerge{From: m.From, Into: ends[m.From]})
			}
		}
		return add
	}, nil
}

// mergeEnds takes the merges of a load's batches, in the order they were
// carried out (each batch's already at its chain's end, MergeEnds), to
// where each From is at their end, by the rules the stores keep merged ids
// by (schema.MergedIDs): a into b in one batch and b into c in the next
// are a into c and b into c; a From that is a node again at the end (b
// into a after a into b) is left out. Each From comes once, in the order
// first merged. graphChanged listed a chain's links (analyst45's 3), so a
// client that dropped a read b, which no longer answers.
func mergeEnds(merges []schema.MeetingMerge) []schema.MeetingMerge {
	var ids schema.MergedIDs
	var from []string
	for _, m := range merges {
		ids.Record(m.From, m.Into)
		from = schema.AppendNew(from, m.From)
	}
	out := make([]schema.MeetingMerge, 0, len(from))
	for _, f := range from {
		if into, ok := ids.Into[f]; ok {
			out = append(out, schema.MeetingMerge{From: f, Into: into})
		}
	}
	return out
}

// Prepare extracts one read record and builds its graph, or says why it
// cannot be loaded.
func Prepare(rec Record) (schema.ArticleGraph, error) {
	if rec.Err != nil {
		return schema.ArticleGraph{}, rec.Err
	}
	res, err := extract.Extract(rec.Article)
	if err != nil {
		return schema.ArticleGraph{}, &InputError{File: rec.File, Line: rec.Line, ArticleID: rec.Article.ID, Err: err}
	}
	g := BuildGraph(rec.Article, res)
	if err := schema.Validate(g); err != nil {
		return schema.ArticleGraph{}, &InputError{File: rec.File, Line: rec.Line, ArticleID: rec.Article.ID, Err: err}
	}
	return g, nil
}

type pending struct {
	graph schema.ArticleGraph
	file  string
	line  int
}

func (l *Loader) batchSize() int {
	if l.BatchSize > 0 {
		return l.BatchSize
	}
	return DefaultBatchSize
}

func (l *Loader) logger() *slog.Logger {
	if l.Log != nil {
		return l.Log
	}
	return slog.Default()
}

// ErrRejected is returned by commands when some articles were rejected.
var ErrRejected = errors.New("some articles were rejected")
