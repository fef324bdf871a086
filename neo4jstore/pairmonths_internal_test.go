package neo4jstore

import (
	"context"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/schema"
	"newsgraph/storetest"
)

func TestPairMonthKeys(t *testing.T) {
	tests := []struct {
		name, date string
		parties    []string
		want       []string
	}{
		{"undated: no bucket", "", []string{"country:A", "country:B"}, []string{}},
		{"one party: no pair", "2023-06-01", []string{"country:A", "country:A"}, []string{}},
		{"a day counts in its month, each pair once, the smaller id first", "2023-06-01", []string{"org:x", "country:B", "country:A", "country:B"},
			[]string{"country:A country:B 2023-06", "country:A org:x 2023-06", "country:B org:x 2023-06"}},
		{"a year-only date in its year", "2023", []string{"country:B", "country:A"}, []string{"country:A country:B 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, pairMonthKeys(tc.date, tc.parties)); diff != "" {
				t.Errorf("keys (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCountPairMonth(t *testing.T) {
	m := func(parties, people []string, issues ...string) monthMeeting {
		return monthMeeting{date: "2023-06-01", partyIDs: parties, partyPeople: people, issues: issues}
	}
	meetings := []monthMeeting{
		// p1 of A meets p2 and p3 of B; p3 is of A too.
		m([]string{"A", "A", "B", "B"}, []string{"p1", "p3", "p2", "p3"}, "i:1", "i:2"),
		m([]string{"A", "B"}, []string{"p1", "p2"}, "i:2"),
		// Only A: not counted.
		m([]string{"A", "C"}, []string{"p1", "p4"}, "i:9"),
		// One person of both: counted, no pair.
		m([]string{"A", "B"}, []string{"p5", "p5"}),
	}
	got := countPairMonth("A", "B", meetings)
	want := pairMonth{count: 3,
		pairs:  []schema.MeetingPair{{A: "p1", B: "p2", Count: 2}, {A: "p1", B: "p3", Count: 1}, {A: "p3", B: "p2", Count: 1}},
		issues: []schema.IssueCount{{Issue: "i:2", Count: 2}, {Issue: "i:1", Count: 1}}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(pairMonth{})); diff != "" {
		t.Errorf("A to B (-want +got):\n%s", diff)
	}
}

// TestPairMonthsAreWhatARecountGives writes, rewrites and retracts
// articles, and checks after each step that the stored buckets and the
// meetings' keys are what counting every bucket again from the meetings
// (the backfill of a database written before buckets) gives: the write
// path recomputes every bucket it touches, and only those.
func TestPairMonthsAreWhatARecountGives(t *testing.T) {
	ctx := context.Background()
	s := openForTest(t)
	if _, err := s.run(ctx, "MATCH (n) DETACH DELETE n", nil, true); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name   string
		graphs []schema.ArticleGraph
	}{
		{"the seed", storetest.Seed()},
		{"many meetings", []schema.ArticleGraph{storetest.ManyMeetings(200)}},
		{"the seed again", storetest.Seed()},
		{"an article rewritten", rewritten(storetest.Seed()[0])},
	}
	for _, st := range steps {
		if err := s.WriteResolved(ctx, st.graphs, nil); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		stored := readPairMonths(t, s)
		if len(stored) == 0 {
			t.Fatalf("%s: no bucket stored", st.name)
		}
		if err := s.backfillPairMonths(ctx); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(readPairMonths(t, s), stored); diff != "" {
			t.Errorf("%s: stored (+) differs from a recount (-):\n%s", st.name, diff)
		}
	}
}

// rewritten is g with a new content hash and without its first meeting's
// ATTENDED edges.
func rewritten(g schema.ArticleGraph) []schema.ArticleGraph {
	g.Nodes = slices.Clone(g.Nodes)
	for i, n := range g.Nodes {
		if n.Label == schema.LabelArticle {
			props := map[string]string{}
			for k, v := range n.Props {
				props[k] = v
			}
			props[schema.PropContentHash] = "rewritten"
			g.Nodes[i].Props = props
		}
	}
	var dropped string
	var edges []schema.Edge
	for _, e := range g.Edges {
		if e.Type == schema.RelAttended && (dropped == "" || dropped == e.To) {
			dropped = e.To
			continue
		}
		edges = append(edges, e)
	}
	g.Edges = edges
	return []schema.ArticleGraph{g}
}

// readPairMonths reads every bucket's properties and every meeting's keys.
func readPairMonths(t *testing.T, s *Store) map[string]any {
	t.Helper()
	recs, err := s.run(context.Background(), `CALL () { MATCH (b:`+labelPairMonth+`) RETURN b.key AS k, b {.*} AS v
  UNION ALL MATCH (m:Meeting) WHERE size(coalesce(m.`+propPairMonths+`, [])) > 0 RETURN m.id AS k, m.`+propPairMonths+` AS v }
RETURN k, v`, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]any{}
	for _, r := range recs {
		k, _ := r.Get("k")
		v, _ := r.Get("v")
		out[k.(string)] = v
	}
	return out
}
