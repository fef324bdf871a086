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

// conn holds what every connection type is built from: the nodes of a
// store page wrapped as N and their edges as E.
type conn[N, E any] struct {
	total int
	info  *model.PageInfo
	nodes []N
	edges []E
}

// connection turns a store page that starts at offset into a connection:
// wrap makes each node, edge each edge (count is nil when the page is not
// ordered by a count), and build the connection from the parts.
func connection[N, E, C any](pg schema.Page, offset int, wrap func(schema.Node) N, edge func(cursor string, node N, count *int) E, build func(conn[N, E]) C) C {
	c := conn[N, E]{
		total: pg.Total,
		info: &model.PageInfo{
			HasPreviousPage: offset > 0,
			HasNextPage:     offset+len(pg.Nodes) < pg.Total,
		},
		nodes: make([]N, len(pg.Nodes)),
		edges: make([]E, len(pg.Nodes)),
	}
	for i, n := range pg.Nodes {
		cursor := encodeCursor(offset + i)
		var count *int
		if i < len(pg.Counts) {
			k := pg.Counts[i] // the page may be shared by other connections
			count = &k
		}
		c.nodes[i] = wrap(n)
		c.edges[i] = edge(cursor, c.nodes[i], count)
		if i == 0 {
			c.info.StartCursor = &cursor
		}
		c.info.EndCursor = &cursor
	}
	return build(c)
}

// The connection types, one line each: gqlgen generates a type per
// connection, so only the wrapping differs.

func meetingConnection(pg schema.Page, offset int) *model.MeetingConnection {
	return connection(pg, offset, func(n schema.Node) *model.Meeting { return &model.Meeting{Node: n} },
		func(c string, n *model.Meeting, _ *int) *model.MeetingEdge {
			return &model.MeetingEdge{Cursor: c, Node: n}
		},
		func(c conn[*model.Meeting, *model.MeetingEdge]) *model.MeetingConnection {
			return &model.MeetingConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: c.edges}
		})
}

func personConnection(pg schema.Page, offset int) *model.PersonConnection {
	return connection(pg, offset, func(n schema.Node) *model.Person { return &model.Person{Node: n} },
		func(c string, n *model.Person, k *int) *model.PersonEdge {
			return &model.PersonEdge{Cursor: c, Node: n, Count: k}
		},
		func(c conn[*model.Person, *model.PersonEdge]) *model.PersonConnection {
			return &model.PersonConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: c.edges}
		})
}

func countryConnection(pg schema.Page, offset int) *model.CountryConnection {
	return connection(pg, offset, func(n schema.Node) *model.Country { return &model.Country{Node: n} },
		func(c string, n *model.Country, k *int) *model.CountryEdge {
			return &model.CountryEdge{Cursor: c, Node: n, Count: k}
		},
		func(c conn[*model.Country, *model.CountryEdge]) *model.CountryConnection {
			return &model.CountryConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: c.edges}
		})
}

func organizationConnection(pg schema.Page, offset int) *model.OrganizationConnection {
	return connection(pg, offset, func(n schema.Node) *model.Organization { return &model.Organization{Node: n} },
		func(c string, n *model.Organization, k *int) *model.OrganizationEdge {
			return &model.OrganizationEdge{Cursor: c, Node: n, Count: k}
		},
		func(c conn[*model.Organization, *model.OrganizationEdge]) *model.OrganizationConnection {
			return &model.OrganizationConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: c.edges}
		})
}

func placeConnection(pg schema.Page, offset int) *model.PlaceConnection {
	return connection(pg, offset, func(n schema.Node) *model.Place { return &model.Place{Node: n} },
		func(c string, n *model.Place, k *int) *model.PlaceEdge {
			return &model.PlaceEdge{Cursor: c, Node: n, Count: k}
		},
		func(c conn[*model.Place, *model.PlaceEdge]) *model.PlaceConnection {
			return &model.PlaceConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: c.edges}
		})
}

func issueConnection(pg schema.Page, offset int) *model.IssueConnection {
	return connection(pg, offset, func(n schema.Node) *model.Issue { return &model.Issue{Node: n} },
		func(c string, n *model.Issue, k *int) *model.IssueEdge {
			return &model.IssueEdge{Cursor: c, Node: n, Count: k}
		},
		func(c conn[*model.Issue, *model.IssueEdge]) *model.IssueConnection {
			return &model.IssueConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: c.edges}
		})
}

func articleConnection(pg schema.Page, offset int) *model.ArticleConnection {
	return connection(pg, offset, func(n schema.Node) *model.Article { return &model.Article{Node: n} },
		func(c string, n *model.Article, _ *int) *model.ArticleEdge {
			return &model.ArticleEdge{Cursor: c, Node: n}
		},
		func(c conn[*model.Article, *model.ArticleEdge]) *model.ArticleConnection {
			return &model.ArticleConnection{TotalCount: c.total, PageInfo: c.info, Nodes: c.nodes, Edges: c.edges}
		})
}

// meetingPage resolves a top-level MeetingConnection with one store call;
// with limit 0 when only totalCount is selected.
func (r *Resolver) meetingPage(ctx context.Context, filter schema.MeetingFilter, first *int, after *string) (*model.MeetingConnection, error) {
	offset, limit, err := pageLimits(ctx, first, after)
	if err != nil {
		return nil, err
	}
	pages, err := r.Store.MeetingPages(ctx, []schema.MeetingFilter{filter}, offset, limit)
	if err != nil {
		return nil, err
	}
	LoadersFrom(ctx).Prime(pages[0].Nodes...)
	return meetingConnection(pages[0], offset), nil
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
