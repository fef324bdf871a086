package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"newsgraph/schema"
)

// SearchWithText is search, with or without the hits' article texts, for
// tests of this package.
func (s *Store) SearchWithText(ctx context.Context, text string, labels []string, limit int, withText bool) ([]schema.SearchHit, error) {
	return s.search(ctx, text, labels, limit, withText)
}

// CachedArticles is how many articles' words the store keeps.
func (s *Store) CachedArticles() int {
	s.words.mu.Lock()
	defer s.words.mu.Unlock()
	return len(s.words.items)
}

func TestWordCacheDropsTheLeastRecentlyUsedPastItsBound(t *testing.T) {
	w := schema.TextWords("one two three four five six seven eight nine ten")
	c := wordCache{max: 3 * (w.Bytes() + len("a0"))}
	for i := range 3 {
		c.put(fmt.Sprint("a", i), w)
	}
	if _, ok := c.get("a0"); !ok { // a0 is now the most recently used
		t.Fatal("a0 missing before the bound was reached")
	}
	c.put("a3", w)
	if _, ok := c.get("a1"); ok {
		t.Error("a1, the least recently used, was kept past the bound")
	}
	for _, id := range []string{"a0", "a2", "a3"} {
		if got, ok := c.get(id); !ok || got.Len() != 10 {
			t.Errorf("%s: %v, %d words", id, ok, got.Len())
		}
	}
	if c.bytes > c.max || len(c.items) != 3 || c.order.Len() != 3 {
		t.Errorf("%d bytes of %d, %d items, %d in order", c.bytes, c.max, len(c.items), c.order.Len())
	}
}

// TestLuceneTooManyClausesIsSearchTooLong: a full-text query past Lucene's
// clause limit is the caller asking too much (INVALID_ARGUMENT in the
// API), not a store failure. schema.SearchQuery keeps Search's own
// queries far below the limit, so this runs one by hand.
func TestLuceneTooManyClausesIsSearchTooLong(t *testing.T) {
	ctx := context.Background()
	s := openForTest(t)
	clauses := make([]string, 2000)
	for i := range clauses {
		clauses[i] = fmt.Sprintf("+(w%d OR w%d*)", i, i)
	}
	_, err := s.run(ctx, "CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node",
		map[string]any{"index": fulltextIndex(schema.LabelPerson), "query": strings.Join(clauses, " ")}, false)
	if err == nil {
		t.Fatal("Lucene took 4,000 clauses; the test no longer reaches its limit")
	}
	if got := searchError(err); !errors.Is(got, schema.ErrSearchTooLong) {
		t.Errorf("searchError(%v) = %v, want schema.ErrSearchTooLong", err, got)
	}
	if got := searchError(errors.New("connection reset")); errors.Is(got, schema.ErrSearchTooLong) {
		t.Errorf("searchError of another error = %v, want it not to be ErrSearchTooLong", got)
	}
}
