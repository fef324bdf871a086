package neo4jstore

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"newsgraph/schema"
)

// planKey is what Neo4j 5.26 keys a cached plan by, as measured on this
// server: the statement's text and each parameter's type, a list's by
// its size too (none, one, up to ten, more: a list of one and of two
// were planned apart, of two and of three shared a plan), while a map's
// values never count (lists of any size inside a map shared one plan).
// Two calls with one key are planned once.
func planKey(query string, params map[string]any) string {
	var parts []string
	for name, v := range params {
		parts = append(parts, name+":"+paramType(v))
	}
	slices.Sort(parts)
	return query + "\n" + strings.Join(parts, ",")
}

// paramType is a parameter's part of planKey: its type, a list's with
// its size bucket (listBucket), a map's alone.
func paramType(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "map"
	case []string:
		return listBucket(len(x))
	case []any:
		return listBucket(len(x))
	case []map[string]any:
		return listBucket(len(x))
	}
	return fmt.Sprintf("%T", v)
}

// listBucket is the size class of a list that Neo4j plans apart.
func listBucket(n int) string {
	switch {
	case n == 0:
		return "list/0"
	case n == 1:
		return "list/1"
	case n <= 10:
		return "list/10"
	}
	return "list/more"
}

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
			want := planKey(subgraphStatement(base))
			for _, f := range filters {
				for _, ss := range seeds {
					q := base
					q.Filter, q.Seeds = f, ss
					if got := planKey(subgraphStatement(q)); got != want {
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
		got := planKey(groupedStatement(n, request, cypher, 0, 20))
		if n == 1 {
			want = got
		} else if got != want {
			t.Errorf("%d requests: another plan than one request's:\n%s\nwant\n%s", n, got[strings.LastIndex(got, "\n")+1:], want[strings.LastIndex(want, "\n")+1:])
		}
	}
}
