package storetest

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/schema"
)

// testMergedIDs writes reports in the order that merges their meetings (an
// undated report, then its month, which takes it in, then its day, which
// takes in the month, as the loader's resolution does for a back-filled
// archive), and wants every id merged away to answer the meeting that
// holds it now (schema.MergedIDs), however many merges ago; a merge of a
// meeting the store does not hold to keep nothing; an id written anew to
// answer its own node; and the records to be no node of Counts.
func testMergedIDs(t *testing.T, s schema.Store) {
	ctx := context.Background()
	const (
		undated = "meeting:undated-r1:person:a+person:b"
		month   = "meeting:2023-06:person:a+person:b"
		day     = "meeting:2023-06-18:person:a+person:b"
		never   = "meeting:never-stored"
	)
	report := func(article, meeting, date string, absorb ...schema.MeetingMerge) schema.ArticleGraph {
		props := map[string]string{schema.PropStatus: "held", schema.PropKind: "meeting"}
		if date != "" {
			props[schema.PropDate] = date
		}
		g := schema.ArticleGraph{ArticleID: article, Absorb: absorb, Nodes: []schema.Node{
			{ID: schema.ArticleID(article), Label: schema.LabelArticle, Name: article, Props: map[string]string{schema.PropDate: "2023-07-01"}},
			{ID: "person:a", Label: schema.LabelPerson, Name: "A"},
			{ID: "person:b", Label: schema.LabelPerson, Name: "B"},
			{ID: meeting, Label: schema.LabelMeeting, Name: "A – B meeting", Props: props},
		}}
		ev := []schema.Evidence{{ArticleID: article, Sentence: "A met B."}}
		for _, p := range []string{"person:a", "person:b"} {
			g.Edges = append(g.Edges, schema.Edge{Type: schema.RelAttended, From: p, To: meeting, Evidence: ev})
		}
		g.Edges = append(g.Edges, schema.Edge{Type: schema.RelReports, From: schema.ArticleID(article), To: meeting, Evidence: ev})
		return g
	}
	check := func(step string, wantInto map[string]string, wantFormer map[string][]string) {
		t.Helper()
		into, err := s.MergedInto(ctx, []string{undated, month, day, never, "person:a"})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(wantInto, into); diff != "" {
			t.Errorf("%s: MergedInto (-want +got):\n%s", step, diff)
		}
		former, err := s.FormerIDs(ctx, []string{undated, month, day, never, "person:a"})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(wantFormer, former); diff != "" {
			t.Errorf("%s: FormerIDs (-want +got):\n%s", step, diff)
		}
	}

	write(t, s, report("r1", undated, ""))
	check("before any merge", map[string]string{}, map[string][]string{})

	write(t, s, report("r2", month, "2023-06", schema.MeetingMerge{From: undated, Into: month}, schema.MeetingMerge{From: never, Into: month}))
	check("the month took in the undated report", map[string]string{undated: month}, map[string][]string{month: {undated}})

	write(t, s, report("r3", day, "2023-06-18", schema.MeetingMerge{From: month, Into: day}))
	check("the day took in the month", map[string]string{undated: day, month: day}, map[string][]string{day: {month, undated}})
	got, err := s.Nodes(ctx, []string{undated, month, day})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[day].ID != day {
		t.Errorf("nodes after the merges: %v, want the day's alone", keys(got))
	}
	// 3 articles, 2 people, 1 meeting, 3 reports of it and 2 attendances:
	// the records of merged ids are none of them.
	if c := counts(t, s); c.Nodes != 6 || c.Relationships != 5 {
		t.Errorf("counts after the merges: %+v, want 6 nodes and 5 relationships", c)
	}

	// The month written anew is a node again: its id answers it, and the
	// day still lists the id merged into it.
	write(t, s, report("r4", month, "2023-06"))
	check("the month written anew", map[string]string{undated: day}, map[string][]string{day: {month, undated}})

	// The day merged into that month: the month is a node, never an id of
	// itself; the day and what it held go to the month.
	write(t, s, report("r6", month, "2023-06", schema.MeetingMerge{From: day, Into: month}))
	check("the day merged into the month", map[string]string{undated: month, day: month}, map[string][]string{month: {day, undated}})

	// Writing the same graphs again changes nothing.
	write(t, s, report("r6", month, "2023-06", schema.MeetingMerge{From: day, Into: month}))
	check("the same graph again", map[string]string{undated: month, day: month}, map[string][]string{month: {day, undated}})

	// Every report of the month changed to tell no meeting: the month is
	// retracted, and the ids merged into it answer nothing (ids45 named it
	// in extensions.movedIds, a move to no node); written anew, it holds
	// them again.
	var changed []schema.ArticleGraph
	for _, article := range []string{"r1", "r2", "r3", "r4", "r6"} {
		changed = append(changed, schema.ArticleGraph{ArticleID: article, Nodes: []schema.Node{{ID: schema.ArticleID(article),
			Label: schema.LabelArticle, Name: article, Props: map[string]string{schema.PropDate: "2023-07-01", schema.PropContentHash: "told no meeting"}}}})
	}
	write(t, s, changed...)
	if got, err := s.Nodes(ctx, []string{undated, month, day}); err != nil || len(got) != 0 {
		t.Fatalf("the meetings after their reports changed: %v, %v; want none", keys(got), err)
	}
	check("the month retracted", map[string]string{}, map[string][]string{month: {day, undated}})
	write(t, s, report("r7", month, "2023-06"))
	check("the month written anew after its retraction", map[string]string{undated: month, day: month}, map[string][]string{month: {day, undated}})
}
