package storetest

import (
	"context"
	"testing"

	"newsgraph/schema"
)

// testMeetingKindIsTheSourcesMajority: a meeting's mode, call or in
// person, is the one most of its articles give, where they disagree (issue
// 10, audit38: Blinken and Borrell's meeting in Washington stayed the call
// its first article told); a tie keeps the stored kind; an article written
// again, or telling the meeting twice, counts once; two articles of one
// batch count as two; an in-person kind the majority confirms stays
// ("summit" is not made "meeting").
func testMeetingKindIsTheSourcesMajority(t *testing.T, s schema.Store) {
	report := func(id, article string, kinds ...string) schema.ArticleGraph {
		entries := ""
		for i, k := range kinds {
			if i > 0 {
				entries += ","
			}
			entries += article + ":" + k
		}
		props := map[string]string{schema.PropDate: "2022-02-07", schema.PropStatus: schema.StatusHeld,
			schema.PropKind: kinds[0], schema.PropSourceKinds: entries}
		return schema.ArticleGraph{ArticleID: article, Nodes: []schema.Node{{ID: id, Label: schema.LabelMeeting,
			Name: "Antony Blinken – Josep Borrell, 2022-02-07", Props: props}}}
	}
	const m, summit = "meeting:k", "meeting:summit"
	steps := []struct {
		name           string
		id             string
		graphs         []schema.ArticleGraph
		want, wantKind string
	}{
		{"the first article's kind", m, []schema.ArticleGraph{report(m, "a1", "call")}, "a1:call", "call"},
		{"a tie keeps the stored kind", m, []schema.ArticleGraph{report(m, "a2", "meeting")}, "a1:call,a2:meeting", "call"},
		{"the majority", m, []schema.ArticleGraph{report(m, "a3", "meeting")}, "a1:call,a2:meeting,a3:meeting", "meeting"},
		{"an article again counts once", m, []schema.ArticleGraph{report(m, "a3", "meeting")}, "a1:call,a2:meeting,a3:meeting", "meeting"},
		{"a tie again keeps it", m, []schema.ArticleGraph{report(m, "a4", "call", "meeting")}, "a1:call,a2:meeting,a3:meeting,a4:call", "meeting"},
		{"two articles of one batch", m, []schema.ArticleGraph{report(m, "a5", "call"), report(m, "a6", "call")},
			"a1:call,a2:meeting,a3:meeting,a4:call,a5:call,a6:call", "call"},
		{"a summit", summit, []schema.ArticleGraph{report(summit, "b1", "summit")}, "b1:summit", "summit"},
		{"a summit most tell as a meeting stays", summit, []schema.ArticleGraph{report(summit, "b2", "meeting"), report(summit, "b3", "meeting")},
			"b1:summit,b2:meeting,b3:meeting", "summit"},
	}
	for _, st := range steps {
		write(t, s, st.graphs...)
		got, err := s.Nodes(context.Background(), []string{st.id})
		if err != nil {
			t.Fatal(err)
		}
		p := got[st.id].Props
		if p[schema.PropSourceKinds] != st.want || p[schema.PropKind] != st.wantKind {
			t.Errorf("%s: kinds %q kind %q, want %q %q", st.name, p[schema.PropSourceKinds], p[schema.PropKind], st.want, st.wantKind)
		}
	}
	calls, _ := meetings(t, s, schema.MeetingFilter{Kind: schema.KindCall}, 0, 10)
	if len(calls) != 1 || calls[0].ID != m {
		t.Errorf("Meetings(kind call) = %v, want the meeting under its majority kind", calls)
	}
}

// testChangedArticleReplacesItsKindVote: an article whose text changed
// replaces its old statements and does not add to them (issue 10), its
// vote on a meeting's kind too: the meeting's kinds and kind are those the
// articles give now, as if the old text had never been written.
func testChangedArticleReplacesItsKindVote(t *testing.T, s schema.Store) {
	const m = "meeting:v"
	report := func(article, hash, kind string) schema.ArticleGraph {
		art := schema.ArticleID(article)
		return schema.ArticleGraph{ArticleID: article, Nodes: []schema.Node{
			{ID: art, Label: schema.LabelArticle, Name: article, Props: map[string]string{schema.PropContentHash: hash}},
			{ID: m, Label: schema.LabelMeeting, Name: "Antony Blinken – Josep Borrell, 2022-02-07", Props: map[string]string{
				schema.PropDate: "2022-02-07", schema.PropStatus: schema.StatusHeld, schema.PropKind: kind,
				schema.PropSourceKinds: article + ":" + kind}},
		}, Edges: []schema.Edge{{Type: schema.RelReports, From: art, To: m}}}
	}
	check := func(step, wantKinds, wantKind string) {
		t.Helper()
		got, err := s.Nodes(context.Background(), []string{m})
		if err != nil {
			t.Fatal(err)
		}
		p := got[m].Props
		if p[schema.PropSourceKinds] != wantKinds || p[schema.PropKind] != wantKind {
			t.Errorf("%s: kinds %q kind %q, want %q %q", step, p[schema.PropSourceKinds], p[schema.PropKind], wantKinds, wantKind)
		}
	}
	write(t, s, report("v1", "h1", "call"), report("v2", "h1", "meeting"), report("v3", "h1", "meeting"))
	check("three articles", "v1:call,v2:meeting,v3:meeting", "meeting")
	write(t, s, report("v3", "h2", "call"))
	check("v3 changed to a call", "v1:call,v2:meeting,v3:call", "call")
	write(t, s, report("v1", "h2", "meeting"))
	check("v1 changed to a meeting", "v2:meeting,v3:call,v1:meeting", "meeting")
}

// testMeetingWrittenBeforeKindsKeepsItsKind: a meeting stored before the
// stores counted each article's kind (a kind, no entries: an older Neo4j
// database, or an embedded journal replayed) keeps that kind, its first
// article's, as one vote from no article, so that one later report does not
// outvote it alone; two do.
func testMeetingWrittenBeforeKindsKeepsItsKind(t *testing.T, s schema.Store) {
	const m = "meeting:older"
	report := func(article, kind, entries string) schema.ArticleGraph {
		props := map[string]string{schema.PropDate: "2022-02-07", schema.PropStatus: schema.StatusHeld, schema.PropKind: kind}
		if entries != "" {
			props[schema.PropSourceKinds] = entries
		}
		return schema.ArticleGraph{ArticleID: article, Nodes: []schema.Node{{ID: m, Label: schema.LabelMeeting,
			Name: "Antony Blinken – Josep Borrell, 2022-02-07", Props: props}}}
	}
	steps := []struct {
		name            string
		graph           schema.ArticleGraph
		wantKinds, want string
	}{
		{"stored as before", report("o1", "meeting", ""), "", "meeting"},
		{"one call report ties with the stored kind", report("o2", "call", "o2:call"), ":meeting,o2:call", "meeting"},
		{"a second outvotes it", report("o3", "call", "o3:call"), ":meeting,o2:call,o3:call", "call"},
	}
	for _, st := range steps {
		write(t, s, st.graph)
		got, err := s.Nodes(context.Background(), []string{m})
		if err != nil {
			t.Fatal(err)
		}
		p := got[m].Props
		if p[schema.PropSourceKinds] != st.wantKinds || p[schema.PropKind] != st.want {
			t.Errorf("%s: kinds %q kind %q, want %q %q", st.name, p[schema.PropSourceKinds], p[schema.PropKind], st.wantKinds, st.want)
		}
	}
}
