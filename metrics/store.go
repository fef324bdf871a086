package metrics

import (
	"context"
	"errors"
	"time"

	"newsgraph/schema"
)

// Store times every call to the store it wraps
// (newsgraph_store_call_duration_seconds). Made by Metrics.Store.
type Store struct {
	schema.Store
	m *Metrics
}

// cypherStore is a Store over a store that also runs Cypher, so that
// wrapping keeps the API's cypher field working.
type cypherStore struct {
	*Store
	reader schema.CypherReader
}

// Store wraps s so that each call is timed. The wrapper is a
// schema.CypherReader when s is one.
func (m *Metrics) Store(s schema.Store) schema.Store {
	w := &Store{Store: s, m: m}
	if r, ok := s.(schema.CypherReader); ok {
		return &cypherStore{Store: w, reader: r}
	}
	return w
}

func (s *Store) observe(method string, start time.Time, err *error) {
	// A node that does not exist is the caller's mistake, answered, not
	// a failure of the store.
	outcome := "ok"
	if unknown := (*schema.UnknownNodeError)(nil); *err != nil && !errors.As(*err, &unknown) {
		outcome = "error"
	}
	s.m.storeCalls.WithLabelValues(method, outcome).Observe(time.Since(start).Seconds())
}

// MeetingPages implements schema.Store.
func (s *Store) MeetingPages(ctx context.Context, filters []schema.MeetingFilter, offset, limit int) (r0 []schema.Page, err error) {
	defer s.observe("MeetingPages", time.Now(), &err)
	return s.Store.MeetingPages(ctx, filters, offset, limit)
}

// Entities implements schema.Store.
func (s *Store) Entities(ctx context.Context, queries []schema.EntityQuery, offset, limit int) (r0 []schema.Page, err error) {
	defer s.observe("Entities", time.Now(), &err)
	return s.Store.Entities(ctx, queries, offset, limit)
}

// EdgesAmong implements schema.Store.
func (s *Store) EdgesAmong(ctx context.Context, ids []string, p schema.Projection) (r0 []schema.Edge, err error) {
	defer s.observe("EdgesAmong", time.Now(), &err)
	return s.Store.EdgesAmong(ctx, ids, p)
}

// EdgesBetween implements schema.Store.
func (s *Store) EdgesBetween(ctx context.Context, ids, others []string, p schema.Projection) (r0 []schema.Edge, err error) {
	defer s.observe("EdgesBetween", time.Now(), &err)
	return s.Store.EdgesBetween(ctx, ids, others, p)
}

// Degrees implements schema.Store.
func (s *Store) Degrees(ctx context.Context, ids []string) (r0 map[string]int, err error) {
	defer s.observe("Degrees", time.Now(), &err)
	return s.Store.Degrees(ctx, ids)
}

// Subgraph implements schema.Store.
func (s *Store) Subgraph(ctx context.Context, q schema.SubgraphQuery) (r0 schema.Subgraph, err error) {
	defer s.observe("Subgraph", time.Now(), &err)
	return s.Store.Subgraph(ctx, q)
}

// Timeline implements schema.Store.
func (s *Store) Timeline(ctx context.Context, id, from, to string, kinds []string, after schema.TimelineKey, limit int) (r0 []schema.TimelineEntry, err error) {
	defer s.observe("Timeline", time.Now(), &err)
	return s.Store.Timeline(ctx, id, from, to, kinds, after, limit)
}

// CoParticipants implements schema.Store.
func (s *Store) CoParticipants(ctx context.Context, personID, from, to string, limit int) (r0 []schema.CoParticipant, err error) {
	defer s.observe("CoParticipants", time.Now(), &err)
	return s.Store.CoParticipants(ctx, personID, from, to, limit)
}

// Relations implements schema.Store.
func (s *Store) Relations(ctx context.Context, q schema.RelationsQuery) (r0 schema.Relations, err error) {
	defer s.observe("Relations", time.Now(), &err)
	return s.Store.Relations(ctx, q)
}

// ShortestPath implements schema.Store.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxHops int, window schema.PathWindow) (r0 *schema.Path, err error) {
	defer s.observe("ShortestPath", time.Now(), &err)
	return s.Store.ShortestPath(ctx, from, to, maxHops, window)
}

// Nodes implements schema.Store.
func (s *Store) Nodes(ctx context.Context, ids []string) (r0 map[string]schema.Node, err error) {
	defer s.observe("Nodes", time.Now(), &err)
	return s.Store.Nodes(ctx, ids)
}

// MergedInto implements schema.Store.
func (s *Store) MergedInto(ctx context.Context, ids []string) (r0 map[string]string, err error) {
	defer s.observe("MergedInto", time.Now(), &err)
	return s.Store.MergedInto(ctx, ids)
}

// FormerIDs implements schema.Store.
func (s *Store) FormerIDs(ctx context.Context, ids []string) (r0 map[string][]string, err error) {
	defer s.observe("FormerIDs", time.Now(), &err)
	return s.Store.FormerIDs(ctx, ids)
}

// Neighbours implements schema.Store.
func (s *Store) Neighbours(ctx context.Context, ids []string, sets []schema.EdgeSet, p schema.Projection) (r0 schema.Neighbourhood, err error) {
	defer s.observe("Neighbours", time.Now(), &err)
	return s.Store.Neighbours(ctx, ids, sets, p)
}

// FindNodes implements schema.Store.
func (s *Store) FindNodes(ctx context.Context, text string, labels []string) (r0 []schema.Node, err error) {
	defer s.observe("FindNodes", time.Now(), &err)
	return s.Store.FindNodes(ctx, text, labels)
}

// Search implements schema.Store.
func (s *Store) Search(ctx context.Context, text string, labels []string, limit int, p schema.Projection) (r0 []schema.SearchHit, err error) {
	defer s.observe("Search", time.Now(), &err)
	return s.Store.Search(ctx, text, labels, limit, p)
}

// WriteResolved implements schema.Store.
func (s *Store) WriteResolved(ctx context.Context, graphs []schema.ArticleGraph, resolve schema.Resolver) (err error) {
	defer s.observe("WriteResolved", time.Now(), &err)
	return s.Store.WriteResolved(ctx, graphs, resolve)
}

// Counts implements schema.Store.
func (s *Store) Counts(ctx context.Context) (r0 schema.Counts, err error) {
	defer s.observe("Counts", time.Now(), &err)
	return s.Store.Counts(ctx)
}

// ReadCypher implements schema.CypherReader.
func (s *cypherStore) ReadCypher(ctx context.Context, query string, params map[string]any, maxRows int) (r0 schema.CypherResult, err error) {
	defer s.observe("ReadCypher", time.Now(), &err)
	return s.reader.ReadCypher(ctx, query, params, maxRows)
}
