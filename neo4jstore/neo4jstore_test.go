package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/neo4jstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// TestContract runs the store contract against a real Neo4j server.
func TestContract(t *testing.T) {
	storetest.Run(t, neo4jtest.OpenStore)
}

// TestElementStatementsMatchWrite checks that the naive path benchmarks use
// (one statement per element) builds the same graph as the batched write.
func TestElementStatementsMatchWrite(t *testing.T) {
	ctx := context.Background()
	batched := neo4jtest.Open(t)
	if err := storetest.Write(ctx, batched, storetest.Seed()); err != nil {
		t.Fatal(err)
	}
	want := readBack(t, batched)

	naive := neo4jtest.Open(t) // wipes the database
	for _, st := range neo4jstore.ElementStatements(storetest.Seed()) {
		if err := naive.Exec(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(want, readBack(t, naive)); diff != "" {
		t.Errorf("one statement per element (+) differs from the batched write (-):\n%s", diff)
	}
}

// graphRead is what TestElementStatementsMatchWrite compares.
type graphRead struct {
	Counts   schema.Counts
	Meetings []schema.Node
	Edges    map[string][]schema.Edge
}

func readBack(t *testing.T, s schema.Store) graphRead {
	t.Helper()
	ctx := context.Background()
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	meetings, _, err := storetest.Meetings(ctx, s, schema.MeetingFilter{}, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	edges, err := storetest.Edges(ctx, s, []string{"person:antony-blinken"}, schema.RelAffiliatedWith, schema.Out)
	if err != nil {
		t.Fatal(err)
	}
	return graphRead{c, meetings, edges}
}

// TestWriteMergesTheEdgesOfAnArticleStoredMeanwhile writes the same graphs
// twice past the check for stored articles, as two writers of the same
// articles do when both read them as not stored and the first commits
// before the second merges: the second must find the first's edges and
// merge into them, not create them again.
func TestWriteMergesTheEdgesOfAnArticleStoredMeanwhile(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Open(t)
	var counts []schema.Counts
	for range 2 {
		if err := s.WriteUnchecked(ctx, storetest.Seed()); err != nil {
			t.Fatal(err)
		}
		c, err := s.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		counts = append(counts, c)
	}
	if counts[0].Relationships == 0 {
		t.Fatal("the seed graphs wrote no relationship")
	}
	if counts[1] != counts[0] {
		t.Errorf("after the second write %+v, want %+v as after the first", counts[1], counts[0])
	}
}

// TestArticleEdgesOfAnOlderDatabaseReadAndMergeAsBefore checks an edge
// from an article as databases written before ownEvidence kept it (its
// key "" and its articles list naming its start article): it reads back
// as the same edge, and a write of the same article's edge past the check
// for stored articles merges into it instead of adding a keyless twin.
func TestArticleEdgesOfAnOlderDatabaseReadAndMergeAsBefore(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Open(t)
	const art, person = "article:old1", "person:old-p"
	nodes := []schema.Node{{ID: art, Label: schema.LabelArticle, Name: "old1"}, {ID: person, Label: schema.LabelPerson, Name: "P"}}
	mention := schema.Edge{Type: schema.RelMentions, From: art, To: person, Evidence: []schema.Evidence{{ArticleID: "old1", Sentence: "P said."}}}
	if err := storetest.Write(ctx, s, []schema.ArticleGraph{{ArticleID: "old1", Nodes: nodes}}); err != nil {
		t.Fatal(err)
	}
	old := neo4jstore.Statement{Query: `MATCH (a:Article {id: $art}), (p:Person {id: $person})
CREATE (a)-[:MENTIONS {key: '', articles: ['old1'], sentences: ['P said.']}]->(p)`, Params: map[string]any{"art": art, "person": person}}
	if err := s.Exec(ctx, old); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		got, err := storetest.Edges(ctx, s, []string{art}, schema.RelMentions, schema.Out)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]schema.Edge{mention}, got[art]); diff != "" {
			t.Errorf("%s: the article's mentions (-want +got):\n%s", when, diff)
		}
		tl, err := s.Timeline(ctx, person, "", "", nil, schema.TimelineKey{}, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(tl) != 1 || tl[0].Sentence != "P said." {
			t.Errorf("%s: timeline %+v, want the article's mention with its sentence", when, tl)
		}
	}
	check("as stored before")
	if err := s.WriteUnchecked(ctx, []schema.ArticleGraph{{ArticleID: "old1", Nodes: nodes, Edges: []schema.Edge{mention}}}); err != nil {
		t.Fatal(err)
	}
	check("after the same edge is written again")
	if c, err := s.Counts(ctx); err != nil || c.Relationships != 1 {
		t.Errorf("Counts = %+v (%v), want the one relationship", c, err)
	}
}

// TestOpenRenamesTheRefinedMeetingsOfAnOlderDatabase checks that a database
// written before a refined date renamed its meeting ("A – B call, 2022"
// dated 2022-07-28) gets the names that writing it now gives, when the
// store opens, and that names which do not end with a coarser form of the
// date are left alone.
func TestOpenRenamesTheRefinedMeetingsOfAnOlderDatabase(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Open(t)
	meeting := func(id, name, date string) schema.Node {
		return schema.Node{ID: id, Label: schema.LabelMeeting, Name: name,
			Props: map[string]string{schema.PropDate: date, schema.PropStatus: schema.StatusHeld, schema.PropKind: "call"}}
	}
	stored := []schema.Node{ // as an older database holds them: the name kept the first report's date
		meeting("meeting:year", "A – B call, 2022", "2022-07-28"),
		meeting("meeting:month", "A – C call, 2022-07", "2022-07-28"),
		meeting("meeting:other-year", "A – D call, 2021", "2022-07"),
		meeting("meeting:summit", "Summit of the Americas", "2022-06"),
		meeting("meeting:right", "A – E call, 2022-05-01", "2022-05-01"),
		meeting("meeting:comma", "Talks, as planned", "2022-05"),
	}
	if err := storetest.Write(ctx, s, []schema.ArticleGraph{{ArticleID: "old", Nodes: stored}}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"meeting:year":       "A – B call, 2022-07-28",
		"meeting:month":      "A – C call, 2022-07-28",
		"meeting:other-year": "A – D call, 2021",
		"meeting:summit":     "Summit of the Americas",
		"meeting:right":      "A – E call, 2022-05-01",
		"meeting:comma":      "Talks, as planned",
	}
	ids := make([]string, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	got, err := reopen(t).Nodes(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for id, name := range want {
		if got[id].Name != name {
			t.Errorf("%s after reopening: name %q, want %q", id, got[id].Name, name)
		}
	}
}
