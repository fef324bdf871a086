package graph

import (
	"context"
	"strings"

	"newsgraph/schema"
)

// personNamed picks the person that person(name:) means among found, the
// people whose name or an alias matches. A full name that is the node's own
// name wins. Otherwise (a one-word name, or an alias alone) the one with the
// most meetings wins, and where no one has a meeting the one the most
// articles name: "Biden" is the name of a one-word node an article's
// half-name made ("the Biden Cancer Moonshot", no one), an alias of Joe
// Biden and of Jill Biden, and an analyst who asks for "Biden" means the
// Biden the graph knows best (trial37: person(name: "biden") answered the
// stub, with no meetings); "Trump" is Donald Trump, whom 71 open articles
// name, not the stub that 18 do. Among people with the same number of
// meetings the store's order decides (bestMet takes its first); the node
// named so exactly wins only where no one has a meeting and on a tie of
// articles, then the first found, as before.
func (r *queryResolver) personNamed(ctx context.Context, name string, found []schema.Node) (schema.Node, error) {
	exact := -1
	for i, n := range found {
		if strings.EqualFold(n.Name, name) {
			if strings.Contains(strings.TrimSpace(n.Name), " ") {
				return n, nil // "Joe Biden"
			}
			exact = i
			break
		}
	}
	if len(found) == 1 {
		return found[0], nil
	}
	best, err := r.bestMet(ctx, found)
	if err != nil || best >= 0 {
		return pick(found, best), err
	}
	best, err = r.mostNamed(ctx, found, exact)
	if err != nil || best >= 0 {
		return pick(found, best), err
	}
	if exact >= 0 {
		return found[exact], nil
	}
	return found[0], nil
}

func pick(found []schema.Node, i int) schema.Node {
	if i < 0 {
		return schema.Node{}
	}
	return found[i]
}

// bestMet is the index in found of the person with the most meetings, -1
// if no one has one.
func (r *queryResolver) bestMet(ctx context.Context, found []schema.Node) (int, error) {
	ids := make([]string, len(found))
	for i, n := range found {
		ids[i] = n.ID
	}
	pages, err := r.Store.Entities(ctx, []schema.EntityQuery{{Label: schema.LabelPerson, IDs: ids, Order: schema.OrderMeetings, Desc: true}}, 0, 1)
	if err != nil || len(pages) != 1 || len(pages[0].Nodes) == 0 || len(pages[0].Counts) == 0 || pages[0].Counts[0] == 0 {
		return -1, err
	}
	for i, n := range found {
		if n.ID == pages[0].Nodes[0].ID {
			return i, nil
		}
	}
	return -1, nil
}

// mostNamed is the index in found of the person the most articles name,
// the exact name (index exact) first on a tie, then the first; -1 if no
// article names any.
func (r *queryResolver) mostNamed(ctx context.Context, found []schema.Node, exact int) (int, error) {
	qs := make([]schema.EntityQuery, len(found))
	for i, n := range found {
		qs[i] = schema.EntityQuery{Label: schema.LabelArticle, Mentions: []string{n.ID}}
	}
	pages, err := r.Store.Entities(ctx, qs, 0, 0)
	if err != nil || len(pages) != len(found) {
		return -1, err
	}
	best, most := -1, 0
	for i, pg := range pages {
		if pg.Total > most || pg.Total == most && most > 0 && i == exact {
			best, most = i, pg.Total
		}
	}
	return best, nil
}

// findPeople returns the people named name, and the name they answer:
// name itself, or, when it matches no one, name without its leading
// titles (withoutTitle), as analysts type "President Biden".
func (r *Resolver) findPeople(ctx context.Context, name string) ([]schema.Node, string, error) {
	found, err := r.Store.FindNodes(ctx, name, []string{schema.LabelPerson})
	if err != nil || len(found) > 0 {
		return found, name, err
	}
	bare, ok := withoutTitle(name)
	if !ok {
		return nil, name, nil
	}
	found, err = r.Store.FindNodes(ctx, bare, []string{schema.LabelPerson})
	return found, bare, err
}

// nearestPerson is the person search's spelling fallback ranks first for a
// name that names no one, as typed or without its titles (searchSpelling:
// "Andres Manuel Lopez Obrador" without its accents, "Zelenskiy" as
// another outlet spells Zelenskyy, "Blinkin" for Blinken); ok is false when
// no name is near enough. person(name:) answers it, and a meeting filter's
// participant that names no one suggests it in its NOT_FOUND.
func (r *Resolver) nearestPerson(ctx context.Context, name string) (n schema.Node, ok bool, err error) {
	hits, err := (&queryResolver{r}).searchSpelling(ctx, name, []string{schema.LabelPerson}, nil, 1, LoadersFrom(ctx).Projection())
	if err != nil || len(hits) == 0 {
		return schema.Node{}, false, err
	}
	return hits[0].Node, true, nil
}
