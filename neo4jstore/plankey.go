package neo4jstore

import (
	"fmt"
	"slices"
	"strings"
)

// PlanKey is what Neo4j 5.26 keys a cached plan by, as measured on this
// server: the statement's text and each parameter's type, a list's by
// its size too (none, one, up to ten, more: a list of one and of two
// were planned apart, of two and of three shared a plan), while a map's
// values never count (lists of any size inside a map shared one plan).
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
	case int, int64, int32:
		return "int" // Neo4j's one INTEGER
	case float64, float32:
		return "float"
	}
	return fmt.Sprintf("%T", v)
}

// listBucket is the size class of a list that Neo4j plans apart.
func listBucket(n int) string {
	switch {
	case n == 0:
		return "list/0"
	case n == 1:
		return "list/1"
	case n <= 10:
		return "list/10"
	}
	return "list/more"
}

// ObserveReads has the store call observe with every read statement it
// sends from now on (its text and parameters, before it runs), the
// hand-written Cypher of ReadCypher aside. It is for tests and tools that
// list the statements a workload plans (the warm-up's check); observe
// must be safe for concurrent use. Call it before the store is shared.
func (s *Store) ObserveReads(observe func(query string, params map[string]any)) {
	s.observe = observe
}
