package graph

import (
	"context"
	"strings"

	"newsgraph/schema"
)

// personNamed picks the person that person(name:) means among found, the
// people whose name or an alias matches. A full name that is the node's own
// name wins. Otherwise (a one-word name, or an alias alone) the one with the
// most meetings wins: "Biden" is the name of a one-word node an article's
// half-name made ("the Biden Cancer Moonshot", no one), an alias of Joe
// Biden and of Jill Biden, and an analyst who asks for "Biden" means the
// Biden the graph knows best (trial37: person(name: "biden") answered the
// stub, with no meetings). Where no one has a meeting, the node named so
// exactly wins, then the first by id, as before.
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
	if len(found) > 1 {
		ids := make([]string, len(found))
		for i, n := range found {
			ids[i] = n.ID
		}
		pages, err := r.Store.Entities(ctx, []schema.EntityQuery{{Label: schema.LabelPerson, IDs: ids, Order: schema.OrderMeetings, Desc: true}}, 0, 1)
		if err != nil {
			return schema.Node{}, err
		}
		if len(pages) == 1 && len(pages[0].Nodes) > 0 && len(pages[0].Counts) > 0 && pages[0].Counts[0] > 0 {
			for _, n := range found {
				if n.ID == pages[0].Nodes[0].ID {
					return n, nil
				}
			}
		}
	}
	if exact >= 0 {
		return found[exact], nil
	}
	return found[0], nil
}
