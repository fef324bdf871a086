package neo4jstore

import (
	"container/list"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/schema"
)

// searchCandidates is how many full-text hits per requested result are
// re-ranked: Lucene finds candidates in each label's index, and
// schema.Score ranks them, so that both stores rank alike.
const searchCandidates = 5

// articleWithoutText projects an article's properties but its text. It
// names them: {.*, text: null} would still read every text from the store.
const articleWithoutText = "node {.id, .name, aliases: coalesce(node.aliases, []), .title, .date, .url, .source}"

// Search implements schema.Store.
func (s *Store) Search(ctx context.Context, text string, labels []string, limit int, p schema.Projection) ([]schema.SearchHit, error) {
	return s.search(ctx, text, labels, limit, p.Text)
}

// search finds candidates in one statement, each label's from its own
// full-text index (so that no label crowds out another), and ranks them by
// schema's scores. Articles come without their texts: their words come from
// the store's cache (see wordCache), and only the texts it lacks are read,
// in a second statement, and those of the articles returned when withText.
func (s *Store) search(ctx context.Context, text string, labels []string, limit int, withText bool) ([]schema.SearchHit, error) {
	query, err := schema.SearchQuery(text)
	if err != nil {
		return nil, fmt.Errorf("neo4j: search: %w", err)
	}
	if len(query) == 0 || limit <= 0 {
		return nil, nil
	}
	statement := candidatesStatement(labels)
	if statement == "" {
		return nil, nil
	}
	if err := s.awaitOwnWrites(ctx); err != nil {
		return nil, err
	}
	params := map[string]any{"query": fulltextQuery(query, typedTokens(text)), "candidates": max(limit*searchCandidates, 50)}
	recs, err := s.run(ctx, statement, params, false)
	if err != nil {
		return nil, searchError(err)
	}
	nodes, degrees, err := decodeCandidates(recs)
	if err != nil {
		return nil, err
	}
	words, texts, err := s.articleWords(ctx, nodes)
	if err != nil {
		return nil, err
	}
	hits := rankCandidates(nodes, degrees, words, query, limit)
	if !withText {
		return hits, nil
	}
	if err := s.withArticleTexts(ctx, hits, texts); err != nil {
		return nil, err
	}
	return hits, nil
}

// fulltextQuery is the Lucene query of schema.SearchQuery's words: every
// word must match, whole or as the prefix of a longer word, as the embedded
// store matches them. Words hold only letters and digits, so they need no
// escaping.
//
// schema.EachWord ends a word at any other character, but Lucene's standard
// tokenizer (Unicode's word breaks) keeps an apostrophe, a full stop or a
// colon between two letters inside one token: "O'Brien" is the token
// "o'brien", "Côte d’Ivoire" has "d’ivoire" and "U.S. Embassy" "u.s". A word
// after such a character is no token's prefix, so a search for "O'Brien",
// "Brien", "Côte d'Ivoire" or "U.S. Embassy" found nothing on Neo4j while
// the embedded store found them. So a word also matches, as a prefix, the
// tokens of the text as typed that hold it (typedTokens: "o'brien" for the
// "o" and the "brien" of "O'Brien"), and the shared scoring decides as
// before. A word typed without its mark ("Brien") still finds no token
// that holds it after one: a regular expression would, but it reads every
// word of an index, which cost a search five to twenty times as much.
func fulltextQuery(words []string, alternatives func(w string) []string) string {
	clauses := make([]string, len(words))
	for i, w := range words {
		clauses[i] = "+(" + strings.Join(append([]string{w, w + "*"}, alternatives(w)...), " OR ") + ")"
	}
	return strings.Join(clauses, " ")
}

// typedTokens gives, for each word of text, the prefix queries of the
// Lucene tokens of text that join it to a neighbour by one of inWordMarks
// ("o'brien*" for "o" and for "brien" in "O'Brien"), with each apostrophe
// also written as the other one, since articles write both.
func typedTokens(text string) func(w string) []string {
	byWord := map[string][]string{}
	for _, token := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(inWordMarks, r)
	}) {
		token = strings.Trim(token, inWordMarks)
		words := schema.SearchWords(token)
		if len(words) < 2 {
			continue
		}
		forms := []string{token, strings.ReplaceAll(token, "'", "\u2019"), strings.ReplaceAll(token, "\u2019", "'")}
		for _, w := range words {
			for _, f := range forms {
				q := strings.ReplaceAll(f, ":", "\\:") + "*" // ':' is Lucene's field separator
				if !slices.Contains(byWord[w], q) {
					byWord[w] = append(byWord[w], q)
				}
			}
		}
	}
	return func(w string) []string { return byWord[w] }
}

