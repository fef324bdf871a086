package graph

import (
	"context"
	"fmt"
	"strings"

	"newsgraph/graph/apierr"
	"newsgraph/schema"
)

// unknownParties is NOT_FOUND naming each of names (under arg, as
// "where.officialsOf") that is no country or organization, or nil: a list
// or a graph filtered by a typo ("Chna") answered as if it had none, as
// meetings' filters did (meetingnames.go). The lists ask it only of an
// empty page.
func (r *Resolver) unknownParties(ctx context.Context, arg string, names []string) error {
	var unknown []string
	for i, name := range names {
		found, err := r.Store.FindNodes(ctx, name, partyLabels)
		if err != nil {
			return err
		}
		if len(found) == 0 {
			unknown = append(unknown, fmt.Sprintf("no country or organization is named %q (%s[%d])", name, arg, i))
		}
	}
	if len(unknown) > 0 {
		return apierr.NotFoundf("%s", strings.Join(unknown, "; "))
	}
	return nil
}

// unknownWith is NOT_FOUND when an ordering's with names no country or
// organization: every count would be 0, an order of nothing.
func (r *Resolver) unknownWith(ctx context.Context, q schema.EntityQuery) error {
	if q.With == "" {
		return nil
	}
	found, err := r.Store.FindNodes(ctx, q.With, partyLabels)
	if err != nil || len(found) > 0 {
		return err
	}
	return apierr.NotFoundf("no country or organization is named %q (orderBy.with)", q.With)
}
