package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"newsgraph/schema"
)

// relationsGraph is a small world for Relations, worked by hand in
// testRelations:
//
//	country:RA "Ruritania" (code RA); country:RB "Borduria" (code RB) and
//	org:rbx (short name RB), so that the text "RB" names both
//	person:r-1, r-2 of RA; r-3 of RB; r-4 of org:rbx; r-5 of RA and RB; r-6, r-7 of none
//	meeting:r-1 2021-03-04  r-1, r-3   discussed issue:x
//	meeting:r-2 2021-03     r-1, r-2, r-3   discussed issue:x, issue:y
//	meeting:r-3 2021-03-20  r-2, r-4
//	meeting:r-4 2021        r-1, r-3
//	meeting:r-5 2021-05-01  r-5 alone: both sides, no pair
//	meeting:r-6 2021-05-02  r-1, r-6: side A only
//	meeting:r-7 undated     r-1, r-3
//	meeting:r-8 2022-01-10  r-7, r-5, r-3: r-7 of no side is listed among who attended
func relationsGraph() schema.ArticleGraph {
	b := NewGraphBuilder("r-1", "r")
	node, edge := b.Node, b.Edge
	b.Graph.Nodes = append(b.Graph.Nodes,
		schema.Node{ID: "country:RA", Label: schema.LabelCountry, Name: "Ruritania", Props: map[string]string{schema.PropCode: "RA"}},
		schema.Node{ID: "country:RB", Label: schema.LabelCountry, Name: "Borduria", Props: map[string]string{schema.PropCode: "RB"}},
		schema.Node{ID: "org:rbx", Label: schema.LabelOrganization, Name: "Bordurian Bloc", Props: map[string]string{schema.PropShort: "RB"}})
	node("issue:x", schema.LabelIssue, nil)
	node("issue:y", schema.LabelIssue, nil)
	for i, party := range []string{"country:RA", "country:RA", "country:RB", "org:rbx", "country:RA", "", ""} {
		p := "person:r-" + string(rune('1'+i))
		node(p, schema.LabelPerson, nil)
		if party != "" {
			edge(p, schema.RelAffiliatedWith, party, "official")
		}
	}
	edge("person:r-5", schema.RelAffiliatedWith, "country:RB", "envoy")
	for i, date := range []string{"2021-03-04", "2021-03", "2021-03-20", "2021", "2021-05-01", "2021-05-02", "", "2022-01-10"} {
		node("meeting:r-"+string(rune('1'+i)), schema.LabelMeeting, map[string]string{
			schema.PropDate: date, schema.PropKind: "meeting", schema.PropStatus: "held"})
	}
	for _, pm := range [][2]string{{"1", "1"}, {"3", "1"}, {"1", "2"}, {"2", "2"}, {"3", "2"}, {"2", "3"}, {"4", "3"},
		{"1", "4"}, {"3", "4"}, {"5", "5"}, {"1", "6"}, {"6", "6"}, {"1", "7"}, {"3", "7"}, {"7", "8"}, {"5", "8"}, {"3", "8"}} {
		edge("person:r-"+pm[0], schema.RelAttended, "meeting:r-"+pm[1], "")
	}
	edge("meeting:r-1", schema.RelDiscussed, "issue:x", "")
	edge("meeting:r-2", schema.RelDiscussed, "issue:x", "")
	edge("meeting:r-2", schema.RelDiscussed, "issue:y", "")
	return b.Graph
}