// inWordMarks are the characters a Lucene token keeps between two letters
// or digits: apostrophes (U+0027, U+2018, U+2019, U+FF07), full stops
// (U+002E, U+2024, U+FE52, U+FF0E), the colon and the middle dots (U+00B7,
// U+0387, U+05F4, U+2027, U+FE13, U+FE55, U+FF1A), between digits the comma
// and the semicolon ("1,500"), and the underscore.
const inWordMarks = "'\u2018\u2019\uFF07.\u2024\uFE52\uFF0E:\u00B7\u0387\u05F4\u2027\uFE13\uFE55\uFF1A,;_"

// candidatesStatement is one full-text call a label searched, joined by
// UNION ALL, so that each label has its own candidates; labels empty means
// the labels searched by default. Articles are projected without their
// texts, other nodes without the properties search never returns. It is ""
// where no label is searched.
func candidatesStatement(labels []string) string {
	var parts []string
	for _, l := range schema.Labels {
		if (len(labels) == 0 && schema.SearchesByDefault(l)) || slices.Contains(labels, l) {
			projection, degree := "node {.*, aliasText: null, "+derivedNull+"}", "COUNT { (node)--() }" // as Degrees
			if l == schema.LabelArticle {
				projection, degree = articleWithoutText, "0"
			}
			parts = append(parts, "CALL db.index.fulltext.queryNodes('"+fulltextIndex(l)+"', $query, {limit: $candidates}) YIELD node "+
				"RETURN '"+l+"' AS label, "+projection+" AS n, "+degree+" AS degree")
		}
	}
	return strings.Join(parts, "\nUNION ALL\n")
}

// awaitOwnWrites waits, once after a write, for the full-text indexes to
// hold it: they are eventually consistent, and a search must read the
// store's own writes. A failed wait is tried again by the next search.
func (s *Store) awaitOwnWrites(ctx context.Context) error {
	if !s.unindexed.Swap(false) {
		return nil
	}
	if _, err := s.run(ctx, "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()", nil, false); err != nil {
		s.unindexed.Store(true)
		return fmt.Errorf("neo4j: search: %w", err)
	}
	return nil
}

// decodeCandidates reads the candidate statement's rows as nodes, and
// their degrees by id.
func decodeCandidates(recs []*neo4j.Record) ([]schema.Node, map[string]int, error) {
	nodes := make([]schema.Node, 0, len(recs))
	degrees := make(map[string]int, len(recs))
	var d decoder
	for _, r := range recs {
		node := d.node(column[string](&d, r, "label"), column[map[string]any](&d, r, "n"))
		degree := column[int64](&d, r, "degree")
		if d.err != nil {
			return nil, nil, d.result("search")
		}
		nodes = append(nodes, node)
		degrees[node.ID] = int(degree)
	}
	return nodes, degrees, nil
}

// articleWords returns the words of the candidate articles' texts (by
// article id), from the cache where it has them; the texts it lacks are
// read in one statement, cached as words, and returned too, so that the
// hits need not read them again.
func (s *Store) articleWords(ctx context.Context, nodes []schema.Node) (map[string]schema.Words, map[string]string, error) {
	words := map[string]schema.Words{}
	var missing []string
	for _, n := range nodes {
		if n.Label != schema.LabelArticle {
			continue
		}
		if w, ok := s.words.get(n.ID); ok {
			words[n.ID] = w
		} else {
			missing = append(missing, n.ID)
		}
	}
	if len(missing) == 0 {
		return words, map[string]string{}, nil
	}
	texts, err := s.articleTexts(ctx, missing)
	if err != nil {
		return nil, nil, err
	}
	for id, t := range texts {
		w := schema.TextWords(t)
		words[id] = w
		s.words.put(id, w)
	}
	return words, texts, nil
}

