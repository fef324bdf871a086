package graphtest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"newsgraph/schema"
)

// recordingStore wraps a store, records every read the API makes, and can
// be told to fail a method: what the batching and error tests observe.
type recordingStore struct {
	schema.Store

	mu    sync.Mutex
	calls []storeCall
	fail  map[string]error    // method name -> error to return
	block string              // a method that hangs until its context ends
	projs []schema.Projection // of every Neighbours, EdgesAmong and Subgraph call
}

// projections returns the projections of the reads since the last take.
func (s *recordingStore) projections() []schema.Projection {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.projs)
}

func (s *recordingStore) recordProjection(p schema.Projection) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.projs = append(s.projs, p)
}

// storeCall is one read: the method and, where it matters, its shape.
type storeCall struct {
	Method string
	Detail string // "limit=0" for Meetings, "ATTENDED in" for Edges
}

func (c storeCall) String() string {
	if c.Detail == "" {
		return c.Method
	}
	return c.Method + "(" + c.Detail + ")"
}

func newRecordingStore(s schema.Store) *recordingStore {
	return &recordingStore{Store: s, fail: map[string]error{}}
}

func (s *recordingStore) record(ctx context.Context, method, detail string) error {
	s.mu.Lock()
	s.calls = append(s.calls, storeCall{method, detail})
	err, block := s.fail[method], s.block == method
	s.mu.Unlock()
	if block {
		// A store that hangs: only the request's deadline ends the call.
		<-ctx.Done()
		return ctx.Err()
	}
	return err
}

// blockOn makes method hang until its context ends ("" for none).
func (s *recordingStore) blockOn(method string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.block = method
}

// failWith makes method return err from now on.
func (s *recordingStore) failWith(method string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fail[method] = err
}

// take returns the calls recorded since the last take, and forgets them.
func (s *recordingStore) take() []storeCall {
	s.mu.Lock()
	defer s.mu.Unlock()
	calls := s.calls
	s.calls, s.projs = nil, nil
	return calls
}

// tally counts calls by String, sorted, for comparing two requests.
func tally(calls []storeCall) string {
	counts := map[string]int{}
	for _, c := range calls {
		counts[c.String()]++
	}
	var lines []string
	for k, n := range counts {
		lines = append(lines, fmt.Sprintf("%d× %s", n, k))
	}
	slices.Sort(lines)
	return strings.Join(lines, ", ")
}

func (s *recordingStore) Nodes(ctx context.Context, ids []string) (map[string]schema.Node, error) {
	var labels []string
	for _, id := range ids {
		labels = appendNew(labels, schema.LabelOf(id))
	}
	slices.Sort(labels)
	if err := s.record(ctx, "Nodes", strings.Join(labels, "|")); err != nil {
		return nil, err
	}
	return s.Store.Nodes(ctx, ids)
}

func (s *recordingStore) MergedInto(ctx context.Context, ids []string) (map[string]string, error) {
	if err := s.record(ctx, "MergedInto", ""); err != nil {
		return nil, err
	}
	return s.Store.MergedInto(ctx, ids)
}

func (s *recordingStore) FormerIDs(ctx context.Context, ids []string) (map[string][]string, error) {
	if err := s.record(ctx, "FormerIDs", ""); err != nil {
		return nil, err
	}
	return s.Store.FormerIDs(ctx, ids)
}

func (s *recordingStore) FindNodes(ctx context.Context, text string, labels []string) ([]schema.Node, error) {
	if err := s.record(ctx, "FindNodes", ""); err != nil {
		return nil, err
	}
	return s.Store.FindNodes(ctx, text, labels)
}

func (s *recordingStore) Search(ctx context.Context, text string, labels []string, limit int, p schema.Projection) ([]schema.SearchHit, error) {
	if err := s.record(ctx, "Search", ""); err != nil {
		return nil, err
	}
	return s.Store.Search(ctx, text, labels, limit, p)
}

func (s *recordingStore) Counts(ctx context.Context) (schema.Counts, error) {
	if err := s.record(ctx, "Counts", ""); err != nil {
		return schema.Counts{}, err
	}
	return s.Store.Counts(ctx)
}

func appendNew(list []string, s string) []string {
	if !slices.Contains(list, s) {
		list = append(list, s)
	}
	return list
}

func (s *recordingStore) MeetingPages(ctx context.Context, filters []schema.MeetingFilter, offset, limit int) ([]schema.Page, error) {
	detail := fmt.Sprintf("limit=%d", limit)
	var with []string // the edge sets read with the pages, when any
	for _, f := range filters {
		for _, set := range f.With {
			with = appendNew(with, set.Type+" "+dirName(set.Dir))
		}
		if len(f.With) > 0 {
			s.recordProjection(f.WithProjection)
		}
	}
	if len(with) > 0 {
		detail += " with " + strings.Join(with, "+")
	}
	if err := s.record(ctx, "MeetingPages", detail); err != nil {
		return nil, err
	}
	return s.Store.MeetingPages(ctx, filters, offset, limit)
}

