package neo4jstore

import (
	"context"
	"fmt"
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
