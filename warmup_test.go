package main

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/memstore"
	"newsgraph/metrics"
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

// Every warm-up operation is a valid query that answers without an
// error, on the embedded store with the samples (over Neo4j an error
// would only be logged as a failed operation, and its plans not made).
func TestWarmUpOperationsAnswerWithoutErrors(t *testing.T) {
	s, err := memstore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := s.Close(context.Background()); err != nil {
			t.Error(err)
		}
	}()
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := loadSamplesIfEmpty(ctx, s, log, metrics.New()); err != nil {
		t.Fatal(err)
	}
	api := graph.NewHandler(s, graph.Options{Logger: log})
	for _, op := range warmUpOperations {
		if code, body := warmUpOne(ctx, api, op); warmUpFailed(code, body) {
			t.Errorf("%s\n= %d %s", op.Query, code, body)
		}
	}
}
