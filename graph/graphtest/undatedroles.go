package graphtest

import (
	"testing"

	"newsgraph/graph"
	"newsgraph/schema"
)

// undatedMeetingsFixture: Biden and Xi are attested as vice presidents in
// 2011 and as presidents in 2023, and two articles report a meeting of
// theirs without a date, one in 2011 and one in 2023 (the loader scopes
// each such meeting to its article).
func undatedMeetingsFixture() ([]schema.ArticleGraph, string, string) {
	xi, biden := "person:xi-jinping", "person:joe-biden"
	undated := func(b *articleBuilder) (*articleBuilder, string) {
		id := schema.MeetingID(b.g.ArticleID, "", []string{biden, xi})
		b.use(biden, xi)
		b.add(schema.Node{ID: id, Label: schema.LabelMeeting, Name: "Joe Biden – Xi Jinping meeting",
			Props: map[string]string{schema.PropKind: "meeting", schema.PropStatus: "planned"}})
		sentence := "Biden will meet Xi."
		b.edge(schema.Edge{Type: schema.RelReports, From: b.node, To: id}, sentence)
		b.edge(schema.Edge{Type: schema.RelAttended, From: biden, To: id}, sentence)
		b.edge(schema.Edge{Type: schema.RelAttended, From: xi, To: id}, sentence)
		return b, id
	}
	early, earlyMeeting := undated(newArticle("u-2011", "Biden to meet Xi", "2011-08-10"))
	late, lateMeeting := undated(newArticle("u-2023", "Biden to meet Xi", "2023-11-10"))
	articles := []*articleBuilder{
		newArticle("vp-2011", "Vice presidents", "2011-08-19").
			affiliation(biden, "country:US", "Vice President", "2009-01-20", "").
			affiliation(xi, "country:CN", "Vice President", "2008-03-15", ""),
		newArticle("p-2023", "Presidents", "2023-11-16").
			affiliation(biden, "country:US", "President", "2021-01-20", "").
			affiliation(xi, "country:CN", "President", "2013-03-14", ""),
		early, late,
	}
	out := make([]schema.ArticleGraph, len(articles))
	for i, a := range articles {
		out[i] = a.g
	}
	return out, earlyMeeting, lateMeeting
}

// testUndatedMeetingRolesAtTheReportsDate: the participants of a meeting
// the news gave no date hold the roles of the date of the article that
// reported it, not the roles attested last (roles41: 18 of the open
// corpus's 217 such participants had a role their report's date did not
// hold). The 2011 report's meeting is the probe; the 2023 report's, whose
// date and the last attestation agree, is the guard.
func testUndatedMeetingRolesAtTheReportsDate(t *testing.T, newStore func(t *testing.T) schema.Store) {
	fixture, early, late := undatedMeetingsFixture()
	api := newAPIClient(t, newStore(t), graph.Options{Timeout: scenarioTimeout}, fixture)
	var got struct {
		Meetings struct {
			Nodes []struct {
				ID           string
				Date         *string
				Participants []struct {
					Person identified
					Role   *string
				}
			}
		}
	}
	api.query(t, `query($ids: [ID!]) { meetings(where: {ids: $ids}) { nodes { id date participants { person { id } role } } } }`,
		map[string]any{"ids": []string{early, late}}, &got)
	want := map[string]string{early: "Vice President", late: "President"}
	if len(got.Meetings.Nodes) != 2 {
		t.Fatalf("meetings %+v, want %s and %s", got.Meetings.Nodes, early, late)
	}
	for _, m := range got.Meetings.Nodes {
		if m.Date != nil {
			t.Errorf("%s has the date %q, want none", m.ID, *m.Date)
		}
		for _, p := range m.Participants {
			if role := deref(p.Role); role != want[m.ID] {
				t.Errorf("%s at %s is %q, want %q", p.Person.ID, m.ID, role, want[m.ID])
			}
		}
	}
}
