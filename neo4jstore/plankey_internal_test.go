package neo4jstore

import (
	"fmt"
	"strings"
	"testing"

	"newsgraph/schema"
)

// A filtered subgraph is the explorer's every call once a date, a kind or
// a country is chosen: each filter, and each number of seeds, must reuse
// the plan of the unfiltered walk at its depth, which the warm-up plans.
func TestSubgraphHasOnePlanPerDepthWhateverTheFilterAndSeeds(t *testing.T) {
	filters := []schema.NodeFilter{{}, {From: "2022"}, {To: "2023-05"}, {Kinds: []string{"summit"}},
		{Kinds: []string{"summit", "call", "visit"}}, {Parties: []string{"US"}}, {From: "2022", To: "2023", Kinds: []string{"meeting"}, Parties: []string{"US", "CN"}}}
	seeds := [][]string{{"person:xi-jinping"}, {"meeting:2023:joe-biden+xi-jinping", "person:joe-biden"},
		{"person:a", "person:b", "person:c", "person:d", "person:e", "person:f", "person:g", "person:h", "person:i", "person:j", "person:k", "country:US"}}
	for _, depth := range []int{0, 1, 2, 3} {
		for _, namesOnly := range []bool{false, true} {
			base := schema.SubgraphQuery{Seeds: seeds[0], Depth: depth, Limit: 200, NamesOnly: namesOnly}
			want := PlanKey(subgraphStatement(base))
			for _, f := range filters {
				for _, ss := range seeds {
					q := base
					q.Filter, q.Seeds = f, ss
					if got := PlanKey(subgraphStatement(q)); got != want {
						t.Errorf("depth %d, names only %v, filter %+v, seeds %v: another plan than the unfiltered walk's:\n%s\nwant\n%s",
							depth, namesOnly, f, ss, got[strings.LastIndex(got, "\n")+1:], want[strings.LastIndex(want, "\n")+1:])
					}
				}
			}
		}
	}
}

// A page of people with each one's meetings asks one request per person
// of the statement a single person's meetings ask: however many there are,
// they must share its plan (the warm-up's), as must every size of batch.
func TestPagesHaveOnePlanWhateverTheNumberOfRequests(t *testing.T) {
	type key struct {
		driver string
		shape  meetingShape
	}
	cypher := func(k key) string { return meetingsCypher(schema.MeetingsByDate, false, k.driver, k.shape) }
	var want string
	for _, n := range []int{1, 2, 3, 11, 20, 150} {
		request := func(i int) (key, map[string]any) {
			f := schema.MeetingFilter{Participant: fmt.Sprintf("person:p%d", i)}
			return key{meetingDriver(f), shapeOf(f)}, map[string]any{"participant": f.Participant, "participantPhrase": namePhrase(f.Participant)}
		}
		got := PlanKey(groupedStatement(n, request, cypher, 0, 20))
		if n == 1 {
			want = got
		} else if got != want {
			t.Errorf("%d requests: another plan than one request's:\n%s\nwant\n%s", n, got[strings.LastIndex(got, "\n")+1:], want[strings.LastIndex(want, "\n")+1:])
		}
	}
}

// A list of meetings filtered by a status, a kind or dates must reuse the
// plan of the same list without them (the warm-up's), whatever nodes the
// filter names, so that narrowing a list in the playground or the
// explorer is not planned on its first use.
func TestMeetingsHaveOnePlanWhateverTheirStatusKindAndDates(t *testing.T) {
	bases := []schema.MeetingFilter{{}, {Participant: "Xi Jinping"}, {Participant: "Xi Jinping", WithOfficialsOf: "US"},
		{Countries: []string{"US", "CN"}}, {Place: "Bali"}, {Issue: "Taiwan"}, {IDs: []string{"meeting:a"}}}
	narrow := []schema.MeetingFilter{{Status: "held"}, {Kind: "summit"}, {From: "2022"}, {To: "2023-05"},
		{Status: "planned", Kind: "call", From: "2021", To: "2024"}}
	plan := func(f schema.MeetingFilter) string {
		request := func(int) (meetingShape, map[string]any) {
			return shapeOf(f), map[string]any{"status": nilIfEmpty(f.Status), "kind": nilIfEmpty(f.Kind), "from": nilIfEmpty(f.From), "to": nilIfEmpty(f.To)}
		}
		cypher := func(sh meetingShape) string { return meetingsCypher(f.Order, f.Ascending, meetingDriver(f), sh) }
		return PlanKey(groupedStatement(1, request, cypher, 0, 20))
	}
	for _, base := range bases {
		want := plan(base)
		for _, n := range narrow {
			f := base
			f.Status, f.Kind, f.From, f.To = n.Status, n.Kind, n.From, n.To
			if got := plan(f); got != want {
				t.Errorf("%+v: another plan than %+v's", f, base)
			}
		}
	}
}
