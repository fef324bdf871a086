package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
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

// TestRankCandidatesKeepsTheBestThatScore: the candidates are scored as
// the embedded store scores them (an article by its title or its text's
// words), those that do not score are dropped, and the best limit are
// kept in schema.CompareHits' order. No server is needed.
func TestRankCandidatesKeepsTheBestThatScore(t *testing.T) {
	nodes := []schema.Node{
		{ID: "person:joe-biden", Label: schema.LabelPerson, Name: "Joe Biden"},
		{ID: "person:wang-wenbin", Label: schema.LabelPerson, Name: "Wang Wenbin"},
		{ID: "article:a1", Label: schema.LabelArticle, Name: "Talks in Bali"},
		{ID: "person:wang-yi", Label: schema.LabelPerson, Name: "Wang Yi", Aliases: []string{"Wang"}},
		{ID: "article:a2", Label: schema.LabelArticle, Name: "Wang visits Jakarta"},
	}
	words := map[string]schema.Words{
		"article:a1": schema.TextWords("Foreign Minister Wang Yi met the Secretary in Bali."),
		"article:a2": schema.TextWords("The minister arrived on Monday."),
	}
	query, err := schema.SearchQuery("wang")
	if err != nil {
		t.Fatal(err)
	}
	degrees := map[string]int{"person:joe-biden": 9, "person:wang-wenbin": 3, "person:wang-yi": 7}
	all := rankCandidates(nodes, degrees, words, query, 10)
	cases := []struct {
		limit int
		want  []schema.SearchHit
	}{
		{10, all},
		{3, all[:3]},
		{1, all[:1]},
		{0, nil},
	}
	for _, c := range cases {
		if got := rankCandidates(nodes, degrees, words, query, c.limit); len(got)+len(c.want) > 0 && !reflect.DeepEqual(got, c.want) {
			t.Errorf("limit %d: %v, want %v", c.limit, got, c.want)
		}
	}
	if len(all) != 4 || !slices.IsSortedFunc(all, schema.CompareHits) {
		t.Errorf("hits %v: want the four that hold the word (the text's words count), best first", all)
	}
	for _, h := range all {
		if h.Node.ID == "person:joe-biden" || h.Score <= 0 {
			t.Errorf("hit %s scored %v: a candidate that does not score is no hit", h.Node.ID, h.Score)
		}
	}
}

// TestTypedTokensAreLucenesTokensOfTheText: the prefix queries a word gets
// are the tokens Lucene's standard tokenizer makes of the text as typed,
// where a mark joins it to a neighbour, with either apostrophe, and a
// colon escaped; a word no mark joins gets none.
func TestTypedTokensAreLucenesTokensOfTheText(t *testing.T) {
	alternatives := typedTokens("Robert O'Brien, at the U.S. Embassy in Côte d’Ivoire: 1,500 a:b")
	for w, want := range map[string][]string{
		"o":       {"o'brien*", "o\u2019brien*"},
		"brien":   {"o'brien*", "o\u2019brien*"},
		"s":       {"u.s*"},
		"ivoire":  {"d\u2019ivoire*", "d'ivoire*"},
		"500":     {"1,500*"},
		"b":       {`a\:b*`},
		"robert":  nil,
		"embassy": nil,
	} {
		if got := alternatives(w); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", w, got, want)
		}
	}
}
