package storetest

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"newsgraph/schema"
)

// partiesArticle is article id's graph: meeting:p-1 (2022-05-01), which
// the article reports and which people attend; each affiliation is
// {person, party}. hash is the article's content hash.
func partiesArticle(id, hash string, people []string, affiliations [][2]string) schema.ArticleGraph {
	ev := []schema.Evidence{{ArticleID: id, Sentence: "s"}}
	art := schema.ArticleID(id)
	g := schema.ArticleGraph{ArticleID: id, Nodes: []schema.Node{
		{ID: art, Label: schema.LabelArticle, Name: id, Props: map[string]string{schema.PropContentHash: hash}},
		{ID: "meeting:p-1", Label: schema.LabelMeeting, Name: "p-1", Props: map[string]string{schema.PropDate: "2022-05-01", schema.PropStatus: "held"}},
		{ID: "country:PA", Label: schema.LabelCountry, Name: "Parta", Props: map[string]string{schema.PropCode: "PA"}},
		{ID: "country:PB", Label: schema.LabelCountry, Name: "Partb", Props: map[string]string{schema.PropCode: "PB"}},
	}, Edges: []schema.Edge{{Type: schema.RelReports, From: art, To: "meeting:p-1", Evidence: ev}}}
	for _, p := range people {
		g.Nodes = append(g.Nodes, schema.Node{ID: p, Label: schema.LabelPerson, Name: p})
		g.Edges = append(g.Edges, schema.Edge{Type: schema.RelAttended, From: p, To: "meeting:p-1", Evidence: ev})
	}
	// p-d, an official of PA who attends nothing, keeps PA in the graph
	// when no participant is of it.
	for _, a := range append([][2]string{{"person:p-d", "country:PA"}}, affiliations...) {
		if !hasNode(g, a[0]) {
			g.Nodes = append(g.Nodes, schema.Node{ID: a[0], Label: schema.LabelPerson, Name: a[0]})
		}
		g.Edges = append(g.Edges, schema.Edge{Type: schema.RelAffiliatedWith, From: a[0], To: a[1], Key: "official", Evidence: ev})
	}
	return g
}

func hasNode(g schema.ArticleGraph, id string) bool {
	for _, n := range g.Nodes {
		if n.ID == id {
			return true
		}
	}
	return false
}