// rankCandidates scores the candidates as the embedded store does (an
// article by its title or the words of its text, any other node by
// schema.SearchScore), keeps those that score, and returns the best limit
// of them in schema.CompareHits' order.
func rankCandidates(nodes []schema.Node, degrees map[string]int, words map[string]schema.Words, query []string, limit int) []schema.SearchHit {
	var hits []schema.SearchHit
	for _, n := range nodes {
		var score float64
		if n.Label == schema.LabelArticle {
			score = max(schema.TitleScore(n, query), schema.TextScore(words[n.ID].Hits(query)))
		} else {
			score = schema.SearchScore(n, query)
		}
		if score > 0 {
			hits = append(hits, schema.SearchHit{Node: n, Score: score, Degree: degrees[n.ID]})
		}
	}
	slices.SortFunc(hits, schema.CompareHits)
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// withArticleTexts sets the text of each article among the hits, from
// texts (read already for their words) or, for those it lacks, read now:
// only the articles returned, not every candidate.
func (s *Store) withArticleTexts(ctx context.Context, hits []schema.SearchHit, texts map[string]string) error {
	var need []string
	for _, h := range hits {
		if _, ok := texts[h.Node.ID]; h.Node.Label == schema.LabelArticle && !ok {
			need = append(need, h.Node.ID)
		}
	}
	if len(need) > 0 {
		more, err := s.articleTexts(ctx, need)
		if err != nil {
			return err
		}
		for id, t := range more {
			texts[id] = t
		}
	}
	for i := range hits {
		n := &hits[i].Node
		if t, ok := texts[n.ID]; ok && n.Label == schema.LabelArticle {
			if n.Props == nil {
				n.Props = map[string]string{}
			}
			n.Props[schema.PropText] = t
		}
	}
	return nil
}

// searchError marks Lucene's refusal of a query of too many clauses,
// which schema.SearchQuery's bounds keep from happening, as
// schema.ErrSearchTooLong: the caller asked too much, the store did not
// fail.
func searchError(err error) error {
	if strings.Contains(err.Error(), "TooManyClauses") {
		return fmt.Errorf("neo4j: search: %w: %w", schema.ErrSearchTooLong, err)
	}
	return fmt.Errorf("neo4j: search: %w", err)
}

// articleTexts reads the texts of articles by id.
func (s *Store) articleTexts(ctx context.Context, ids []string) (map[string]string, error) {
	recs, err := s.run(ctx, "UNWIND $texts.ids AS id MATCH (a:Article {id: id}) RETURN id, a.text AS text",
		map[string]any{"texts": map[string]any{"ids": ids}}, false) // in a map: one plan whatever the number of ids
	if err != nil {
		return nil, fmt.Errorf("neo4j: search: %w", err)
	}
	out := make(map[string]string, len(recs))
	var d decoder
	for _, r := range recs {
		out[column[string](&d, r, "id")] = column[string](&d, r, "text")
	}
	return out, d.result("search")
}

// wordCacheBytes bounds the memory of a store's wordCache: about 6,000
// articles of the corpus, more than the candidates of many searches.
const wordCacheBytes = 32 << 20

// wordCache keeps the words of the article texts that search has read, so
// that a search ships no text it has seen before. Articles never change
// once written (write.go sets their properties on create only), so an
// entry never goes stale. The least recently used go first past
// wordCacheBytes. The zero value is ready.
type wordCache struct {
	mu    sync.Mutex
	max   int // bytes; 0 means wordCacheBytes
	bytes int
	items map[string]*list.Element // of *cachedWords
	order list.List                // most recently used first
}

type cachedWords struct {
	id    string
	words schema.Words
}

func (c *wordCache) get(id string) (schema.Words, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[id]
	if !ok {
		return schema.Words{}, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*cachedWords).words, true
}

func (c *wordCache) put(id string, w schema.Words) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.items == nil {
		c.items = map[string]*list.Element{}
	}
	if _, ok := c.items[id]; ok {
		return
	}
	c.items[id] = c.order.PushFront(&cachedWords{id, w})
	c.bytes += w.Bytes() + len(id)
	limit := c.max
	if limit == 0 {
		limit = wordCacheBytes
	}
	for c.bytes > limit && c.order.Len() > 1 {
		old := c.order.Remove(c.order.Back()).(*cachedWords)
		delete(c.items, old.id)
		c.bytes -= old.words.Bytes() + len(old.id)
	}
}
