package graph

import (
	"context"
	"slices"
	"strings"

	"newsgraph/schema"
)

// spellingCandidates is how many entities search reads by the starts of a
// misspelt text's words before schema.SpellingScore ranks them.
const spellingCandidates = 100

// searchSpelling answers search for a misspelt name ("Zelenskiy" for
// Volodymyr Zelenskyy, "Blinkin" for Antony Blinken) when the text as typed,
// and by its bare name when it leads with a title (searchTitled), found no
// entity but articles. It asks the store for the entities whose words start
// as the text's words start (spellingPrefix: the first half of a long word,
// where transliterations agree), and keeps those that schema.SpellingScore
// finds within a letter or two of every word, each scoring below any name
// that matches as typed; the article hits stay. When a text of several
// words finds none so, a slip in one word's first half may be to blame (an
// accent left out: "Andres Manuel Lopez Obrador" for "Andrés Manuel López
// Obrador"), and the candidates are those of its longest word's start
// alone. It reads the store once or twice more, and not at all when an
// entity matched, no entity label is asked, or every word is too short to
// be misspelt (SpellingEdits).
func (r *queryResolver) searchSpelling(ctx context.Context, text string, labels []string, hits []schema.SearchHit, limit int, p schema.Projection) ([]schema.SearchHit, error) {
	if limit == 0 || slices.ContainsFunc(hits, func(h schema.SearchHit) bool { return h.Node.Label != schema.LabelArticle }) {
		return hits, nil
	}
	var entities []string
	for _, l := range schema.Labels {
		if l != schema.LabelArticle && (labels == nil && schema.SearchesByDefault(l) || slices.Contains(labels, l)) {
			entities = append(entities, l)
		}
	}
	if len(entities) == 0 {
		return hits, nil
	}
	if _, bare, ok := splitTitle(text); ok {
		text = bare
	}
	query, err := schema.SearchQuery(text)
	if err != nil || !slices.ContainsFunc(query, func(w string) bool { return schema.SpellingEdits(w) > 0 }) {
		return hits, err
	}
	starts := make([]string, len(query))
	longest := query[0]
	for i, w := range query {
		starts[i] = spellingPrefix(w)
		if len(w) > len(longest) {
			longest = w
		}
	}
	out := slices.Clone(hits)
	for _, candidates := range []string{strings.Join(starts, " "), spellingPrefix(longest)} {
		found, err := r.Store.Search(ctx, candidates, entities, spellingCandidates, p)
		if err != nil {
			return nil, err
		}
		for _, h := range found {
			if score := schema.SpellingScore(h.Node, query); score > 0 {
				h.Score = score
				out = append(out, h)
			}
		}
		if len(out) > len(hits) || len(query) == 1 {
			break
		}
	}
	slices.SortFunc(out, schema.CompareHits)
	return out[:min(len(out), limit)], nil
}

// spellingPrefix is the start of a query word that a misspelling of it
// keeps: the whole of a word too short to be misspelt, else its first
// half, at least four letters ("zelen" of "zelenskiy", "blin" of "blinkin").
func spellingPrefix(w string) string {
	if schema.SpellingEdits(w) == 0 {
		return w
	}
	r := []rune(w)
	n := max(4, (len(r)+1)/2)
	if n >= len(r) {
		return w
	}
	return string(r[:n])
}
