package main

import (
	"strings"
	"testing"

	"newsgraph/graph"
)

// The warm-up sends the playground's queries and never its ingest
// mutation or its subscription: a server's start must not write.
func TestWarmUpSendsOnlyQueries(t *testing.T) {
	got := readExamples(graph.Examples)
	if len(got) == 0 || len(got) != len(graph.Examples)-2 {
		t.Fatalf("%d of the %d examples kept, want all but the mutation and the subscription", len(got), len(graph.Examples))
	}
	for _, op := range warmUpOperations {
		if strings.Contains(op.Query, "mutation") || strings.Contains(op.Query, "subscription") {
			t.Errorf("warm-up sends %q", op.Query)
		}
	}
	guards := []graph.Example{{Query: "# a comment\nmutation { x }"}, {Query: "subscription { y }"}, {Query: "# c\n# d\n  query Q { z }"}, {Query: "{ w }"}}
	if got := readExamples(guards); len(got) != 2 || got[0] != guards[2] || got[1] != guards[3] {
		t.Errorf("readExamples kept %v, want the last two", got)
	}
}
