package storetest

import (
	"cmp"
	"fmt"
	"slices"
	"testing"

	"newsgraph/schema"
)

// testMeetingPagesOfMany pages through one person's 120 meetings with a
// party's officials, among meetings of theirs without one: many meetings
// share a date, some have a month only or no date. Each page must be the
// slice of the whole list in the filter's order, whatever part of it the
// page is (the stores pick a page from many meetings without sorting them
// all), and the total exact.
func testMeetingPagesOfMany(t *testing.T, s schema.Store) {
	ev := []schema.Evidence{{ArticleID: "pages", Sentence: "p"}}
	g := schema.ArticleGraph{ArticleID: "pages", Nodes: []schema.Node{
		{ID: "country:PG", Label: schema.LabelCountry, Name: "Page Country", Props: map[string]string{schema.PropCode: "PG"}},
		{ID: "person:page-x", Label: schema.LabelPerson, Name: "Page Person"},
		{ID: "person:page-none", Label: schema.LabelPerson, Name: "Nobody's Official"},
	}}
	for i := range 10 {
		p := fmt.Sprintf("person:page-o-%d", i)
		g.Nodes = append(g.Nodes, schema.Node{ID: p, Label: schema.LabelPerson, Name: p})
		g.Edges = append(g.Edges, schema.Edge{Type: schema.RelAffiliatedWith, From: p, To: "country:PG", Key: "official", Evidence: ev})
	}
	var want []pageMeeting
	for i := range 150 {
		m := pageMeeting{id: fmt.Sprintf("meeting:page-%d", i)}
		switch {
		case i%17 == 0: // no date
		case i%5 == 0:
			m.date = fmt.Sprintf("%d-03", 2000+i%9)
		default:
			m.date = fmt.Sprintf("%d-%02d-01", 2000+i%9, i%3+1)
		}
		props := map[string]string{schema.PropKind: "meeting", schema.PropStatus: "held"}
		if m.date != "" {
			props[schema.PropDate] = m.date
		}
		other := fmt.Sprintf("person:page-o-%d", i%10)
		if i >= 120 {
			other = "person:page-none"
		} else {
			want = append(want, m)
		}
		g.Nodes = append(g.Nodes, schema.Node{ID: m.id, Label: schema.LabelMeeting, Name: m.id, Props: props})
		g.Edges = append(g.Edges,
			schema.Edge{Type: schema.RelAttended, From: "person:page-x", To: m.id, Evidence: ev},
			schema.Edge{Type: schema.RelAttended, From: other, To: m.id, Evidence: ev})
	}
	write(t, s, g)
	check := func(when string) {
		t.Helper()
		for _, ascending := range []bool{false, true} {
			sortMeetings(want, ascending)
			f := schema.MeetingFilter{Participant: "Page Person", WithOfficialsOf: "PG", Ascending: ascending}
			for _, pg := range []struct{ offset, limit int }{{0, 7}, {7, 7}, {56, 7}, {0, 40}, {112, 7}, {119, 7}, {120, 7}} {
				page, total := meetings(t, s, f, pg.offset, pg.limit)
				var wantIDs []string
				for _, m := range want[min(pg.offset, len(want)):min(pg.offset+pg.limit, len(want))] {
					wantIDs = append(wantIDs, m.id)
				}
				if got := ids(page); total != 120 || !slices.Equal(got, wantIDs) {
					t.Errorf("%s, ascending %v, offset %d, limit %d: %v (total %d), want %v (total 120)", when, ascending, pg.offset, pg.limit, got, total, wantIDs)
				}
			}
		}
	}
	check("first write")
	// The walk's page (a participant's meetings with a party's officials,
	// newest first) with its meetings' edges read in the same call.
	for _, pg := range []struct{ offset, limit int }{{0, 7}, {56, 7}, {0, 40}} {
		checkPageEdgeSets(t, s, fmt.Sprintf("many, offset %d", pg.offset), schema.MeetingFilter{Participant: "Page Person", WithOfficialsOf: "PG"},
			pageSets, schema.Projection{Evidence: true}, pg.offset, pg.limit)
	}
	// A later article dates the month-only meetings to the day, and the
	// undated ones: their places in the order move.
	later := schema.ArticleGraph{ArticleID: "pages-later", Nodes: []schema.Node{{ID: "person:page-x", Label: schema.LabelPerson, Name: "Page Person"}}}
	lev := []schema.Evidence{{ArticleID: "pages-later", Sentence: "l"}}
	for i, m := range want {
		switch {
		case m.date == "":
			want[i].date = "2001-06-15"
		case len(m.date) == 7:
			want[i].date = m.date + "-28"
		default:
			continue
		}
		later.Nodes = append(later.Nodes, schema.Node{ID: m.id, Label: schema.LabelMeeting, Name: m.id,
			Props: map[string]string{schema.PropDate: want[i].date, schema.PropKind: "meeting", schema.PropStatus: "held"}})
		later.Edges = append(later.Edges, schema.Edge{Type: schema.RelAttended, From: "person:page-x", To: m.id, Evidence: lev})
	}
	write(t, s, later)
	check("after dates were refined")
}

// sortMeetings puts dated meetings first, by date (newest first unless
// ascending), then by id.
func sortMeetings(list []pageMeeting, ascending bool) {
	slices.SortFunc(list, func(a, b pageMeeting) int {
		if (a.date == "") != (b.date == "") {
			return cmp.Compare(boolRank(a.date == ""), boolRank(b.date == ""))
		}
		byDate := cmp.Compare(b.date, a.date)
		if ascending {
			byDate = -byDate
		}
		return cmp.Or(byDate, cmp.Compare(a.id, b.id))
	})
}

type pageMeeting struct{ id, date string }

// boolRank is 1 for true, 0 for false.
func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}
