package graph

import (
	"context"
	"fmt"
	"slices"

	"github.com/99designs/gqlgen/graphql"

	"newsgraph/graph/apierr"
	"newsgraph/graph/model"
	"newsgraph/schema"
)

// MaxPageSize is the largest first a connection accepts.
const MaxPageSize = 100

// pageArgs turns first and after into the offset and limit of a store
// query, after a cursor of the list that list names (listOf). first
// defaults to defaultFirst when null.
func pageArgs(list string, first *int, after *string, defaultFirst int) (offset, limit int, err error) {
	limit = defaultFirst
	if first != nil {
		limit = *first
	}
	if limit < 0 || limit > MaxPageSize {
		return 0, 0, apierr.Invalid("first must be between 0 and %d, got %d", MaxPageSize, limit)
	}
	if after != nil {
		index, err := decodeCursor(*after, list)
		if err != nil {
			return 0, 0, err
		}
		offset = index + 1
	}
	return offset, limit, nil
}

// onlyTotalCount reports whether the connection being resolved is asked
// for nothing but its totalCount (and __typename), so that no rows need
// reading.
func onlyTotalCount(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || fc.Field.Definition == nil {
		return false
	}
	for _, f := range graphql.CollectFieldsCtx(ctx, []string{fc.Field.Definition.Type.Name()}) {
		if f.Name != "totalCount" && f.Name != "__typename" {
			return false
		}
	}
	return true
}

// pageLimits turns first and after into a store offset and limit, with
// limit 0 when only totalCount is asked for.
func pageLimits(ctx context.Context, first *int, after *string) (offset, limit int, err error) {
	offset, limit, err = pageArgs(listOf(ctx), first, after, 20)
	if err == nil && onlyTotalCount(ctx) {
		limit = 0
	}
	return offset, limit, err
}

// connection turns a store page that starts at offset into a connection
// of E (model.Person, model.Meeting, ...: each a schema.Node and nothing
// more), counts included when the page is ordered by a count. hasNextPage
// is true only when the page has a last edge and an element follows it: a
// page of no edges (first: 0) has no endCursor to go on from, and a client
// that follows endCursor while hasNextPage would start again from the top
// (Relay's algorithm, graphql-ruby's and GitHub's answer true there).
//
// Its cursors are of the list being resolved (listOf(ctx)).
func connection[E ~struct{ schema.Node }](ctx context.Context, pg schema.Page, offset int) *model.Connection[*E] {
	list := listOf(ctx)
	c := &model.Connection[*E]{
		TotalCount: pg.Total,
		PageInfo: &model.PageInfo{
			HasPreviousPage: offset > 0,
			HasNextPage:     len(pg.Nodes) > 0 && offset+len(pg.Nodes) < pg.Total,
		},
		Nodes: make([]*E, len(pg.Nodes)),
		Edges: make([]*model.Edge[*E], len(pg.Nodes)),
	}
	for i, n := range pg.Nodes {
		node := E(struct{ schema.Node }{n})
		edge := &model.Edge[*E]{Cursor: encodeCursor(offset+i, list), Node: &node}
		if i < len(pg.Counts) {
			k := pg.Counts[i] // the page may be shared by other connections
			edge.Count = &k
		}
		c.Nodes[i], c.Edges[i] = &node, edge
	}
	if len(c.Edges) > 0 {
		c.PageInfo.StartCursor = &c.Edges[0].Cursor
		c.PageInfo.EndCursor = &c.Edges[len(c.Edges)-1].Cursor
	}
	return c
}

// meetingPage resolves a top-level MeetingConnection with one store call;
// with limit 0 when only totalCount is selected. The edges that the
// meetings' selected fields read (participants, place, sources, issues)
// come in the same call, so that showing them costs no second one.
func (r *Resolver) meetingPage(ctx context.Context, filter schema.MeetingFilter, first *int, after *string) (*model.MeetingConnection, error) {
	offset, limit, err := pageLimits(ctx, first, after)
	if err != nil {
		return nil, err
	}
	if err := checkRange(filter.From, filter.To); err != nil {
		return nil, err
	}
	loaders := LoadersFrom(ctx)
	if limit > 0 {
		filter.With = connectionNodeSets(ctx, "MeetingConnection", "MeetingEdge", "Meeting")
		filter.WithProjection = loaders.Projection()
	}
	pages, err := r.Store.MeetingPages(ctx, []schema.MeetingFilter{filter}, offset, limit)
	if err == nil && len(filter.IDs) > 0 && pages[0].Total < len(schema.AppendNew(nil, filter.IDs...)) {
		// Some ids found nothing: those of meetings merged into others
		// answer the meetings that hold them (mergedids.go).
		var into map[string]string
		if into, err = loaders.follow(ctx, filter.IDs); err == nil && len(into) > 0 {
			filter.IDs = movedTo(filter.IDs, into)
			pages, err = r.Store.MeetingPages(ctx, []schema.MeetingFilter{filter}, offset, limit)
		}
	}
	if err == nil && pages[0].Total == 0 {
		// No meeting: say which name names nothing, or ask again without
		// a person's title (meetingnames.go).
		var retry bool
		if filter, retry, err = r.namesOfNoMeetings(ctx, filter); retry {
			pages, err = r.Store.MeetingPages(ctx, []schema.MeetingFilter{filter}, offset, limit)
		}
	}
	if err != nil {
		return nil, err
	}
	if nb := pages[0].Neighbours; nb != nil && len(filter.With) > 0 {
		loaders.PrimeWithEdges(pages[0].Nodes, filter.With, *nb)
	} else {
		loaders.Prime(pages[0].Nodes...)
	}
	return connection[model.Meeting](ctx, pages[0], offset), nil
}

