package graph

import (
	"context"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"newsgraph/graph/apierr"
	"newsgraph/graph/model"
	"newsgraph/schema"
)

// MaxPageSize is the largest first a connection accepts.
const MaxPageSize = 100

// cursorPrefix makes cursors recognisable when decoded, so that a cursor
// from some other API is refused instead of read as an offset.
const cursorPrefix = "offset:"

// encodeCursor returns the opaque cursor of the item at index (0-based)
// of a result list.
func encodeCursor(index int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(index)))
}

// decodeCursor returns the index a cursor stands for.
func decodeCursor(cursor string) (int, error) {
	raw, err := base64.RawURLEncoding.DecodeString(cursor)
	if err == nil {
		if digits, ok := strings.CutPrefix(string(raw), cursorPrefix); ok {
			if i, err := strconv.Atoi(digits); err == nil && i >= 0 && i < 1<<31 {
				return i, nil
			}
		}
	}
	return 0, apierr.Invalid("invalid cursor %q", cursor)
}

// pageArgs turns first and after into the offset and limit of a store
// query. first defaults to defaultFirst when null.
func pageArgs(first *int, after *string, defaultFirst int) (offset, limit int, err error) {
	limit = defaultFirst
	if first != nil {
		limit = *first
	}
	if limit < 0 || limit > MaxPageSize {
		return 0, 0, apierr.Invalid("first must be between 0 and %d, got %d", MaxPageSize, limit)
	}
	if after != nil {
		index, err := decodeCursor(*after)
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
	offset, limit, err = pageArgs(first, after, 20)
	if err == nil && onlyTotalCount(ctx) {
		limit = 0
	}
	return offset, limit, err
}

// conn holds what every connection type is built from.
type conn[N any] struct {
	total   int
	info    *model.PageInfo
	nodes   []N
	cursors []string
	counts  []*int // nil entries when the page is not ordered by a count
}

// buildConn turns a store page that starts at offset into connection parts.
func buildConn[N any](pg schema.Page, offset int, wrap func(schema.Node) N) conn[N] {
	c := conn[N]{
		total: pg.Total,
		info: &model.PageInfo{
			HasPreviousPage: offset > 0,
			HasNextPage:     offset+len(pg.Nodes) < pg.Total,
		},
		nodes:   make([]N, len(pg.Nodes)),
		cursors: make([]string, len(pg.Nodes)),
		counts:  make([]*int, len(pg.Nodes)),
	}
	for i, n := range pg.Nodes {
		c.nodes[i] = wrap(n)
		c.cursors[i] = encodeCursor(offset + i)
		if i < len(pg.Counts) {
			count := pg.Counts[i]
			c.counts[i] = &count
		}
	}
	if len(pg.Nodes) > 0 {
		c.info.StartCursor = &c.cursors[0]
		c.info.EndCursor = &c.cursors[len(c.cursors)-1]
	}
	return c
}

func meetingConnection(pg schema.Page, offset int) *model.MeetingConnection {
	c := buildConn(pg, offset, func(n schema.Node) *model.Meeting { return &model.Meeting{Node: n} })
	out := &model.MeetingConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: make([]*model.MeetingEdge, len(c.nodes))}
	for i := range c.nodes {
		out.Edges[i] = &model.MeetingEdge{Cursor: c.cursors[i], Node: c.nodes[i]}
	}
	return out
}

func personConnection(pg schema.Page, offset int) *model.PersonConnection {
	c := buildConn(pg, offset, func(n schema.Node) *model.Person { return &model.Person{Node: n} })
	out := &model.PersonConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: make([]*model.PersonEdge, len(c.nodes))}
	for i := range c.nodes {
		out.Edges[i] = &model.PersonEdge{Cursor: c.cursors[i], Node: c.nodes[i], Count: c.counts[i]}
	}
	return out
}

func countryConnection(pg schema.Page, offset int) *model.CountryConnection {
	c := buildConn(pg, offset, func(n schema.Node) *model.Country { return &model.Country{Node: n} })
	out := &model.CountryConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: make([]*model.CountryEdge, len(c.nodes))}
	for i := range c.nodes {
		out.Edges[i] = &model.CountryEdge{Cursor: c.cursors[i], Node: c.nodes[i], Count: c.counts[i]}
	}
	return out
}

