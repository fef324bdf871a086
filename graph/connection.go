package graph

import (
	"context"
	"encoding/base64"
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
	if graphql.GetFieldContext(ctx) == nil {
		return false
	}
	for _, f := range graphql.CollectFieldsCtx(ctx, []string{"MeetingConnection"}) {
		if f.Name != "totalCount" && f.Name != "__typename" {
			return false
		}
	}
	return true
}

// meetingPage resolves a MeetingConnection with one store call; with limit
// 0 when only totalCount is selected.
func (r *Resolver) meetingPage(ctx context.Context, filter schema.MeetingFilter, first *int, after *string) (*model.MeetingConnection, error) {
	offset, limit, err := pageArgs(first, after, 20)
	if err != nil {
		return nil, err
	}
	if onlyTotalCount(ctx) {
		limit = 0
	}
	nodes, total, err := r.Store.Meetings(ctx, filter, offset, limit)
	if err != nil {
		return nil, err
	}
	LoadersFrom(ctx).Prime(nodes...)

	conn := &model.MeetingConnection{
		TotalCount: total,
		PageInfo: &model.PageInfo{
			HasPreviousPage: offset > 0,
			HasNextPage:     offset+len(nodes) < total,
		},
		Edges: make([]*model.MeetingEdge, len(nodes)),
		Nodes: make([]*model.Meeting, len(nodes)),
	}
	for i, n := range nodes {
		m := &model.Meeting{Node: n}
		conn.Nodes[i] = m
		conn.Edges[i] = &model.MeetingEdge{Cursor: encodeCursor(offset + i), Node: m}
	}
	if len(nodes) > 0 {
		conn.PageInfo.StartCursor = &conn.Edges[0].Cursor
		conn.PageInfo.EndCursor = &conn.Edges[len(nodes)-1].Cursor
	}
	return conn, nil
}
