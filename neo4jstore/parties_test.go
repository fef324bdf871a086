package neo4jstore_test

import (
	"context"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

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
		"DROP INDEX attended_person_date IF EXISTS",
		"MATCH ()-[r:ATTENDED]->() REMOVE r.person, r.date",
	} {
		if err := s.Exec(ctx, neo4jstore.Statement{Query: q}); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	reopened := reopen(t)
	_, got, err := storetest.Meetings(ctx, reopened, xi, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("after reopening an older database: %d meetings of Xi with US officials, want %d", got, want)
	}
	if wrong, err := reopened.WrongAttendedKeys(ctx); err != nil || wrong != 0 {
		t.Errorf("after reopening an older database: %d ATTENDED edges without their keys (%v), want 0", wrong, err)
	}
}

// TestWrittenMeetingListsEqualASyncOfEveryMeeting checks that the lists the
// write path keeps (computed in Go for the meetings a batch creates, by
// syncMeetingCypher for the others) are, after writes, replays, rewrites,
// new parties and retractions, what syncMeetingCypher gives every meeting
// afresh; that no meeting without lists has an ATTENDED edge (what lets
// the write path compute a new meeting's lists from its batch); that
// every ATTENDED edge keeps its person's id and its meeting's date; and
// that the people's counts of meetings with each party's officials
// (partycounts.go) are what their meetings' lists count afresh.
func TestWrittenMeetingListsEqualASyncOfEveryMeeting(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Open(t)
	many := storetest.ManyMeetings(60)
	ev := func(article string) []schema.Evidence { return []schema.Evidence{{ArticleID: article, Sentence: "s"}} }
	article := func(id, hash string, nodes []schema.Node, edges ...schema.Edge) schema.ArticleGraph {
		for i := range edges {
			edges[i].Evidence = ev(id)
		}
		return schema.ArticleGraph{ArticleID: id, Nodes: append([]schema.Node{{ID: schema.ArticleID(id), Label: schema.LabelArticle,
			Name: id, Props: map[string]string{schema.PropContentHash: hash}}}, nodes...), Edges: edges}
	}
	person := func(id string) schema.Node { return schema.Node{ID: id, Label: schema.LabelPerson, Name: id} }
	meeting := func(id string) schema.Node {
		return schema.Node{ID: id, Label: schema.LabelMeeting, Name: id,
			Props: map[string]string{schema.PropDate: "2024-01-02", schema.PropKind: "meeting", schema.PropStatus: "held"}}
	}
	party := schema.Node{ID: "country:SC", Label: schema.LabelCountry, Name: "Side C", Props: map[string]string{schema.PropCode: "SC"}}
	a0, b3, z := "person:many-a-0", "person:many-b-3", "person:zed"
	attended := func(p, m, key string) schema.Edge {
		return schema.Edge{Type: schema.RelAttended, From: p, To: m, Key: key}
	}
	steps := []struct {
		name   string
		graphs []schema.ArticleGraph
	}{
		{"seed and many meetings", append(storetest.Seed(), many)},
		{"a replay: new meetings of stored people", []schema.ArticleGraph{replayed(many, 1)}},
		{"a new meeting of stored people, their parties not in the batch, one named twice and one unaffiliated",
			[]schema.ArticleGraph{article("t-1", "h1", []schema.Node{person(a0), person(b3), person(z), meeting("meeting:t-1")},
				attended(z, "meeting:t-1", ""), attended(b3, "meeting:t-1", ""), attended(a0, "meeting:t-1", ""), attended(a0, "meeting:t-1", "host"))}},
		{"a stored meeting gains a participant and a new party (by two edges)",
			[]schema.ArticleGraph{article("t-2", "h1", []schema.Node{person(z), party, meeting("meeting:many-5")},
				attended(z, "meeting:many-5", ""), schema.Edge{Type: schema.RelAffiliatedWith, From: z, To: party.ID, Key: "official"},
				schema.Edge{Type: schema.RelAffiliatedWith, From: z, To: party.ID, Key: "leader"})}},
		{"the unaffiliated person gains two parties, one of them shared",
			[]schema.ArticleGraph{article("t-3", "h1", []schema.Node{person(z), {ID: "country:SA", Label: schema.LabelCountry, Name: "Side A"}},
				schema.Edge{Type: schema.RelAffiliatedWith, From: z, To: "country:SA", Key: "official"})}},
		{"t-1 rewritten: one participant less, a new meeting",
			[]schema.ArticleGraph{article("t-1", "h2", []schema.Node{person(a0), person(z), meeting("meeting:t-1"), meeting("meeting:t-1b")},
				attended(z, "meeting:t-1", ""), attended(a0, "meeting:t-1", ""), attended(z, "meeting:t-1b", ""))}},
		{"t-2 and t-3 retracted", []schema.ArticleGraph{article("t-2", "h2", nil), article("t-3", "h2", nil)}},
	}
	for _, st := range steps {
		if err := storetest.Write(ctx, s, st.graphs); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		written, unsynced, err := s.MeetingLists(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if unsynced != 0 {
			t.Errorf("%s: meetings without lists have %d ATTENDED edges, want 0", st.name, unsynced)
		}
		if wrong, err := s.WrongAttendedKeys(ctx); err != nil || wrong != 0 {
			t.Errorf("%s: %d ATTENDED edges with wrong keys (%v), want 0", st.name, wrong, err)
		}
		kept, fresh, err := s.PartyCounts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(fresh, kept); diff != "" {
			t.Errorf("%s: people's kept counts differ from a fresh count (-fresh +kept):\n%s", st.name, diff)
		}
		if len(fresh) == 0 {
			t.Errorf("%s: no person counts a meeting: the test would prove little", st.name)
		}
		if err := s.ResyncMeetings(ctx); err != nil {
			t.Fatal(err)
		}
		synced, _, err := s.MeetingLists(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for id := range synced {
			if _, ok := written[id]; !ok {
				delete(synced, id) // never synced, and without ATTENDED edges (checked above)
			}
		}
		if len(written) < 60 {
			t.Fatalf("%s: %d meetings with lists: the test would prove little", st.name, len(written))
		}
		if diff := cmp.Diff(synced, written); diff != "" {
			t.Errorf("%s: written lists differ from syncMeetingCypher's (-sync +written):\n%s", st.name, diff)
		}
	}
}

// TestOpenReplacesTheOldMarkOfKeptCounts checks that a database marked the
// old way as keeping people's counts (an index over the counts themselves,
// which every change of a count updated) gets the new mark, an index over
// a property no node has, when the store opens, and that its counts are
// taken as they are, not counted again: a planted count survives.
func TestOpenReplacesTheOldMarkOfKeptCounts(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Open(t)
	if err := storetest.Write(ctx, s, storetest.Seed()); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"DROP INDEX person_party_meetings_kept IF EXISTS",
		"CREATE INDEX person_party_meetings IF NOT EXISTS FOR (p:Person) ON (p.partyMeetings)",
		"MATCH (p:Person {id: 'person:xi-jinping'}) SET p.partyMeetings = coalesce(p.partyMeetings, []) + ['country:ZZ 7']",
	} {
		if err := s.Exec(ctx, neo4jstore.Statement{Query: q}); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	before, _, err := s.PartyCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	reopened := reopen(t)
	for name, want := range map[string]bool{"person_party_meetings": false, "person_party_meetings_kept": true} {
		if got, err := reopened.IndexExists(ctx, name); err != nil || got != want {
			t.Errorf("after reopening: index %s exists %v (%v), want %v", name, got, err, want)
		}
	}
	after, _, err := reopened.PartyCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("reopening counted again (-before +after):\n%s", diff)
	}
	if !slices.Contains(after["person:xi-jinping"], "country:ZZ 7") {
		t.Errorf("the planted count is gone: %v", after["person:xi-jinping"])
	}
}

// reopen opens the test database again, as a restarted server does, and
// closes it when the test ends.
func reopen(t *testing.T) *neo4jstore.Store {
	t.Helper()
	ctx := context.Background()
	cfg, _ := neo4jstore.ConfigFromEnv()
	s, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(ctx); err != nil {
			t.Error(err)
		}
	})
	return s
}
