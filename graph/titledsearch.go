package graph

import (
	"context"
	"slices"
	"strings"

	"newsgraph/gazetteer"
	"newsgraph/schema"
)

// titledSearchPeople is how many people search reads by a titled text's
// bare name before it ranks them by the title: enough that the one who
// holds the office is among them when many share the name ("Wang").
const titledSearchPeople = 50

// searchTitled answers search for a text that leads with a title the
// gazetteer knows ("Secretary Blinken", "Foreign Minister Wang", "Chinese
// President Xi"): names in the graph hold no titles, so as typed it finds
// no one, only articles whose titles say it. hits are the text's hits as
// typed; the people its bare name finds join them, and among those the
// people who hold the title ("Foreign Minister" of Wang Yi's "State
// Councilor and Foreign Minister") keep their score while the rest score
// half of it (Evelyn Wang after Wang Yi and after the articles on Foreign
// Minister Wang); when no one found holds it (an honorific, "Mr. Kerry"),
// every one keeps his score. A person both searches find keeps the higher
// score. Best first (schema.CompareHits), at most limit. It reads the store twice
// more: the bare name's people and their roles; a search of labels without
// people, or of a text without a title, none.
func (r *queryResolver) searchTitled(ctx context.Context, text string, labels []string, hits []schema.SearchHit, limit int, p schema.Projection) ([]schema.SearchHit, error) {
	if labels != nil && !slices.Contains(labels, schema.LabelPerson) {
		return hits, nil
	}
	title, bare, ok := splitTitle(text)
	if !ok || limit == 0 {
		return hits, nil
	}
	people, err := r.Store.Search(ctx, bare, []string{schema.LabelPerson}, max(limit, titledSearchPeople), p)
	if err != nil || len(people) == 0 {
		return hits, err
	}
	ids := make([]string, len(people))
	for i, h := range people {
		ids[i] = h.Node.ID
	}
	nb, err := r.Store.Neighbours(ctx, ids, []schema.EdgeSet{{Type: schema.RelAffiliatedWith, Dir: schema.Out}}, schema.Projection{})
	if err != nil {
		return nil, err
	}
	holds := func(id string) bool {
		return slices.ContainsFunc(nb.Edges[0][id], func(e schema.Edge) bool { return roleHoldsTitle(e.Key, title) })
	}
	if slices.ContainsFunc(ids, holds) {
		for i := range people {
			if !holds(people[i].Node.ID) {
				people[i].Score /= 2
			}
		}
	}
	best := make(map[string]int, len(hits)+len(people))
	out := make([]schema.SearchHit, 0, len(hits)+len(people))
	for _, h := range slices.Concat(hits, people) {
		if i, seen := best[h.Node.ID]; seen {
			out[i].Score = max(out[i].Score, h.Score)
			continue
		}
		best[h.Node.ID] = len(out)
		out = append(out, h)
	}
	slices.SortFunc(out, schema.CompareHits)
	return out[:min(len(out), limit)], nil
}

// titleQualifiers are the words that make a title another office when
// they stand before it in one office's name: a Vice President is no
// President, a Vice Foreign Minister no Minister, an Under Secretary no
// Secretary, a Nominee for Secretary of State not yet one.
var titleQualifiers = map[string]bool{"vice": true, "deputy": true, "under": true, "assistant": true, "former": true, "for": true}

// roleHoldsTitle reports whether role (an affiliation's, as the articles
// state it) holds title, lower-cased words as splitTitle gives them: the
// title's words in a row, with no qualifier before them in the same
// office's name (offices joined by "and" are each their own): "secretary"
// is in "Secretary of State", "foreign minister" in "State Councilor and
// Foreign Minister", "president" not in "Vice President", "minister" not
// in "Vice Foreign Minister"; or the role and the title are one office in
// other words (gazetteer.SameOffice: "defense secretary" of the "Secretary
// of Defense" the loader keys a listed official's role by).
func roleHoldsTitle(role, title string) bool {
	words := strings.Fields(strings.ToLower(role))
	want := strings.Fields(title)
	if len(want) == 0 {
		return false
	}
	if gazetteer.SameOffice(role, title, "") {
		return true // the office in other words: "defense secretary" is the "Secretary of Defense" (roles43)
	}
	qualified := false
	for i, w := range words {
		switch {
		case w == "and" || w == "&":
			qualified = false
		case i+len(want) <= len(words) && slices.Equal(words[i:i+len(want)], want) && !qualified:
			return true
		case titleQualifiers[w]:
			qualified = true
		}
	}
	return false
}
