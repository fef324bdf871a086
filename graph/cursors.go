package graph

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"newsgraph/graph/apierr"
	"newsgraph/schema"
)

// A cursor is bound to its list: it holds, beside its place, a tag of the
// list it came from (listOf), so that a cursor of one list given to another
// (people(after:) with a cursor of meetings by SOURCES, analyst45's 11) is
// INVALID_ARGUMENT instead of read as a place in a list it was never in.
// A connection's cursor is an offset ("offset:<index>:<list>"); a
// timeline's is its item's place in the timeline's order
// ("timeline:<list>:<key>"), which an ingest between two pages does not
// move.
const (
	cursorPrefix         = "offset:" // recognisable when decoded: a cursor of some other API is refused
	timelineCursorPrefix = "timeline:"
)

// listOf names the list being resolved: its field (the type it is on and
// its name) and its arguments but first and after, hashed. The same field
// asked with the same where and orderBy (or id, from and to) is the same
// list, on any node: a nested list's pages may be read for every node of
// its parent list with one after.
func listOf(ctx context.Context) string {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return ""
	}
	h := fnv.New64a()
	_, _ = h.Write([]byte(fc.Object + "." + fc.Field.Name))
	names := make([]string, 0, len(fc.Args))
	for name := range fc.Args {
		if name != "first" && name != "after" {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		v, err := json.Marshal(fc.Args[name])
		if err != nil || string(v) == "null" {
			continue // an argument not given and one given as null are alike
		}
		_, _ = h.Write([]byte("\x00" + name + "\x00"))
		_, _ = h.Write(v)
	}
	return strconv.FormatUint(h.Sum64(), 36)
}

// encodeCursor returns the opaque cursor of the item at index (0-based)
// of a result list.
func encodeCursor(index int, list string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(index) + ":" + list))
}

// decodeCursor returns the index a cursor of list stands for.
func decodeCursor(cursor, list string) (int, error) {
	raw, err := base64.RawURLEncoding.DecodeString(cursor)
	if err == nil {
		if rest, ok := strings.CutPrefix(string(raw), cursorPrefix); ok {
			if digits, tag, ok := strings.Cut(rest, ":"); ok {
				if i, err := strconv.Atoi(digits); err == nil && i >= 0 && i < 1<<31 {
					if tag != list {
						return 0, otherList(cursor)
					}
					return i, nil
				}
			}
		} else if strings.HasPrefix(string(raw), timelineCursorPrefix) {
			return 0, otherList(cursor)
		}
	}
	return 0, apierr.Invalid("invalid cursor %q (after): pass a cursor of the same list, an edge's or pageInfo's endCursor", cursor)
}

// otherList is the error of a cursor of another list.
func otherList(cursor string) error {
	return apierr.Invalid("cursor %q (after) is of another list: a cursor goes on only in the list it came from, "+
		"the same field asked with the same arguments but first and after", cursor)
}

// encodeTimelineCursor returns the cursor of a timeline's entry of list.
func encodeTimelineCursor(k schema.TimelineKey, list string) string {
	key, _ := json.Marshal([]string{k.Date, k.Kind, k.ID}) // strings always marshal
	return base64.RawURLEncoding.EncodeToString([]byte(timelineCursorPrefix + list + ":" + string(key)))
}

// decodeTimelineCursor returns the timeline key a cursor of list stands
// for.
func decodeTimelineCursor(cursor, list string) (schema.TimelineKey, error) {
	raw, err := base64.RawURLEncoding.DecodeString(cursor)
	if err == nil {
		if rest, ok := strings.CutPrefix(string(raw), timelineCursorPrefix); ok {
			var key []string
			if tag, js, ok := strings.Cut(rest, ":"); ok && json.Unmarshal([]byte(js), &key) == nil && len(key) == 3 &&
				(key[1] == schema.TimelineMeeting || key[1] == schema.TimelineMention) && key[2] != "" {
				if tag != list {
					return schema.TimelineKey{}, otherList(cursor)
				}
				return schema.TimelineKey{Date: key[0], Kind: key[1], ID: key[2]}, nil
			}
		} else if strings.HasPrefix(string(raw), cursorPrefix) {
			return schema.TimelineKey{}, otherList(cursor)
		}
	}
	return schema.TimelineKey{}, apierr.Invalid("invalid cursor %q (after): pass an item's cursor of the same timeline", cursor)
}
