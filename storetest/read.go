package storetest

import (
	"context"

	"newsgraph/schema"
)

// The reads below are what tests need beyond what the API and the loader
// call, stated through schema.Store's own methods so that no store needs
// a method for tests alone.

// Write writes graphs as they are, in one transaction.
func Write(ctx context.Context, s schema.Store, graphs []schema.ArticleGraph) error {
	return s.WriteResolved(ctx, graphs, nil)
}

// Meetings is MeetingPages for one filter.
func Meetings(ctx context.Context, s schema.Store, f schema.MeetingFilter, offset, limit int) ([]schema.Node, int, error) {
	pages, err := s.MeetingPages(ctx, []schema.MeetingFilter{f}, offset, limit)
	if err != nil {
		return nil, 0, err
	}
	return pages[0].Nodes, pages[0].Total, nil
}

// Edges returns the edges of one type that touch the given nodes, with
// their evidence, keyed by the given node's id: Neighbours for one edge set.
func Edges(ctx context.Context, s schema.Store, ids []string, relType string, dir schema.Direction) (map[string][]schema.Edge, error) {
	n, err := s.Neighbours(ctx, ids, []schema.EdgeSet{{Type: relType, Dir: dir}}, schema.Projection{Evidence: true})
	if err != nil {
		return nil, err
	}
	return n.Edges[0], nil
}

// MeetingsDated reads the meetings that meeting resolution would see for
// dates and prefixes: through a write transaction that writes nothing.
func MeetingsDated(ctx context.Context, s schema.Store, dates, prefixes []string) ([]schema.MeetingSummary, error) {
	var out []schema.MeetingSummary
	err := s.WriteResolved(ctx, nil, func(ctx context.Context, _ []schema.ArticleGraph, read schema.ResolveReads) ([]schema.ArticleGraph, error) {
		var err error
		out, err = read.MeetingsDated(dates, prefixes)
		return nil, err
	})
	return out, err
}
