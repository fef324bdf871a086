package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
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

// TestPairMonthsUnderConcurrentWriters has writers add, at once, meetings
// of the same two parties in the same month, each in its own article: each
// write recounts the month's bucket, and the bucket's write lock, taken
// before the month's meetings are read, makes a later writer count what an
// earlier one committed. The bucket must count every meeting.
func TestPairMonthsUnderConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	s := openForTest(t)
	if _, err := s.run(ctx, "MATCH (n) DETACH DELETE n", nil, true); err != nil {
		t.Fatal(err)
	}
	const writers, rounds = 6, 4
	// Each writer's two people, of CA and of CB, written first: the
	// meetings then share no node, so that only the bucket's lock orders
	// the writers.
	setup := schema.ArticleGraph{ArticleID: "c-setup", Nodes: []schema.Node{
		{ID: "country:CA", Label: schema.LabelCountry, Name: "CA"}, {ID: "country:CB", Label: schema.LabelCountry, Name: "CB"}}}
	for w := range writers {
		for _, side := range []string{"a", "b"} {
			p := fmt.Sprintf("person:c-%s-%d", side, w)
			setup.Nodes = append(setup.Nodes, schema.Node{ID: p, Label: schema.LabelPerson, Name: p})
			setup.Edges = append(setup.Edges, schema.Edge{From: p, Type: schema.RelAffiliatedWith, To: "country:C" + strings.ToUpper(side),
				Evidence: []schema.Evidence{{ArticleID: "c-setup", Sentence: "s"}}})
		}
	}
	if err := s.WriteResolved(ctx, []schema.ArticleGraph{setup}, nil); err != nil {
		t.Fatal(err)
	}
	graph := func(w, round int) schema.ArticleGraph {
		id := fmt.Sprintf("c-%d-%d", w, round)
		ev := []schema.Evidence{{ArticleID: id, Sentence: "s"}}
		meeting, a, b := "meeting:"+id, fmt.Sprintf("person:c-a-%d", w), fmt.Sprintf("person:c-b-%d", w)
		g := schema.ArticleGraph{ArticleID: id, Nodes: []schema.Node{
			{ID: schema.ArticleID(id), Label: schema.LabelArticle, Name: id, Props: map[string]string{schema.PropContentHash: "h"}},
			{ID: meeting, Label: schema.LabelMeeting, Name: id, Props: map[string]string{schema.PropDate: fmt.Sprintf("2024-03-%02d", w+1)}},
			{ID: a, Label: schema.LabelPerson, Name: a}, {ID: b, Label: schema.LabelPerson, Name: b},
		}}
		for _, e := range [][3]string{{schema.ArticleID(id), schema.RelReports, meeting}, {a, schema.RelAttended, meeting}, {b, schema.RelAttended, meeting}} {
			g.Edges = append(g.Edges, schema.Edge{From: e[0], Type: e[1], To: e[2], Evidence: ev})
		}
		return g
	}
	for round := range rounds {
		errs := make([]error, writers)
		var wg sync.WaitGroup
		for w := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[w] = s.WriteResolved(ctx, []schema.ArticleGraph{graph(w, round)}, nil)
			}()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	rel, err := s.Relations(ctx, schema.RelationsQuery{PartyA: "country:CA", PartyB: "country:CB"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rel.Months) != 1 || rel.Months[0].Count != writers*rounds {
		t.Errorf("months %+v, want one of %d meetings", rel.Months, writers*rounds)
	}
	stored := readPairMonths(t, s)
	if err := s.backfillPairMonths(ctx); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(readPairMonths(t, s), stored); diff != "" {
		t.Errorf("stored (+) differs from a recount (-):\n%s", diff)
	}
}
