package neo4jstore_test

import (
	"context"
	"testing"

	"newsgraph/neo4jstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// TestOpenFillsTheMeetingsPartiesOfAnOlderDatabase checks that a database
// written before meetings kept their participants and parties (no lists,
// no meeting_parties index) gets them when the store opens, so that the
// Xi query answers as it did.
func TestOpenFillsTheMeetingsPartiesOfAnOlderDatabase(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Open(t)
	if err := storetest.Write(ctx, s, storetest.Seed()); err != nil {
		t.Fatal(err)
	}
	xi := schema.MeetingFilter{Participant: "Xi Jinping", WithOfficialsOf: "US"}
	_, want, err := storetest.Meetings(ctx, s, xi, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want == 0 {
		t.Fatal("the seed has no meeting of Xi with US officials: the test would prove nothing")
	}
	for _, q := range []string{
		"DROP INDEX meeting_parties IF EXISTS",
		"MATCH (m:Meeting) REMOVE m.attendees, m.partyIDs, m.partyPeople, m.partyText",
	} {
		if err := s.Exec(ctx, neo4jstore.Statement{Query: q}); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	cfg, _ := neo4jstore.ConfigFromEnv()
	reopened, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := reopened.Close(ctx); err != nil {
			t.Error(err)
		}
	}()
	_, got, err := storetest.Meetings(ctx, reopened, xi, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("after reopening an older database: %d meetings of Xi with US officials, want %d", got, want)
	}
}