func organizationConnection(pg schema.Page, offset int) *model.OrganizationConnection {
	c := buildConn(pg, offset, func(n schema.Node) *model.Organization { return &model.Organization{Node: n} })
	out := &model.OrganizationConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: make([]*model.OrganizationEdge, len(c.nodes))}
	for i := range c.nodes {
		out.Edges[i] = &model.OrganizationEdge{Cursor: c.cursors[i], Node: c.nodes[i], Count: c.counts[i]}
	}
	return out
}

func placeConnection(pg schema.Page, offset int) *model.PlaceConnection {
	c := buildConn(pg, offset, func(n schema.Node) *model.Place { return &model.Place{Node: n} })
	out := &model.PlaceConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: make([]*model.PlaceEdge, len(c.nodes))}
	for i := range c.nodes {
		out.Edges[i] = &model.PlaceEdge{Cursor: c.cursors[i], Node: c.nodes[i], Count: c.counts[i]}
	}
	return out
}

func issueConnection(pg schema.Page, offset int) *model.IssueConnection {
	c := buildConn(pg, offset, func(n schema.Node) *model.Issue { return &model.Issue{Node: n} })
	out := &model.IssueConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: make([]*model.IssueEdge, len(c.nodes))}
	for i := range c.nodes {
		out.Edges[i] = &model.IssueEdge{Cursor: c.cursors[i], Node: c.nodes[i], Count: c.counts[i]}
	}
	return out
}

func articleConnection(pg schema.Page, offset int) *model.ArticleConnection {
	c := buildConn(pg, offset, func(n schema.Node) *model.Article { return &model.Article{Node: n} })
	out := &model.ArticleConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: make([]*model.ArticleEdge, len(c.nodes))}
	for i := range c.nodes {
		out.Edges[i] = &model.ArticleEdge{Cursor: c.cursors[i], Node: c.nodes[i]}
	}
	return out
}

// meetingPage resolves a top-level MeetingConnection with one store call;
// with limit 0 when only totalCount is selected.
func (r *Resolver) meetingPage(ctx context.Context, filter schema.MeetingFilter, first *int, after *string) (*model.MeetingConnection, error) {
	offset, limit, err := pageLimits(ctx, first, after)
	if err != nil {
		return nil, err
	}
	nodes, total, err := r.Store.Meetings(ctx, filter, offset, limit)
	if err != nil {
		return nil, err
	}
	LoadersFrom(ctx).Prime(nodes...)
	return meetingConnection(schema.Page{Nodes: nodes, Total: total}, offset), nil
}

// entityPage resolves a top-level connection of one label with one store
// call.
func (r *Resolver) entityPage(ctx context.Context, q schema.EntityQuery, first *int, after *string) (schema.Page, int, error) {
	offset, limit, err := pageLimits(ctx, first, after)
	if err != nil {
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
	key := fmt.Sprintf("%s|%+v|%d|%d", field, base, offset, limit)
	pg, err := LoadersFrom(ctx).PageOf(ctx, id, key, func(ctx context.Context, ids []string) (map[string]schema.Page, error) {
		filters := make([]schema.MeetingFilter, len(ids))
		for i, id := range ids {
			filters[i] = filterFor(base, id)
		}
		pages, err := r.Store.MeetingPages(ctx, filters, offset, limit)
		if err != nil {
			return nil, err
		}
		out := make(map[string]schema.Page, len(ids))
		for i, id := range ids {
			out[id] = pages[i]
		}
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	return meetingConnection(pg, offset), nil
}

// officials resolves a country's or organization's officials, the pages of
// every node of the same list in one store call.
func (r *Resolver) officials(ctx context.Context, id string, asOf *model.Date, first *int, after *string) (*model.PersonConnection, error) {
	offset, limit, err := pageLimits(ctx, first, after)
	if err != nil {
		return nil, err
	}
	at := ""
	if asOf != nil {
		at = string(*asOf)
	}
	key := fmt.Sprintf("officials|%s|%d|%d", at, offset, limit)
	pg, err := LoadersFrom(ctx).PageOf(ctx, id, key, func(ctx context.Context, ids []string) (map[string]schema.Page, error) {
		queries := make([]schema.EntityQuery, len(ids))
		for i, id := range ids {
			queries[i] = schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{id}, AsOf: at}
		}
		pages, err := r.Store.Entities(ctx, queries, offset, limit)
		if err != nil {
			return nil, err
		}
		out := make(map[string]schema.Page, len(ids))
		for i, id := range ids {
			out[id] = pages[i]
		}
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	return personConnection(pg, offset), nil
}
