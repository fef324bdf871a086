package neo4jstore

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// PlanKey is what Neo4j 5.26 keys a cached plan by, as measured on this
// server: the statement's text and each parameter's type, a list's by
// its size too (none, one, up to ten, more: a list of one and of two
// were planned apart, of two and of three shared a plan), a string's by
// its length too (none, one, up to ten, up to 100, up to 1,000, more:
// relations of "US" and "CN" and of "Saudi Arabia" and "United Kingdom"
// were planned apart, 0.8 s each, analyst41), while a map's values never
// count (lists of any size and strings of any length inside a map shared
// one plan).
// Two statements with one key are planned once, so a statement whose key
// the warm-up never sent is planned on a user's first call.
func PlanKey(query string, params map[string]any) string {
	var parts []string
	for name, v := range params {
		parts = append(parts, name+":"+paramType(v))
	}
	slices.Sort(parts)
	return query + "\n" + strings.Join(parts, ",")
}

// paramType is a parameter's part of PlanKey: its type, a list's with
// its size bucket (listBucket), a map's alone.
func paramType(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "map"
	case []string:
		return listBucket(len(x))
	case []any:
		return listBucket(len(x))
	case []map[string]any:
		return listBucket(len(x))
	case string:
		return "string/" + sizeBucket(utf8.RuneCountInString(x))
	case int, int64, int32:
		return "int" // Neo4j's one INTEGER
	case float64, float32:
		return "float"
	}
	return fmt.Sprintf("%T", v)
}

// listBucket is the size class of a list that Neo4j plans apart.
func listBucket(n int) string {
	if n > 10 {
		return "list/more"
	}
	return "list/" + sizeBucket(n)
}

// sizeBucket is the size class of a string's length (or a short list's
// size) that Neo4j plans apart: 0, 1, up to 10, up to 100, up to 1,000,
// more.
func sizeBucket(n int) string {
	for _, b := range []int{0, 1, 10, 100, 1000} {
		if n <= b {
			return strconv.Itoa(b)
		}
	}
	return "more"
}

// ObserveReads has the store call observe with every read statement it
// sends from now on (its text and parameters, before it runs), the
// hand-written Cypher of ReadCypher aside. It is for tests and tools that
// list the statements a workload plans (the warm-up's check); observe
// must be safe for concurrent use. Call it before the store is shared.
func (s *Store) ObserveReads(observe func(query string, params map[string]any)) {
	s.observe = observe
}
