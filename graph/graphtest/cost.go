package graphtest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/schema"
)

// Scenarios of the cost controls: the depth and complexity limits, which
// refuse a query before it runs; persisted queries; the per-request
// timeout; and the constant number of store calls per request.

// nested builds a query nested depth fields deep: meetings, nodes,
// participants, person, meetings, nodes, … ending in totalCount or id.
func nested(depth int) string {
	steps := []string{"nodes", "participants", "person", "meetings"}
	var b strings.Builder
	b.WriteString("{ meetings(first: 1) {")
	open := 1
	for d := 2; d < depth; d++ {
		s := steps[(d-2)%len(steps)]
		if s == "meetings" {
			s = "meetings(first: 1)"
		}
		b.WriteString(" " + s + " {")
		open++
	}
	switch steps[(depth-2)%len(steps)] {
	case "nodes":
		b.WriteString(" totalCount")
	case "participants", "meetings":
		b.WriteString(" id")
	default:
		b.WriteString(" name")
	}
	b.WriteString(strings.Repeat(" }", open) + " }")
	return b.String()
}

func testDepthLimit(t *testing.T, api *apiClient) {
	api.store.take()
	resp := api.post(t, nested(14), nil)
	e := expectCode(t, resp, "INVALID_ARGUMENT")
	if !strings.Contains(e.Message, "14") || !strings.Contains(e.Message, "limit is 10") {
		t.Errorf("message %q does not say the depth and the limit", e.Message)
	}
	if calls := api.store.take(); len(calls) != 0 {
		t.Errorf("a refused query read the store: %s", tally(calls))
	}
	var ok map[string]any
	api.query(t, nested(10), nil, &ok) // the limit itself is allowed
	t.Run("introspection is not limited", func(t *testing.T) {
		var got map[string]any
		api.query(t, `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } } } }`, nil, &got)
	})
}

func testComplexityLimit(t *testing.T, api *apiClient) {
	api.store.take()
	resp := api.post(t, `{ meetings(first: 100) { nodes { participants { person { meetings(first: 100) { nodes { participants { name } } } } } } } }`, nil)
	e := expectCode(t, resp, "INVALID_ARGUMENT")
	if !strings.Contains(e.Message, "the limit is 10000") {
		t.Errorf("message %q does not say the limit", e.Message)
	}
	if calls := api.store.take(); len(calls) != 0 {
		t.Errorf("a refused query read the store: %s", tally(calls))
	}
	var ok map[string]any
	api.query(t, `{ meetings(first: 20) { nodes { participants { person { meetings(first: 20) { nodes { id } } } } } } }`, nil, &ok)
}

func testPersistedQueries(t *testing.T, api *apiClient) {
	const q = `{ stats { nodes } }`
	sum := sha256.Sum256([]byte(q))
	apq := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	post := func(query string) gqlResponse {
		return api.postBody(t, map[string]any{"query": query, "extensions": apq})
	}
	if resp := post(""); len(resp.Errors) == 0 || !strings.Contains(resp.Errors[0].Message, "PersistedQueryNotFound") ||
		resp.Errors[0].code() != "PERSISTED_QUERY_NOT_FOUND" { // the code the schema's docs name
		t.Errorf("an unknown hash: %s", resp.Body)
	}
	if resp := post(q); len(resp.Errors) > 0 {
		t.Errorf("registering the query: %s", resp.Body)
	}
	if resp := post(""); len(resp.Errors) > 0 || !strings.Contains(resp.Body, `"nodes"`) {
		t.Errorf("by its hash alone: %s", resp.Body)
	}
}

func testTimeout(t *testing.T, newStore func(t *testing.T) schema.Store) {
	api := newAPIClient(t, newStore(t), graph.Options{Timeout: 200 * time.Millisecond}, newsFixture())
	api.store.blockOn("MeetingPages")
	start := time.Now()
	e := expectCode(t, api.post(t, XiQuery, nil), "UNAVAILABLE")
	if !strings.Contains(e.Message, "longer than the server allows") {
		t.Errorf("message %q does not say the request ran out of time", e.Message)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("the request took %v, past its 200ms deadline", took)
	}
	api.store.blockOn("")
	var got struct{ Stats schema.Counts }
	api.query(t, `{ stats { nodes } }`, nil, &got)
}

