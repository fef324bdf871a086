package graphtest

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/schema"
)

// testMergedMeetingIDsAnswer ingests, one call each, a plan that gives no
// date, a review that dates the meeting by its month, and the report of
// the day: each merges the meeting node before it into its own (the plan
// into the month, the month into the day). A client that kept the plan's
// or the month's id (a link, a saved view) still gets the meeting from
// every query that takes an id, under the day's id, and the response's
// extensions.movedIds says which id answered which.
func testMergedMeetingIDsAnswer(t *testing.T, newStore func(t *testing.T) schema.Store) {
	api := newAPIClient(t, newStore(t), graph.Options{APIKey: testAPIKey}, newsFixture())
	key := map[string]string{"Authorization": "Bearer " + testAPIKey}
	meetingsAfter := func(t *testing.T, article map[string]any) []string {
		t.Helper()
		if resp := api.postWith(t, ingestMutation, map[string]any{"articles": []map[string]any{article}}, key); len(resp.Errors) > 0 {
			t.Fatalf("ingest: %s", resp.Body)
		}
		var got struct{ Meetings struct{ Nodes []identified } }
		api.query(t, `{ meetings(where: {participants: ["Antony Blinken", "Qin Gang"]}) { nodes { id } } }`, nil, &got)
		var ids []string
		for _, n := range got.Meetings.Nodes {
			ids = append(ids, n.ID)
		}
		return ids
	}
	meetingsAfter(t, map[string]any{"id": "moved-plan", "title": "Travel", "date": "2023-06-10",
		"text": "Secretary of State Antony Blinken will travel to Beijing. Secretary Blinken will meet with Chinese Foreign Minister Qin Gang."})
	before := meetingsAfter(t, map[string]any{"id": "moved-month", "title": "Review", "date": "2023-07-20",
		"text": "In June, Secretary of State Antony Blinken met with Chinese Foreign Minister Qin Gang."})
	after := meetingsAfter(t, map[string]any{"id": "moved-held", "title": "Meeting", "date": "2023-06-19",
		"text": "Secretary of State Antony Blinken met with Chinese Foreign Minister Qin Gang in Beijing on June 18."})
	if len(before) != 2 || len(after) != 1 || slices.Contains(before, after[0]) {
		t.Fatalf("meetings of Blinken and Qin Gang before the day's report %v, after %v: want two merged into a third", before, after)
	}
	month, plan, day := before[0], before[1], after[0] // the month is dated, so first

	type answer struct {
		data  map[string]any
		moved map[string]any
	}
	ask := func(t *testing.T, query string, vars map[string]any) answer {
		t.Helper()
		resp := api.post(t, query, vars)
		var body struct {
			Data       map[string]any
			Extensions map[string]any
		}
		if err := json.Unmarshal([]byte(resp.Body), &body); err != nil || len(resp.Errors) > 0 {
			t.Fatalf("%s: %v %s", query, err, resp.Body)
		}
		moved, _ := body.Extensions["movedIds"].(map[string]any)
		return answer{body.Data, moved}
	}
	wantMoved := func(t *testing.T, what string, got map[string]any, ids ...string) {
		t.Helper()
		want := map[string]any{}
		for _, id := range ids {
			want[id] = day
		}
		if !maps.Equal(got, want) {
			t.Errorf("%s: extensions.movedIds = %v, want %v", what, got, want)
		}
	}

	a := ask(t, `query($id: ID!) { node(id: $id) { id ... on Meeting { formerIds date } } }`, map[string]any{"id": plan})
	node, _ := a.data["node"].(map[string]any)
	if node["id"] != day || node["date"] != "2023-06-18" || !slices.Equal(toStrings(node["formerIds"]), sorted(plan, month)) {
		t.Errorf("node(id: the plan's) = %v, want the day's meeting %s with formerIds %v", node, day, sorted(plan, month))
	}
	wantMoved(t, "node", a.moved, plan)

	a = ask(t, `query($ids: [ID!]) { meetings(where: {ids: $ids}) { totalCount nodes { id } } }`, map[string]any{"ids": []string{plan, month, day}})
	if got, _ := json.Marshal(a.data["meetings"]); string(got) != `{"nodes":[{"id":"`+day+`"}],"totalCount":1}` {
		t.Errorf("meetings(where: {ids: [plan, month, day]}) = %s, want the day's meeting once", got)
	}
	wantMoved(t, "meetings", a.moved, plan, month)

	a = ask(t, `query($seeds: [ID!]!) { subgraph(seeds: $seeds, depth: 0) { nodes { id } } }`, map[string]any{"seeds": []string{month}})
	if got := idsOf(a.data["subgraph"]); !slices.Contains(got, day) {
		t.Errorf("subgraph(seeds: [the month's]) nodes = %v, want the day's meeting among them", got)
	}
	wantMoved(t, "subgraph", a.moved, month)

	// An unknown seed is named by its place among the seeds asked, not
	// among those the moved ids left (the month's folds into the day's).
	resp := api.post(t, `query($seeds: [ID!]!) { subgraph(seeds: $seeds, depth: 0) { nodes { id } } }`,
		map[string]any{"seeds": []string{month, day, "person:nobody"}})
	if want := `"person:nobody" (seeds[2])`; len(resp.Errors) == 0 || !strings.Contains(resp.Errors[0].Message, want) {
		t.Errorf("subgraph(seeds: [the month's, the day's, person:nobody]) = %s, want an error naming %s", resp.Body, want)
	}

	a = ask(t, `query($id: ID!) { timeline(id: $id) { meeting { id } } }`, map[string]any{"id": plan})
	if got, _ := json.Marshal(a.data["timeline"]); string(got) != `[{"meeting":null},{"meeting":{"id":"`+day+`"}},{"meeting":null},{"meeting":null}]` {
		t.Errorf("timeline(id: the plan's) = %s, want the day's meeting among its three articles (the plan's first)", got)
	}
	wantMoved(t, "timeline", a.moved, plan)

	a = ask(t, `query($from: ID!) { shortestPath(from: $from, to: "person:qin-gang") { length nodes { id } } }`, map[string]any{"from": month})
	if got, _ := json.Marshal(a.data["shortestPath"]); string(got) != `{"length":1,"nodes":[{"id":"`+day+`"},{"id":"person:qin-gang"}]}` {
		t.Errorf("shortestPath(from: the month's) = %s, want the day's meeting to Qin Gang", got)
	}
	wantMoved(t, "shortestPath", a.moved, month)

	a = ask(t, `query($ids: [ID!]!) { edges(ids: $ids) { id } }`, map[string]any{"ids": []string{"person:qin-gang|ATTENDED|" + plan, "person:qin-gang|ATTENDED|meeting:none"}})
	if got, _ := json.Marshal(a.data["edges"]); string(got) != `[{"id":"person:qin-gang|ATTENDED|`+day+`"},null]` {
		t.Errorf("edges(ids: [Qin Gang's at the plan, at no meeting]) = %s, want his at the day's meeting, then null", got)
	}
	wantMoved(t, "edges", a.moved, plan)

	// An id that never named a meeting is still no node, and a current id
	// moves nothing.
	a = ask(t, `{ gone: node(id: "meeting:2023-06-18:nobody") { id } here: node(id: "person:qin-gang") { id } }`, nil)
	if a.data["gone"] != nil || a.moved != nil {
		t.Errorf("an unknown and a current id: %v, movedIds %v; want null and no movedIds", a.data, a.moved)
	}

	// Every report changed to tell no meeting: the day's meeting is
	// retracted, and the ids merged into it answer nothing, with no
	// movedIds naming a move to no node (ids45's).
	for _, id := range []string{"moved-plan", "moved-month", "moved-held"} {
		article := map[string]any{"id": id, "title": "Corrected", "date": "2023-06-19", "text": "Secretary of State Antony Blinken spoke about trade."}
		if resp := api.postWith(t, ingestMutation, map[string]any{"articles": []map[string]any{article}}, key); len(resp.Errors) > 0 {
			t.Fatalf("ingest: %s", resp.Body)
		}
	}
	a = ask(t, `query($id: ID!, $ids: [ID!]) { node(id: $id) { id } meetings(where: {ids: $ids}) { totalCount } }`,
		map[string]any{"id": plan, "ids": []string{plan, month, day}})
	if got, _ := json.Marshal(a.data); string(got) != `{"meetings":{"totalCount":0},"node":null}` || a.moved != nil {
		t.Errorf("the ids after their meeting's retraction: %s, movedIds %v; want nothing and no movedIds", got, a.moved)
	}
}

func toStrings(v any) []string {
	list, _ := v.([]any)
	out := make([]string, len(list))
	for i, x := range list {
		out[i], _ = x.(string)
	}
	return out
}

func sorted(s ...string) []string {
	slices.Sort(s)
	return s
}

// idsOf lists the ids of a subgraph answer's nodes.
func idsOf(sub any) []string {
	m, _ := sub.(map[string]any)
	nodes, _ := m["nodes"].([]any)
	var out []string
	for _, n := range nodes {
		if n, ok := n.(map[string]any); ok {
			id, _ := n["id"].(string)
			out = append(out, id)
		}
	}
	return out
}
