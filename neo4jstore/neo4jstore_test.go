package neo4jstore_test

import (
	"context"
	"reflect"
	"testing"

	"newsgraph/neo4jstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// TestContract runs the store contract against a real Neo4j server.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) schema.Store { return neo4jtest.Open(t) })
}

// TestElementStatementsMatchWrite checks that the naive path benchmarks use
// (one statement per element) builds the same graph as the batched Write.
func TestElementStatementsMatchWrite(t *testing.T) {
	ctx := context.Background()
	batched := neo4jtest.Open(t)
	if err := batched.Write(ctx, storetest.Seed()); err != nil {
		t.Fatal(err)
	}
	want, _ := batched.Counts(ctx)
	wantMeetings, _, _ := batched.Meetings(ctx, schema.MeetingFilter{}, 0, 100)
	wantEdges, _ := batched.Edges(ctx, []string{"person:antony-blinken"}, schema.RelAffiliatedWith, schema.Out)

	naive := neo4jtest.Open(t) // wipes the database
	for _, st := range neo4jstore.ElementStatements(storetest.Seed()) {
		if err := naive.Exec(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := naive.Counts(ctx)
	gotMeetings, _, _ := naive.Meetings(ctx, schema.MeetingFilter{}, 0, 100)
	gotEdges, _ := naive.Edges(ctx, []string{"person:antony-blinken"}, schema.RelAffiliatedWith, schema.Out)
	if got != want || !reflect.DeepEqual(gotMeetings, wantMeetings) || !reflect.DeepEqual(gotEdges, wantEdges) {
		t.Errorf("one statement per element gave %+v, Write gave %+v", got, want)
	}
}
