package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"newsgraph/schema"
)

// pageSets are the edge sets a page of meetings that shows its
// participants, place and sources reads (the bench's xi query).
var pageSets = []schema.EdgeSet{
	{Type: schema.RelAttended, Dir: schema.In},
	{Type: schema.RelHeldIn, Dir: schema.Out},
	{Type: schema.RelReports, Dir: schema.In},
}

// testMeetingPageEdgeSets checks that a page of meetings asked for its
// meetings' edge sets (MeetingFilter.With) brings the same edges and
// other ends as Neighbours of the page's meetings read on their own, for
// several filters, orders, offsets and projections, with and beside a
// request in the same call that asks for none.
func testMeetingPageEdgeSets(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	filters := []struct {
		name   string
		filter schema.MeetingFilter
	}{
		{"Xi with officials of the US", schema.MeetingFilter{Participant: "Xi Jinping", WithOfficialsOf: "US"}},
		{"all, oldest first", schema.MeetingFilter{Ascending: true}},
		{"most reported first", schema.MeetingFilter{Order: schema.MeetingsBySources}},
		{"no match", schema.MeetingFilter{Participant: "Nobody"}},
	}
	projections := []schema.Projection{{}, {Text: true, Evidence: true}}
	pages := []struct{ offset, limit int }{{0, 20}, {1, 2}, {0, 0}}
	for _, f := range filters {
		for _, p := range projections {
			for _, pg := range pages {
				what := fmt.Sprintf("%s, %+v, offset %d, limit %d", f.name, p, pg.offset, pg.limit)
				checkPageEdgeSets(t, s, what, f.filter, pageSets, p, pg.offset, pg.limit)
			}
		}
	}
	// One set, and a set of no meeting's edges.
	checkPageEdgeSets(t, s, "all, issues only", schema.MeetingFilter{}, []schema.EdgeSet{{Type: schema.RelDiscussed, Dir: schema.Out}}, schema.Projection{}, 0, 20)
	checkPageEdgeSets(t, s, "all, mentions", schema.MeetingFilter{}, []schema.EdgeSet{{Type: schema.RelMentions, Dir: schema.Out}}, schema.Projection{}, 0, 20)
}

// checkPageEdgeSets reads f's page asking for sets, together with the same
// filter asking for none, and compares the page's Neighbours with
// Neighbours of its meetings.
func checkPageEdgeSets(t *testing.T, s schema.Store, what string, f schema.MeetingFilter, sets []schema.EdgeSet, p schema.Projection, offset, limit int) {
	t.Helper()
	ctx := context.Background()
	with := f
	with.With, with.WithProjection = sets, p
	got, err := s.MeetingPages(ctx, []schema.MeetingFilter{with, f}, offset, limit)
	if err != nil {
		t.Fatalf("%s: MeetingPages: %v", what, err)
	}
	if len(got) != 2 {
		t.Fatalf("%s: %d pages, want 2", what, len(got))
	}
	if diff := cmp.Diff(got[1].Nodes, got[0].Nodes, cmpopts.EquateEmpty()); diff != "" || got[0].Total != got[1].Total {
		t.Errorf("%s: the page asked with edge sets differs from the one without (total %d, %d) (-without +with):\n%s", what, got[1].Total, got[0].Total, diff)
	}
	if got[1].Neighbours != nil {
		t.Errorf("%s: a page asked for no edge sets has Neighbours %+v", what, got[1].Neighbours)
	}
	if got[0].Neighbours == nil {
		t.Fatalf("%s: a page asked for edge sets has no Neighbours", what)
	}
	ids := ids(got[0].Nodes)
	want, err := s.Neighbours(ctx, ids, sets, p)
	if err != nil {
		t.Fatalf("%s: Neighbours: %v", what, err)
	}
	// Page.Neighbours holds the other ends only: the meetings are the page.
	ends := map[string]bool{}
	for i, set := range sets {
		for _, list := range want.Edges[i] {
			for _, e := range list {
				if set.Dir == schema.In {
					ends[e.From] = true
				} else {
					ends[e.To] = true
				}
			}
		}
	}
	for id := range want.Nodes {
		if !ends[id] {
			delete(want.Nodes, id)
		}
	}
	if diff := cmp.Diff(want, *got[0].Neighbours, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("%s: the page's edge sets differ from Neighbours of its meetings (-Neighbours +page):\n%s", what, diff)
	}
	if limit > 0 && len(ids) > 0 && len(want.Nodes) == 0 && sets[0].Type == schema.RelAttended {
		t.Errorf("%s: the page's meetings have no participants: the check compares nothing", what)
	}
}
