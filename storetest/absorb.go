package storetest

import (
	"context"
	"slices"
	"testing"

	"newsgraph/schema"
)

// testMeetingMergesFollowTheirChain writes, in one batch, a month's meeting
// and an article whose two day meetings take it in as a chain: the month
// into the first day, the first day into the next (as the loader merged the
// open corpus's Blinken–Bourita talks of 2022-03-29/30, analyst45). Every
// report must end in the last day's node, with the merges listed in either
// order: Neo4j, which reads every absorbed meeting before it merges any,
// made the first day's node again with the month's report in it, and the
// embedded store, merging one after another, left the month alone when the
// day's merge came first.
func testMeetingMergesFollowTheirChain(t *testing.T, s schema.Store) {
	report := func(article string, merges []schema.MeetingMerge, meetings ...[2]string) schema.ArticleGraph {
		b := NewGraphBuilder(article, "P met Q.")
		b.Node(article, schema.LabelArticle, nil)
		b.Node("person:p", schema.LabelPerson, nil)
		b.Node("person:q", schema.LabelPerson, nil)
		for _, m := range meetings {
			b.Node(m[0], schema.LabelMeeting, map[string]string{schema.PropDate: m[1], schema.PropStatus: "held", schema.PropKind: "meeting"})
			b.Edge("person:p", schema.RelAttended, m[0], "")
			b.Edge("person:q", schema.RelAttended, m[0], "")
			b.Edge(article, schema.RelReports, m[0], "")
		}
		b.Graph.Absorb = merges
		return b.Graph
	}
	for _, order := range []string{"as merged", "listed backwards"} {
		t.Run(order, func(t *testing.T) {
			// Each order has its own people's meetings and articles.
			x := map[string]string{"as merged": "a", "listed backwards": "b"}[order]
			month, day1, day2 := "meeting:2022-03:p+q"+x, "meeting:2022-03-29:p+q"+x, "meeting:2022-03-30:p+q"+x
			merges := []schema.MeetingMerge{{From: month, Into: day1}, {From: day1, Into: day2}}
			if order != "as merged" {
				slices.Reverse(merges)
			}
			first, second := "article:"+x+"1", "article:"+x+"2"
			write(t, s, report(first, nil, [2]string{month, "2022-03"}),
				report(second, merges, [2]string{day1, "2022-03-29"}, [2]string{day2, "2022-03-30"}))
			ctx := context.Background()
			nodes, err := s.Nodes(ctx, []string{month, day1, day2})
			if err != nil {
				t.Fatal(err)
			}
			if _, ok := nodes[day2]; len(nodes) != 1 || !ok {
				t.Errorf("meetings left: %v, want only %s", keys(nodes), day2)
			}
			var reports, people []string
			for _, e := range edges(t, s, []string{day2}, schema.RelReports, schema.In)[day2] {
				reports = append(reports, e.From)
			}
			for _, e := range edges(t, s, []string{day2}, schema.RelAttended, schema.In)[day2] {
				people = append(people, e.From)
			}
			if want := []string{first, second}; !slices.Equal(reports, want) {
				t.Errorf("%s is reported by %v, want %v", day2, reports, want)
			}
			if want := []string{"person:p", "person:q"}; !slices.Equal(people, want) {
				t.Errorf("%s is attended by %v, want %v", day2, people, want)
			}
			// Both ids merged away answer the chain's end, and it lists them.
			into, err := s.MergedInto(ctx, []string{month, day1})
			if err != nil {
				t.Fatal(err)
			}
			if into[month] != day2 || into[day1] != day2 {
				t.Errorf("MergedInto = %v, want both %s", into, day2)
			}
			former, err := s.FormerIDs(ctx, []string{day2})
			if err != nil {
				t.Fatal(err)
			}
			if want := []string{day1, month}; !slices.Equal(former[day2], want) { // sorted
				t.Errorf("FormerIDs(%s) = %v, want %v", day2, former[day2], want)
			}
		})
	}
}
