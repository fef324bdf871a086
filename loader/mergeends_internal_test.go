package loader

import (
	"cmp"
	"context"
	"slices"
	"testing"

	"newsgraph/memstore/memtest"
	"newsgraph/schema"
)

func TestMergeEndsTakesEachMergedMeetingToWhereItEnds(t *testing.T) {
	m := func(from, into string) schema.MeetingMerge { return schema.MeetingMerge{From: from, Into: into} }
	tests := []struct {
		name         string
		merges, want []schema.MeetingMerge
	}{
		{"none", nil, []schema.MeetingMerge{}},
		{"one", []schema.MeetingMerge{m("a", "b")}, []schema.MeetingMerge{m("a", "b")}},
		{"a chain across batches", []schema.MeetingMerge{m("a", "b"), m("b", "c")}, []schema.MeetingMerge{m("a", "c"), m("b", "c")}},
		{"two into one, then on", []schema.MeetingMerge{m("a", "c"), m("b", "c"), m("c", "d")}, []schema.MeetingMerge{m("a", "d"), m("b", "d"), m("c", "d")}},
		{"a node again at the end", []schema.MeetingMerge{m("a", "b"), m("b", "a")}, []schema.MeetingMerge{m("b", "a")}},
		{"written anew and merged elsewhere", []schema.MeetingMerge{m("a", "b"), m("a", "d")}, []schema.MeetingMerge{m("a", "d")}},
	}
	for _, tt := range tests {
		if got := mergeEnds(tt.merges); !slices.Equal(got, tt.want) {
			t.Errorf("%s: mergeEnds(%v) = %v, want %v", tt.name, tt.merges, got, tt.want)
		}
	}
}

// A batch whose merges make a chain (the month's node into the 29th's, the
// 29th's into the 30th's) reports each stored meeting merged into the end
// of the chain, as the stores merge them, in either order listed: the
// 29th's node, which a client was told to read, is gone too.
func TestAddedMergesAreTheirChainsEnds(t *testing.T) {
	const month, day1, day2 = "meeting:2022-03:p+q", "meeting:2022-03-29:p+q", "meeting:2022-03-30:p+q"
	report := func(article string, merges []schema.MeetingMerge, meetings ...[2]string) schema.ArticleGraph {
		g := schema.ArticleGraph{ArticleID: article, Absorb: merges, Nodes: []schema.Node{
			{ID: schema.ArticleID(article), Label: schema.LabelArticle, Name: article},
			{ID: "person:p", Label: schema.LabelPerson, Name: "P"}, {ID: "person:q", Label: schema.LabelPerson, Name: "Q"}}}
		ev := []schema.Evidence{{ArticleID: article, Sentence: "P met Q."}}
		for _, m := range meetings {
			g.Nodes = append(g.Nodes, schema.Node{ID: m[0], Label: schema.LabelMeeting, Name: m[0],
				Props: map[string]string{schema.PropDate: m[1], schema.PropStatus: "held", schema.PropKind: "meeting"}})
			for _, p := range []string{"person:p", "person:q"} {
				g.Edges = append(g.Edges, schema.Edge{Type: schema.RelAttended, From: p, To: m[0], Evidence: ev})
			}
			g.Edges = append(g.Edges, schema.Edge{Type: schema.RelReports, From: schema.ArticleID(article), To: m[0], Evidence: ev})
		}
		return g
	}
	for _, backwards := range []bool{false, true} {
		ctx := context.Background()
		s := memtest.OpenDir(t, t.TempDir())
		if err := s.WriteResolved(ctx, []schema.ArticleGraph{report("a1", nil, [2]string{month, "2022-03"}), report("a2", nil, [2]string{day1, "2022-03-29"})}, nil); err != nil {
			t.Fatal(err)
		}
		merges := []schema.MeetingMerge{{From: month, Into: day1}, {From: day1, Into: day2}}
		if backwards {
			slices.Reverse(merges)
		}
		graphs := []schema.ArticleGraph{report("a3", merges, [2]string{day1, "2022-03-29"}, [2]string{day2, "2022-03-30"})}
		fresh, err := notYetStored(ctx, s, graphs)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.WriteResolved(ctx, graphs, nil); err != nil {
			t.Fatal(err)
		}
		got := fresh().Merged
		slices.SortFunc(got, func(a, b schema.MeetingMerge) int { return cmp.Compare(a.From, b.From) })
		if want := []schema.MeetingMerge{{From: day1, Into: day2}, {From: month, Into: day2}}; !slices.Equal(got, want) {
			t.Errorf("backwards %v: merged %v, want %v", backwards, got, want)
		}
	}
}