func (s *recordingStore) Entities(ctx context.Context, queries []schema.EntityQuery, offset, limit int) ([]schema.Page, error) {
	var labels []string
	for _, q := range queries {
		labels = appendNew(labels, q.Label)
	}
	slices.Sort(labels)
	if err := s.record(ctx, "Entities", strings.Join(labels, "|")+fmt.Sprintf(" limit=%d", limit)); err != nil {
		return nil, err
	}
	return s.Store.Entities(ctx, queries, offset, limit)
}

func (s *recordingStore) EdgesAmong(ctx context.Context, ids []string, p schema.Projection) ([]schema.Edge, error) {
	if err := s.record(ctx, "EdgesAmong", ""); err != nil {
		return nil, err
	}
	s.recordProjection(p)
	return s.Store.EdgesAmong(ctx, ids, p)
}

func (s *recordingStore) EdgesBetween(ctx context.Context, ids, others []string, p schema.Projection) ([]schema.Edge, error) {
	if err := s.record(ctx, "EdgesBetween", ""); err != nil {
		return nil, err
	}
	s.recordProjection(p)
	return s.Store.EdgesBetween(ctx, ids, others, p)
}

func (s *recordingStore) Degrees(ctx context.Context, ids []string) (map[string]int, error) {
	if err := s.record(ctx, "Degrees", ""); err != nil {
		return nil, err
	}
	return s.Store.Degrees(ctx, ids)
}

func (s *recordingStore) Subgraph(ctx context.Context, q schema.SubgraphQuery) (schema.Subgraph, error) {
	if err := s.record(ctx, "Subgraph", ""); err != nil {
		return schema.Subgraph{}, err
	}
	s.recordProjection(q.Projection)
	return s.Store.Subgraph(ctx, q)
}

// Neighbours records a read of nodes alone as Nodes (by the labels of the
// ids), and a read of edge sets as Edges with the sets it read.
func (s *recordingStore) Neighbours(ctx context.Context, ids []string, sets []schema.EdgeSet, p schema.Projection) (schema.Neighbourhood, error) {
	var err error
	if len(sets) == 0 {
		var labels []string
		for _, id := range ids {
			labels = appendNew(labels, schema.LabelOf(id))
		}
		slices.Sort(labels)
		err = s.record(ctx, "Nodes", strings.Join(labels, "|"))
	} else {
		names := make([]string, len(sets))
		for i, set := range sets {
			names[i] = set.Type + " " + dirName(set.Dir)
		}
		slices.Sort(names)
		err = s.record(ctx, "Edges", strings.Join(names, "+"))
	}
	if err != nil {
		return schema.Neighbourhood{}, err
	}
	s.recordProjection(p)
	return s.Store.Neighbours(ctx, ids, sets, p)
}

func dirName(d schema.Direction) string {
	if d == schema.In {
		return "in"
	}
	return "out"
}

func (s *recordingStore) Timeline(ctx context.Context, id, from, to string, kinds []string, after schema.TimelineKey, limit int) ([]schema.TimelineEntry, error) {
	if err := s.record(ctx, "Timeline", ""); err != nil {
		return nil, err
	}
	return s.Store.Timeline(ctx, id, from, to, kinds, after, limit)
}

func (s *recordingStore) CoParticipants(ctx context.Context, id, from, to string, limit int) ([]schema.CoParticipant, error) {
	if err := s.record(ctx, "CoParticipants", ""); err != nil {
		return nil, err
	}
	return s.Store.CoParticipants(ctx, id, from, to, limit)
}

func (s *recordingStore) Relations(ctx context.Context, q schema.RelationsQuery) (schema.Relations, error) {
	if err := s.record(ctx, "Relations", ""); err != nil {
		return schema.Relations{}, err
	}
	return s.Store.Relations(ctx, q)
}

func (s *recordingStore) ShortestPath(ctx context.Context, from, to string, maxHops int, window schema.PathWindow) (*schema.Path, error) {
	if err := s.record(ctx, "ShortestPath", ""); err != nil {
		return nil, err
	}
	return s.Store.ShortestPath(ctx, from, to, maxHops, window)
}

// ReadCypher passes hand-written Cypher through when the store runs it,
// so that wrapping a store does not hide the escape hatch.
func (s *recordingStore) ReadCypher(ctx context.Context, query string, params map[string]any, maxRows int) (schema.CypherResult, error) {
	reader, ok := s.Store.(schema.CypherReader)
	if !ok {
		return schema.CypherResult{}, errors.New("graphtest: the store does not run Cypher")
	}
	if err := s.record(ctx, "ReadCypher", ""); err != nil {
		return schema.CypherResult{}, err
	}
	return reader.ReadCypher(ctx, query, params, maxRows)
}
