package graphtest

import (
	"context"
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
	fail  map[string]error // method name -> error to return
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

func (s *recordingStore) record(method, detail string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, storeCall{method, detail})
	return s.fail[method]
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
	s.calls = nil
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

func (s *recordingStore) Meetings(ctx context.Context, f schema.MeetingFilter, offset, limit int) ([]schema.Node, int, error) {
	if err := s.record("Meetings", fmt.Sprintf("limit=%d", limit)); err != nil {
		return nil, 0, err
	}
	return s.Store.Meetings(ctx, f, offset, limit)
}

func (s *recordingStore) Nodes(ctx context.Context, ids []string) (map[string]schema.Node, error) {
	var labels []string
	for _, id := range ids {
		labels = appendNew(labels, schema.LabelOf(id))
	}
	slices.Sort(labels)
	if err := s.record("Nodes", strings.Join(labels, "|")); err != nil {
		return nil, err
	}
	return s.Store.Nodes(ctx, ids)
}

func (s *recordingStore) Edges(ctx context.Context, ids []string, relType string, dir schema.Direction) (map[string][]schema.Edge, error) {
	d := "out"
	if dir == schema.In {
		d = "in"
	}
	if err := s.record("Edges", relType+" "+d); err != nil {
		return nil, err
	}
	return s.Store.Edges(ctx, ids, relType, dir)
}

func (s *recordingStore) FindNodes(ctx context.Context, text string, labels []string) ([]schema.Node, error) {
	if err := s.record("FindNodes", ""); err != nil {
		return nil, err
	}
	return s.Store.FindNodes(ctx, text, labels)
}

func (s *recordingStore) Search(ctx context.Context, text string, labels []string, limit int) ([]schema.SearchHit, error) {
	if err := s.record("Search", ""); err != nil {
		return nil, err
	}
	return s.Store.Search(ctx, text, labels, limit)
}

func (s *recordingStore) Counts(ctx context.Context) (schema.Counts, error) {
	if err := s.record("Counts", ""); err != nil {
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