// costQueries read every nested list and connection the API has, over
// bulkFixture: their store calls must not grow with the fixture. Each has
// one root field: fields run at once, and when two branches reach the
// same nodes by different edges (an article's mentions and its meetings'
// participants), which of them groups a shared node first is a matter of
// timing, so their Nodes reads may come as one call or two. Such queries
// are marked shared (with only two such branches): their count may differ
// by one between runs, never with the number of rows.
var costQueries = []struct {
	name, query string
	shared      bool
}{
	{"nested lists", batchingQuery, false},
	{"participants' meetings", `{ meetings(first: 50) { nodes { participants { person { meetings(first: 2) { totalCount nodes { id place { name } } } } } } } }`, false},
	{"countries' officials and meetings", `{ countries { nodes { officials(first: 50) { totalCount nodes { name affiliations { role } } }
		meetings(first: 5) { nodes { id issues { name } } } } } }`, false},
	{"places' meetings", `{ places(first: 100) { nodes { meetings { totalCount } country { code } } } }`, false},
	{"issues' meetings", `{ issues(first: 100) { nodes { meetings { nodes { id participants { name } } } } } }`, false},
	{"people by meetings", `{ people(orderBy: {field: MEETINGS}, first: 100) { edges { count node { name meetings(first: 1) { nodes { id } } } } } }`, false},
	{"countries by meetings with", `{ countries(orderBy: {field: MEETINGS, with: "CN"}) { edges { count node { name officials { totalCount } } } } }`, false},
	{"articles", `{ articles(first: 100) { nodes { title meetings { participants { name } } mentions { id } } } }`, true},
	{"subgraph", `{ subgraph(seeds: ["country:US", "article:bulk-00"], depth: 2, limit: 1000) { nodes { id } edges { id } truncated } }`, false},
	{"relations", `{ relations(countryA: "US", countryB: "CN") { totalCount months { month count meetings { id place { name } }
		pairs { a { name } b { name } count } issues { issue { name } count } } } }`, false},
	{"timeline", `{ timeline(id: "country:US", first: 500) { date kind meeting { id participants { name country { name } } } article { title } } }`, false},
	{"coParticipants", `{ coParticipants(id: "person:bulk-00-a") { person { name meetings { totalCount } } count } }`, false},
	{"search", `{ search(text: "bulk", types: [MEETING], first: 100) { entity { id ... on Meeting { participants { name } } } } }`, false},
	{"shortestPath", `{ shortestPath(from: "person:bulk-00-a", to: "person:bulk-01-b", maxHops: 6) { length nodes { id } } }`, false},
}

// testBatching proves that the number of store round trips per request
// is constant: every query of costQueries makes the same store calls over
// 2 meetings as over 50, one per kind of read.
func testBatching(t *testing.T, newStore func(t *testing.T) schema.Store) {
	run := func(n int) map[string][]storeCall {
		calls := map[string][]storeCall{}
		t.Run(fmt.Sprintf("%d meetings", n), func(t *testing.T) {
			// The queries are heavy on purpose: this test counts store calls, not cost.
			api := newAPIClient(t, newStore(t), graph.Options{ComplexityLimit: -1}, bulkFixture(n))
			var got struct {
				Meetings struct {
					Nodes []struct {
						Participants []struct {
							Person struct{ Affiliations []struct{ Role string } }
						}
						Place   named
						Issues  []named
						Sources []struct{ Article struct{ Title string } }
					}
				}
			}
			api.store.take()
			api.query(t, batchingQuery, nil, &got)
			calls["nested lists"] = api.store.take()
			nodes := got.Meetings.Nodes
			if len(nodes) != n {
				t.Fatalf("got %d meetings, want %d", len(nodes), n)
			}
			for _, m := range nodes {
				if len(m.Participants) != 2 || m.Participants[0].Person.Affiliations[0].Role != "Envoy" ||
					m.Place.Name == "" || len(m.Issues) != 1 || len(m.Sources) != 1 || m.Sources[0].Article.Title == "" {
					t.Fatalf("incomplete meeting: %+v", m)
				}
			}
			for _, q := range costQueries[1:] {
				var out map[string]any
				api.query(t, q.query, nil, &out)
				calls[q.name] = api.store.take()
			}
		})
		return calls
	}
	few, many := run(2), run(50)
	for _, q := range costQueries {
		switch {
		case !q.shared && tally(few[q.name]) != tally(many[q.name]):
			t.Errorf("%s: store calls differ:\n 2 meetings: %s\n50 meetings: %s", q.name, tally(few[q.name]), tally(many[q.name]))
		case q.shared && (len(many[q.name]) > len(few[q.name])+1 || len(few[q.name]) > len(many[q.name])+1):
			t.Errorf("%s: %d store calls for 2 meetings but %d for 50:\n 2 meetings: %s\n50 meetings: %s", q.name,
				len(few[q.name]), len(many[q.name]), tally(few[q.name]), tally(many[q.name]))
		}
		if len(many[q.name]) > 16 {
			t.Errorf("%s: %d store calls, want at most 16: %s", q.name, len(many[q.name]), tally(many[q.name]))
		}
		t.Logf("%s: %d store calls for 50 meetings: %s", q.name, len(many[q.name]), tally(many[q.name]))
	}
	// One Meetings call, one Edges call per relationship read (ATTENDED,
	// AFFILIATED_WITH, HELD_IN, DISCUSSED, REPORTS) and one Nodes call per
	// label read (Person, Place, Issue, Article).
	if len(many["nested lists"]) > 10 {
		t.Errorf("%d store calls for 50 meetings, want at most 10: %s", len(many["nested lists"]), tally(many["nested lists"]))
	}
}

// postBody posts a raw request body.
func (a *apiClient) postBody(t *testing.T, body map[string]any) gqlResponse {
	t.Helper()
	return a.postRaw(t, body, nil)
}