// entityPage resolves a top-level connection of one label with one store
// call.
func (r *Resolver) entityPage(ctx context.Context, q schema.EntityQuery, first *int, after *string) (schema.Page, int, error) {
	offset, limit, err := pageLimits(ctx, first, after)
	if err != nil {
		return schema.Page{}, 0, err
	}
	if err := checkRange(q.From, q.To); err != nil {
		return schema.Page{}, 0, err
	}
	if err := r.unknownWith(ctx, q); err != nil {
		return schema.Page{}, 0, err
	}
	pages, err := r.Store.Entities(ctx, []schema.EntityQuery{q}, offset, limit)
	if err != nil {
		return schema.Page{}, 0, err
	}
	LoadersFrom(ctx).Prime(pages[0].Nodes...)
	return pages[0], offset, nil
}

// nodeMeetings resolves a node's MeetingConnection (a person's meetings, a
// country's...): the filter of one node comes from filterFor, and the
// pages of every node of the same list are read in one store call.
func (r *Resolver) nodeMeetings(ctx context.Context, field, id string, where *model.MeetingWhere, orderBy *model.MeetingOrder,
	first *int, after *string, filterFor func(f schema.MeetingFilter, id string) schema.MeetingFilter) (*model.MeetingConnection, error) {
	offset, limit, err := pageLimits(ctx, first, after)
	if err != nil {
		return nil, err
	}
	base := meetingFilter(where, orderBy)
	if err := checkRange(base.From, base.To); err != nil {
		return nil, err
	}
	key := fmt.Sprintf("%s|%+v|%d|%d", field, base, offset, limit)
	pg, err := pageOf(ctx, id, key, func(id string) string { return id },
		func(ctx context.Context, ids []string) ([]schema.Page, error) {
			read := func(base schema.MeetingFilter) ([]schema.Page, error) {
				filters := make([]schema.MeetingFilter, len(ids))
				for i, id := range ids {
					filters[i] = filterFor(base, id)
				}
				return r.Store.MeetingPages(ctx, filters, offset, limit)
			}
			return r.namedMeetingPages(ctx, base, read)
		})
	if err != nil {
		return nil, err
	}
	return connection[model.Meeting](ctx, pg, offset), nil
}

// namedMeetingPages reads the pages of a nested meetings list's nodes with
// read, which asks for them under base: when no node has a meeting, a
// name of base that names nothing is NOT_FOUND and a person's titled name
// is asked again as the person it stands for, as on the top-level list
// (namesOfNoMeetings). A name that names nothing matches no meeting of any
// node, so a list where some node has meetings needs no look-up.
func (r *Resolver) namedMeetingPages(ctx context.Context, base schema.MeetingFilter,
	read func(schema.MeetingFilter) ([]schema.Page, error)) ([]schema.Page, error) {
	pages, err := read(base)
	if err != nil || slices.ContainsFunc(pages, func(pg schema.Page) bool { return pg.Total > 0 }) {
		return pages, err
	}
	retried, retry, err := r.namesOfNoMeetings(ctx, base)
	if err != nil || !retry {
		return pages, err
	}
	return read(retried)
}

// officials resolves a country's or organization's officials, the pages of
// every node of the same list in one store call.
func (r *Resolver) officials(ctx context.Context, id string, asOf *model.Date, role *string, first *int, after *string) (*model.PersonConnection, error) {
	offset, limit, err := pageLimits(ctx, first, after)
	if err != nil {
		return nil, err
	}
	at := ""
	if asOf != nil {
		at = string(*asOf)
	}
	key := fmt.Sprintf("officials|%s|%q|%d|%d", at, deref(role), offset, limit)
	pg, err := pageOf(ctx, id, key, func(id string) schema.EntityQuery {
		// Only the party's affiliations are read: its terms suffice.
		return schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{id}, AsOf: at, Terms: termsOfParties(at, id), Role: deref(role)}
	}, func(ctx context.Context, queries []schema.EntityQuery) ([]schema.Page, error) {
		return r.Store.Entities(ctx, queries, offset, limit)
	})
	if err != nil {
		return nil, err
	}
	return connection[model.Person](ctx, pg, offset), nil
}

// pageOf reads node id's page of a nested list (a person's meetings, a
// country's officials), the pages of every node of the same list (same
// key) in one store call: request makes a node's request, and read answers
// a list of them, page i for request i.
func pageOf[Q any](ctx context.Context, id, key string, request func(id string) Q,
	read func(context.Context, []Q) ([]schema.Page, error)) (schema.Page, error) {
	return LoadersFrom(ctx).PageOf(ctx, id, key, func(ctx context.Context, ids []string) (map[string]schema.Page, error) {
		requests := make([]Q, len(ids))
		for i, id := range ids {
			requests[i] = request(id)
		}
		pages, err := read(ctx, requests)
		if err != nil {
			return nil, err
		}
		out := make(map[string]schema.Page, len(ids))
		for i, id := range ids {
			out[id] = pages[i]
		}
		return out, nil
	})
}
