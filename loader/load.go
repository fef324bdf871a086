package loader

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"

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
}

// Report is the outcome of a load.
type Report struct {
	Articles int     // articles written (or already present unchanged)
	Rejected []error // one per article that was not written, naming file, line and id
}

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
		err := resolveMeetings(ctx, l.Store, graphs)
		if err == nil {
			err = l.Store.Write(ctx, graphs)
		}
		if err != nil {
			// The batch is one transaction, so none of it was written.
			for _, p := range batch {
				rep.Rejected = append(rep.Rejected, &InputError{File: p.file, Line: p.line, ArticleID: p.graph.ArticleID, Err: fmt.Errorf("write failed: %w", err)})
			}
		} else {
			rep.Articles += len(batch)
		}
		batch = batch[:0]
	}
	for rec := range records {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		g, err := Prepare(rec)
		if err != nil {
			rep.Rejected = append(rep.Rejected, err)
			l.logger().Warn("article rejected", "error", err)
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