// testMeetingParties checks that who took part in a meeting, and for
// whom, follows every write: a participant added by another article, an
// affiliation that comes after the meeting, an article rewritten without
// a participant or an affiliation, a participant who becomes an official
// of the party asked, and the meeting retracted. Each step asks the
// Xi-shaped filter (a participant with officials of a party), the
// countries filter and Relations, which read what a store keeps about a
// meeting's parties.
func testMeetingParties(t *testing.T, s schema.Store) {
	const a, b, c = "person:p-a", "person:p-b", "person:p-c"
	type want struct {
		withPB int // meetings of p-a with officials of PB
		both   int // meetings with officials of PA and of PB
		pairs  []schema.MeetingPair
		withPA int // meetings of p-b with officials of PA
	}
	check := func(step string, w want) {
		t.Helper()
		ctx := context.Background()
		_, n := meetings(t, s, schema.MeetingFilter{Participant: a, WithOfficialsOf: "PB"}, 0, 10)
		if n != w.withPB {
			t.Errorf("%s: meetings of p-a with officials of PB: %d, want %d", step, n, w.withPB)
		}
		_, n = meetings(t, s, schema.MeetingFilter{Participant: b, WithOfficialsOf: "Parta"}, 0, 10)
		if n != w.withPA {
			t.Errorf("%s: meetings of p-b with officials of PA: %d, want %d", step, n, w.withPA)
		}
		_, n = meetings(t, s, schema.MeetingFilter{Countries: []string{"PA", "PB"}}, 0, 10)
		if n != w.both {
			t.Errorf("%s: meetings with officials of PA and PB: %d, want %d", step, n, w.both)
		}
		rel, err := s.Relations(ctx, schema.RelationsQuery{PartyA: "PA", PartyB: "PB", Meetings: 10, Pairs: 100})
		if err != nil {
			t.Fatalf("%s: Relations: %v", step, err)
		}
		var pairs []schema.MeetingPair
		count := 0
		for _, m := range rel.Months {
			count += m.Count
			pairs = append(pairs, m.Pairs...)
		}
		if count != w.both {
			t.Errorf("%s: relations PA/PB count %d, want %d", step, count, w.both)
		}
		if diff := cmp.Diff(w.pairs, pairs, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: relations pairs (-want +got):\n%s", step, diff)
		}
	}
	// 1. p-a (PA) meets p-b, whose party no article has named yet.
	write(t, s, partiesArticle("p-1", "h1", []string{a, b}, [][2]string{{a, "country:PA"}}))
	check("p-b without a party", want{withPA: 1})
	// 2. Another article names p-b an official of PB: the meeting, written
	// before, now has officials of both.
	write(t, s, affiliationArticle("p-2", "x", b, "country:PB"))
	check("p-b of PB", want{withPB: 1, withPA: 1, both: 1, pairs: []schema.MeetingPair{{A: a, B: b, Count: 1}}})
	// 3. Writing both again changes nothing.
	write(t, s, partiesArticle("p-1", "h1", []string{a, b}, [][2]string{{a, "country:PA"}}))
	check("written again", want{withPB: 1, withPA: 1, both: 1, pairs: []schema.MeetingPair{{A: a, B: b, Count: 1}}})
	// 4. p-1 rewritten: p-b no longer attends, p-c (PB) does.
	write(t, s, partiesArticle("p-1", "h2", []string{a, c}, [][2]string{{a, "country:PA"}, {c, "country:PB"}}))
	check("p-c instead of p-b", want{withPB: 1, both: 1, pairs: []schema.MeetingPair{{A: a, B: c, Count: 1}}})
	// 5. p-1 rewritten again: p-a's affiliation gone (p-a still attends).
	write(t, s, partiesArticle("p-1", "h3", []string{a, c}, [][2]string{{c, "country:PB"}}))
	check("p-a without a party", want{withPB: 1})
	// 6. An article that names only p-a an official of PA, then the same
	// article rewritten without it: the meeting is in neither write.
	write(t, s, affiliationArticle("p-3", "y1", a, "country:PA"))
	check("p-a of PA again", want{withPB: 1, both: 1, pairs: []schema.MeetingPair{{A: a, B: c, Count: 1}}})
	write(t, s, schema.ArticleGraph{ArticleID: "p-3", Nodes: []schema.Node{
		{ID: "article:p-3", Label: schema.LabelArticle, Name: "p-3", Props: map[string]string{schema.PropContentHash: "y2"}}}})
	check("p-3 rewritten without p-a's party", want{withPB: 1})
	// 7. p-a becomes an official of PB too: p-c is still another official
	// of PB at p-1.
	write(t, s, affiliationArticle("p-4", "z1", a, "country:PB"))
	check("p-a of PB", want{withPB: 1})
	// 8. p-1 rewritten without the meeting: no article reports it, and it
	// is gone.
	write(t, s, schema.ArticleGraph{ArticleID: "p-1", Nodes: []schema.Node{
		{ID: "article:p-1", Label: schema.LabelArticle, Name: "p-1", Props: map[string]string{schema.PropContentHash: "h4"}}}})
	check("p-1 without the meeting", want{})
}

// affiliationArticle is article id's graph (content hash hash) that names
// person an official of country party.
func affiliationArticle(id, hash, person, party string) schema.ArticleGraph {
	return schema.ArticleGraph{ArticleID: id, Nodes: []schema.Node{
		{ID: schema.ArticleID(id), Label: schema.LabelArticle, Name: id, Props: map[string]string{schema.PropContentHash: hash}},
		{ID: person, Label: schema.LabelPerson, Name: person},
		{ID: party, Label: schema.LabelCountry, Name: party},
	}, Edges: []schema.Edge{{Type: schema.RelAffiliatedWith, From: person, To: party, Key: "official",
		Evidence: []schema.Evidence{{ArticleID: id, Sentence: "s"}}}}}
}
