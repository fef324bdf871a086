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

// Neo4j plans a string parameter apart by its length's class: relations
// of "US" and "CN" and of "Saudi Arabia" and "United Kingdom" were two
// plans, and the first call of a pair the warm-up's names did not match
// took 0.8 s. Whatever names the sides, relations and their months have
// one plan each.
func TestRelationsHaveOnePlanWhateverTheNames(t *testing.T) {
	pairs := [][2]string{{"US", "CN"}, {"Saudi Arabia", "United Kingdom"}, {"U", "country:CN"}, {"", "NATO"},
		{"Democratic Republic of the Congo", strings.Repeat("x", 200)}}
	plans := func(q schema.RelationsQuery) [2]string {
		return [2]string{PlanKey(relationsCypher, relationsParams(q)), PlanKey(pairMonthsCypher, pairMonthsParams(q, liveMonths(q)))}
	}
	want := plans(schema.RelationsQuery{PartyA: pairs[0][0], PartyB: pairs[0][1], Meetings: 100, Pairs: 3, Issues: 3})
	for _, p := range pairs[1:] {
		if got := plans(schema.RelationsQuery{PartyA: p[0], PartyB: p[1], Meetings: 100, Pairs: 3, Issues: 3}); got != want {
			t.Errorf("relations of %q and %q: another plan than of %q and %q", p[0], p[1], pairs[0][0], pairs[0][1])
		}
	}
}

// PlanKey tells strings apart by the length classes that Neo4j plans apart
// (measured on the open corpus's relations statement: lengths 2 and 10
// shared a plan, 1, 0, 12, 101 and 1,500 each had their own).
func TestPlanKeyTellsStringsApartByLengthClass(t *testing.T) {
	key := func(s string) string { return PlanKey("RETURN $x", map[string]any{"x": s}) }
	same := [][2]string{{"US", "country:US"}, {"Saudi Arabia", "Papua New Guinea"}, {"é", "x"}}
	apart := [][2]string{{"US", "U"}, {"US", ""}, {"country:US", "Saudi Arabia"}, {strings.Repeat("x", 100), strings.Repeat("x", 101)},
		{strings.Repeat("x", 1000), strings.Repeat("x", 1500)}}
	for _, p := range same {
		if key(p[0]) != key(p[1]) {
			t.Errorf("%q and %q: two plan keys, want one", p[0], p[1])
		}
	}
	for _, p := range apart {
		if key(p[0]) == key(p[1]) {
			t.Errorf("%q and %q: one plan key, want two", p[0], p[1])
		}
	}
}

// A name looked up (person(name:), a filter's name that matched nothing)
// has one plan per set of labels, whatever its length.
func TestFindNodesHasOnePlanWhateverTheText(t *testing.T) {
	for _, labels := range [][]string{{schema.LabelPerson}, {schema.LabelCountry, schema.LabelOrganization}, {schema.LabelPlace}, nil} {
		want := PlanKey(findStatement("US", labels))
		for _, text := range []string{"", "X", "Xi Jinping", "Secretary of State Antony Blinken", strings.Repeat("x", 120)} {
			if got := PlanKey(findStatement(text, labels)); got != want {
				t.Errorf("labels %v, text %q: another plan than \"US\"'s", labels, text)
			}
		}
	}
}
