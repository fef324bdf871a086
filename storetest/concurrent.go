package storetest

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"newsgraph/schema"
)

// testConcurrentWriters checks that writers merging into the same nodes
// and edges at once leave what one writer after another would: each alias
// and each article's evidence once, and a meeting's most precise agreeing
// date. Two loaders over overlapping articles do this; a store that reads a
// node's lists before it holds the node's write lock appends twice.
func testConcurrentWriters(t *testing.T, s schema.Store) {
	ctx := context.Background()
	const writers, rounds = 6, 8
	person := schema.Node{ID: "person:p", Label: schema.LabelPerson, Name: "P"}
	org := schema.Node{ID: "org:o", Label: schema.LabelOrganization, Name: "O"}
	meetingAt := func(date string) schema.Node {
		return schema.Node{ID: "meeting:m", Label: schema.LabelMeeting, Name: "m",
			Props: map[string]string{schema.PropDate: date, schema.PropStatus: "planned", schema.PropKind: "meeting"}}
	}
	write(t, s, schema.ArticleGraph{ArticleID: "a0", Nodes: []schema.Node{person, org, meetingAt("2024")}})

	var wantAliases []string
	for round := range rounds {
		// Every writer brings the same article's evidence, and in even
		// rounds a new alias (odd rounds lock no node for it, so the edge's
		// own merge is what is tested); one writer also the meeting's day.
		alias := fmt.Sprintf("O alias %d", round/2*2)
		if round%2 == 0 {
			wantAliases = append(wantAliases, alias)
		}
		article := fmt.Sprintf("a%d", round+1)
		day := fmt.Sprintf("2024-03-%02d", round+1)
		errs := make([]error, writers)
		var start, done sync.WaitGroup
		start.Add(1)
		for w := range writers {
			o := org
			o.Aliases = []string{alias}
			date := "2024"
			if w == writers-1 {
				date = day
			}
			g := schema.ArticleGraph{ArticleID: article, Nodes: []schema.Node{person, o, meetingAt(date)},
				Edges: []schema.Edge{{Type: schema.RelAffiliatedWith, From: person.ID, To: org.ID,
					Evidence: []schema.Evidence{{ArticleID: article, Sentence: "P of O."}}}}}
			done.Add(1)
			go func() {
				defer done.Done()
				start.Wait()
				errs[w] = Write(ctx, s, []schema.ArticleGraph{g})
			}()
		}
		start.Done()
		done.Wait()
		for w, err := range errs {
			if err != nil {
				t.Fatalf("round %d, writer %d: %v", round, w, err)
			}
		}
		got, err := s.Nodes(ctx, []string{org.ID, "meeting:m"})
		if err != nil {
			t.Fatal(err)
		}
		if a := got[org.ID].Aliases; !slices.Equal(sorted(a), sorted(wantAliases)) {
			t.Fatalf("round %d: aliases %q, want each of %q once", round, a, wantAliases)
		}
		// The rounds' days disagree with each other, so only the first
		// refines the year; the later ones are not taken.
		if d := got["meeting:m"].Props[schema.PropDate]; d != "2024-03-01" {
			t.Fatalf("round %d: meeting date %q, want 2024-03-01 (the first day to refine 2024)", round, d)
		}
	}
	aff := edges(t, s, []string{person.ID}, schema.RelAffiliatedWith, schema.Out)[person.ID]
	if len(aff) != 1 {
		t.Fatalf("affiliations %v, want one edge", aff)
	}
	var arts []string
	for _, e := range aff[0].Evidence {
		arts = append(arts, e.ArticleID)
	}
	if want := min(rounds, schema.MaxEvidence); len(arts) != want || len(slices.Compact(sorted(arts))) != want {
		t.Errorf("evidence articles %q, want %d articles, each once", arts, want)
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}