func testRelations(t *testing.T, s schema.Store) {
	g := relationsGraph()
	write(t, s, g)
	const (
		r1, r2, r3, r4, r5, r7 = "person:r-1", "person:r-2", "person:r-3", "person:r-4", "person:r-5", "person:r-7"
		m1, m2, m3, m4         = "meeting:r-1", "meeting:r-2", "meeting:r-3", "meeting:r-4"
		m5, m8                 = "meeting:r-5", "meeting:r-8"
	)
	type pairs = []schema.MeetingPair
	// listed is a meeting as written, with who attended it.
	listed := func(id string, participants ...string) schema.RelationsMeeting {
		return schema.RelationsMeeting{Node: nodeOf(g, id), Participants: participants}
	}
	tests := []struct {
		name         string
		q            schema.RelationsQuery
		sideA, sideB []string
		months       []schema.RelationsMonth
		people       []string // the listed meetings' participants
	}{
		{"by month, the year-only date its own bucket first; undated and one-sided meetings left out; a code names two parties",
			schema.RelationsQuery{PartyA: "RA", PartyB: "RB", Meetings: 2, Pairs: 100, Issues: 100},
			[]string{"country:RA"}, []string{"country:RB", "org:rbx"},
			[]schema.RelationsMonth{
				{Month: "2021", Count: 1, Meetings: []schema.RelationsMeeting{listed(m4, r1, r3)}, Pairs: pairs{{A: r1, B: r3, Count: 1}}},
				{Month: "2021-03", Count: 3, Meetings: []schema.RelationsMeeting{listed(m2, r1, r2, r3), listed(m1, r1, r3)},
					Pairs:  pairs{{A: r1, B: r3, Count: 2}, {A: r2, B: r3, Count: 1}, {A: r2, B: r4, Count: 1}},
					Issues: []schema.IssueCount{{Issue: "issue:x", Count: 2}, {Issue: "issue:y", Count: 1}}},
				{Month: "2021-05", Count: 1, Meetings: []schema.RelationsMeeting{listed(m5, r5)}},
				{Month: "2022-01", Count: 1, Meetings: []schema.RelationsMeeting{listed(m8, r3, r5, r7)}, Pairs: pairs{{A: r5, B: r3, Count: 1}}},
			},
			// r-4 attended only meeting:r-3, which is not listed.
			[]string{r1, r2, r3, r5, r7}},
		{"sides swapped, by name with case folded, no meetings listed; a month's first two pairs and first issue, ties by ids",
			schema.RelationsQuery{PartyA: "RB", PartyB: "ruritania", Pairs: 2, Issues: 1},
			[]string{"country:RB", "org:rbx"}, []string{"country:RA"},
			[]schema.RelationsMonth{
				{Month: "2021", Count: 1, Pairs: pairs{{A: r3, B: r1, Count: 1}}},
				{Month: "2021-03", Count: 3,
					Pairs:  pairs{{A: r3, B: r1, Count: 2}, {A: r3, B: r2, Count: 1}},
					Issues: []schema.IssueCount{{Issue: "issue:x", Count: 2}}},
				{Month: "2021-05", Count: 1},
				{Month: "2022-01", Count: 1, Pairs: pairs{{A: r3, B: r5, Count: 1}}},
			}, nil},
		{"a date range: from a day, to a year; no pairs or issues asked",
			schema.RelationsQuery{PartyA: "RA", PartyB: "RB", From: "2021-03-05", To: "2021", Meetings: 100},
			[]string{"country:RA"}, []string{"country:RB", "org:rbx"},
			[]schema.RelationsMonth{
				{Month: "2021-03", Count: 1, Meetings: []schema.RelationsMeeting{listed(m3, r2, r4)}},
				{Month: "2021-05", Count: 1, Meetings: []schema.RelationsMeeting{listed(m5, r5)}},
			}, []string{r2, r4, r5}},
		{"a party that names nothing: no months",
			schema.RelationsQuery{PartyA: "RA", PartyB: "Atlantis", Meetings: 100},
			[]string{"country:RA"}, nil, nil, nil},
		// Every meeting of a party had an official of it on "both sides":
		// month counts of a party with itself (or with a side that shares
		// a party) meant nothing clear, and pairs named one person twice.
		{"sides that name one party: no months",
			schema.RelationsQuery{PartyA: "RA", PartyB: "ruritania", Meetings: 100, Pairs: 100, Issues: 100},
			[]string{"country:RA"}, []string{"country:RA"}, nil, nil},
		{"sides that share a party: no months, none from the counted buckets either",
			schema.RelationsQuery{PartyA: "RB", PartyB: "country:RB"},
			[]string{"country:RB", "org:rbx"}, []string{"country:RB"}, nil, nil},
		{"one party by id on both sides, months alone: no months",
			schema.RelationsQuery{PartyA: "country:RB", PartyB: "country:RB", Pairs: 3},
			[]string{"country:RB"}, []string{"country:RB"}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Relations(context.Background(), tc.q)
			if err != nil {
				t.Fatalf("Relations: %v", err)
			}
			if diff := cmp.Diff(tc.sideA, ids(got.PartyA), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("side A (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.sideB, ids(got.PartyB), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("side B (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.months, got.Months, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("months (-want +got):\n%s", diff)
			}
			var people []schema.Node
			for _, id := range tc.people {
				people = append(people, nodeOf(g, id))
			}
			if diff := cmp.Diff(people, got.People, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("people (-want +got):\n%s", diff)
			}
		})
	}
	// Sides of one party each, no meeting listed: the months' aggregate,
	// which a store may count ahead of the query.
	months := []struct {
		name   string
		q      schema.RelationsQuery
		months []schema.RelationsMonth
	}{
		{"one party a side, every pair and issue",
			schema.RelationsQuery{PartyA: "RA", PartyB: "Borduria", Pairs: 100, Issues: 100},
			[]schema.RelationsMonth{
				{Month: "2021", Count: 1, Pairs: pairs{{A: r1, B: r3, Count: 1}}},
				{Month: "2021-03", Count: 2, Pairs: pairs{{A: r1, B: r3, Count: 2}, {A: r2, B: r3, Count: 1}},
					Issues: []schema.IssueCount{{Issue: "issue:x", Count: 2}, {Issue: "issue:y", Count: 1}}},
				{Month: "2021-05", Count: 1},
				{Month: "2022-01", Count: 1, Pairs: pairs{{A: r5, B: r3, Count: 1}}},
			}},
		{"one party a side, swapped, by id: the first pair and issue in the asked order",
			schema.RelationsQuery{PartyA: "country:RB", PartyB: "RA", Pairs: 1, Issues: 1},
			[]schema.RelationsMonth{
				{Month: "2021", Count: 1, Pairs: pairs{{A: r3, B: r1, Count: 1}}},
				{Month: "2021-03", Count: 2, Pairs: pairs{{A: r3, B: r1, Count: 2}}, Issues: []schema.IssueCount{{Issue: "issue:x", Count: 2}}},
				{Month: "2021-05", Count: 1},
				{Month: "2022-01", Count: 1, Pairs: pairs{{A: r3, B: r5, Count: 1}}},
			}},
		{"from and to inside months: a day keeps part of its month (not the meeting dated the month alone)",
			schema.RelationsQuery{PartyA: "RA", PartyB: "Borduria", From: "2021-03-04", To: "2021-05-01", Pairs: 100, Issues: 100},
			[]schema.RelationsMonth{
				{Month: "2021-03", Count: 1, Pairs: pairs{{A: r1, B: r3, Count: 1}}, Issues: []schema.IssueCount{{Issue: "issue:x", Count: 1}}},
				{Month: "2021-05", Count: 1},
			}},
		{"a month's first day to its last: the meeting dated the month alone too",
			schema.RelationsQuery{PartyA: "RA", PartyB: "Borduria", From: "2021-03-01", To: "2021-03-31", Pairs: 100},
			[]schema.RelationsMonth{
				{Month: "2021-03", Count: 2, Pairs: pairs{{A: r1, B: r3, Count: 2}, {A: r2, B: r3, Count: 1}}},
			}},
		{"a year's first day to its last: the year's own bucket too",
			schema.RelationsQuery{PartyA: "RA", PartyB: "Borduria", From: "2021-01-01", To: "2021-12-31", Pairs: 100},
			[]schema.RelationsMonth{
				{Month: "2021", Count: 1, Pairs: pairs{{A: r1, B: r3, Count: 1}}},
				{Month: "2021-03", Count: 2, Pairs: pairs{{A: r1, B: r3, Count: 2}, {A: r2, B: r3, Count: 1}}},
				{Month: "2021-05", Count: 1},
			}},
		{"from a year to a month: whole buckets",
			schema.RelationsQuery{PartyA: "RA", PartyB: "Borduria", From: "2021", To: "2021-03", Pairs: 100},
			[]schema.RelationsMonth{
				{Month: "2021", Count: 1, Pairs: pairs{{A: r1, B: r3, Count: 1}}},
				{Month: "2021-03", Count: 2, Pairs: pairs{{A: r1, B: r3, Count: 2}, {A: r2, B: r3, Count: 1}}},
			}},
		{"to a day before a month's first meeting: none of that month",
			schema.RelationsQuery{PartyA: "RA", PartyB: "Borduria", From: "2021-05", To: "2022-01-09"},
			[]schema.RelationsMonth{{Month: "2021-05", Count: 1}}},
	}
	for _, tc := range months {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Relations(context.Background(), tc.q)
			if err != nil {
				t.Fatalf("Relations: %v", err)
			}
			if diff := cmp.Diff(tc.months, got.Months, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("months (-want +got):\n%s", diff)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Relations(ctx, schema.RelationsQuery{PartyA: "RA", PartyB: "RB"}); err == nil {
		t.Error("Relations with an ended context: no error")
	}
}

// nodeOf is the node of g with id id, as a store reads it back.
func nodeOf(g schema.ArticleGraph, id string) schema.Node {
	for _, n := range g.Nodes {
		if n.ID == id {
			return n
		}
	}
	panic("storetest: no node " + id)
}

// ManyMeetings is a graph for benchmarks of Relations at scale: n
// meetings of two officials, one of country:SA and one of country:SB
// (each side has 50), spread over 60 months from 2020-01, each discussing
// one of 10 issues. It is one article's graph, as one transaction.
func ManyMeetings(n int) schema.ArticleGraph {
	ev := []schema.Evidence{{ArticleID: "many", Sentence: "m"}}
	g := schema.ArticleGraph{ArticleID: "many", Nodes: []schema.Node{
		{ID: "country:SA", Label: schema.LabelCountry, Name: "Side A", Props: map[string]string{schema.PropCode: "SA"}},
		{ID: "country:SB", Label: schema.LabelCountry, Name: "Side B", Props: map[string]string{schema.PropCode: "SB"}},
	}}
	edge := func(from, relType, to, key string) {
		g.Edges = append(g.Edges, schema.Edge{Type: relType, From: from, To: to, Key: key, Evidence: ev})
	}
	for i := range 10 {
		g.Nodes = append(g.Nodes, schema.Node{ID: fmt.Sprintf("issue:many-%d", i), Label: schema.LabelIssue, Name: fmt.Sprintf("issue %d", i)})
	}
	for i := range 50 {
		for _, side := range []string{"a", "b"} {
			p := fmt.Sprintf("person:many-%s-%d", side, i)
			g.Nodes = append(g.Nodes, schema.Node{ID: p, Label: schema.LabelPerson, Name: p})
			edge(p, schema.RelAffiliatedWith, "country:S"+strings.ToUpper(side), "official")
		}
	}
	for i := range n {
		m := fmt.Sprintf("meeting:many-%d", i)
		date := fmt.Sprintf("%d-%02d-%02d", 2020+i%60/12, i%12+1, i%28+1)
		g.Nodes = append(g.Nodes, schema.Node{ID: m, Label: schema.LabelMeeting, Name: m,
			Props: map[string]string{schema.PropDate: date, schema.PropKind: "meeting", schema.PropStatus: "held"}})
		edge(fmt.Sprintf("person:many-a-%d", i%50), schema.RelAttended, m, "")
		edge(fmt.Sprintf("person:many-b-%d", i*7%50), schema.RelAttended, m, "")
		edge(m, schema.RelDiscussed, fmt.Sprintf("issue:many-%d", i%10), "")
	}
	return g
}

// relationsArticle is article id's graph (content hash hash): it reports
// meeting:q-1 (dated date) between people, each affiliated as affiliations
// says ({person, party}), which discussed issues; countries QA, QB and QC
// are in every such graph.
func relationsArticle(id, hash, date string, people []string, affiliations [][2]string, issues ...string) schema.ArticleGraph {
	b := NewGraphBuilder(id, "s")
	art := schema.ArticleID(id)
	b.Graph.Nodes = append(b.Graph.Nodes, schema.Node{ID: art, Label: schema.LabelArticle, Name: id, Props: map[string]string{schema.PropContentHash: hash}})
	for _, c := range []string{"QA", "QB", "QC"} {
		b.Graph.Nodes = append(b.Graph.Nodes, schema.Node{ID: "country:" + c, Label: schema.LabelCountry, Name: "Land " + c, Props: map[string]string{schema.PropCode: c}})
	}
	if date != "" {
		b.Node("meeting:q-1", schema.LabelMeeting, map[string]string{schema.PropDate: date, schema.PropStatus: "held"})
		b.Edge(art, schema.RelReports, "meeting:q-1", "")
		for _, i := range issues {
			b.Node(i, schema.LabelIssue, nil)
			b.Edge("meeting:q-1", schema.RelDiscussed, i, "")
		}
	}
	for _, p := range people {
		b.Node(p, schema.LabelPerson, nil)
		if date != "" {
			b.Edge(p, schema.RelAttended, "meeting:q-1", "")
		}
	}
	for _, a := range affiliations {
		if !hasNode(b.Graph, a[0]) {
			b.Node(a[0], schema.LabelPerson, nil)
		}
		b.Edge(a[0], schema.RelAffiliatedWith, a[1], "official")
	}
	return b.Graph
}

// testRelationsFollowWrites checks the months' aggregate of sides of one
// party each after every kind of write that moves a meeting between months
// or pairs: a reload, a refined date, a new affiliation, articles rewritten
// without an affiliation and without the meeting. At each step the
// aggregate alone must be what the months of the listed meetings count.
func testRelationsFollowWrites(t *testing.T, s schema.Store) {
	const a, b = "person:q-a", "person:q-b"
	ctx := context.Background()
	type want map[[2]string][]schema.RelationsMonth // by parties
	check := func(step string, w want) {
		t.Helper()
		for _, sides := range [][2]string{{"QA", "QB"}, {"QA", "QC"}, {"QB", "QC"}} {
			got, err := s.Relations(ctx, schema.RelationsQuery{PartyA: sides[0], PartyB: sides[1], Pairs: 100, Issues: 100})
			if err != nil {
				t.Fatalf("%s: Relations: %v", step, err)
			}
			if diff := cmp.Diff(w[sides], got.Months, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s: %s and %s, months (-want +got):\n%s", step, sides[0], sides[1], diff)
			}
			listed, err := s.Relations(ctx, schema.RelationsQuery{PartyA: sides[0], PartyB: sides[1], Meetings: 1, Pairs: 100, Issues: 100})
			if err != nil {
				t.Fatalf("%s: Relations: %v", step, err)
			}
			for i := range listed.Months {
				listed.Months[i].Meetings = nil
			}
			if diff := cmp.Diff(listed.Months, got.Months, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s: %s and %s, the aggregate alone (+) differs from the months of the listed meetings (-):\n%s", step, sides[0], sides[1], diff)
			}
		}
	}
	ab := []schema.MeetingPair{{A: a, B: b, Count: 1}}
	issue := []schema.IssueCount{{Issue: "issue:q", Count: 1}}
	ofQB := [][2]string{{a, "country:QA"}, {b, "country:QB"}}
	write(t, s, relationsArticle("q-1", "h1", "2022", []string{a, b}, ofQB, "issue:q"))
	check("a meeting dated a year", want{{"QA", "QB"}: {{Month: "2022", Count: 1, Pairs: ab, Issues: issue}}})
	write(t, s, relationsArticle("q-1", "h1", "2022", []string{a, b}, ofQB, "issue:q"))
	check("loaded again", want{{"QA", "QB"}: {{Month: "2022", Count: 1, Pairs: ab, Issues: issue}}})
	write(t, s, relationsArticle("q-2", "h1", "2022-05-01", []string{a, b}, ofQB))
	check("its date refined by another article: it leaves the year", want{{"QA", "QB"}: {{Month: "2022-05", Count: 1, Pairs: ab, Issues: issue}}})
	write(t, s, relationsArticle("q-3", "h1", "", nil, [][2]string{{b, "country:QC"}}))
	check("b of QC too: the meeting is between three pairs", want{
		{"QA", "QB"}: {{Month: "2022-05", Count: 1, Pairs: ab, Issues: issue}},
		{"QA", "QC"}: {{Month: "2022-05", Count: 1, Pairs: ab, Issues: issue}},
		{"QB", "QC"}: {{Month: "2022-05", Count: 1, Issues: issue}}})
	ofQC := [][2]string{{a, "country:QA"}}
	write(t, s, relationsArticle("q-1", "h2", "2022", []string{a, b}, ofQC, "issue:q"), relationsArticle("q-2", "h2", "2022-05-01", []string{a, b}, ofQC))
	check("both rewritten without b of QB: the meeting moves to QA and QC", want{{"QA", "QC"}: {{Month: "2022-05", Count: 1, Pairs: ab, Issues: issue}}})
	write(t, s, relationsArticle("q-1", "h3", "", []string{a}, ofQC), relationsArticle("q-2", "h3", "", []string{a}, ofQC))
	check("rewritten without the meeting", want{})
}
