package graphtest

import (
	"testing"

	"newsgraph/schema"
)

// benchXiQuery is the Xi query of the benchmark (bench/queries.go): a page
// of meetings with their places, participants and sources.
const benchXiQuery = `{ meetings(where: {participant: "Xi Jinping", withOfficialsOf: "US"}, first: 20) {
  totalCount
  nodes { id kind date status place { name } participants { name } sources { article { id title } } } } }`

// testSiblingFields checks that the edge fields of one page of meetings
// are read in one store call, with the nodes they lead to: the page, then
// its places, participants and sources, and nothing else.
func testSiblingFields(t *testing.T, api *apiClient) {
	api.store.take()
	var got struct {
		Meetings struct {
			TotalCount int
			Nodes      []struct {
				Place        *struct{ Name string }
				Participants []struct{ Name string }
				Sources      []struct{ Article struct{ ID, Title string } }
			}
		}
	}
	api.query(t, benchXiQuery, nil, &got)
	if got.Meetings.TotalCount == 0 || len(got.Meetings.Nodes) == 0 {
		t.Fatalf("no meetings: %+v", got)
	}
	for _, m := range got.Meetings.Nodes {
		for _, p := range m.Participants {
			if p.Name == "" {
				t.Errorf("a participant has no name: %+v", m)
			}
		}
		for _, s := range m.Sources {
			if s.Article.Title == "" {
				t.Errorf("a source's article has no title: %+v", m)
			}
		}
	}
	if calls := tally(api.store.take()); calls != "1× Edges(ATTENDED in+HELD_IN out+REPORTS in), 1× MeetingPages(limit=20)" {
		t.Errorf("store calls = %s", calls)
	}
}

// testProjection checks that an operation reads article texts and
// evidence from the store only when it selects a field made of them, and
// that such fields are answered in full when it does.
func testProjection(t *testing.T, api *apiClient) {
	api.store.take()
	var plain map[string]any
	api.query(t, benchXiQuery, nil, &plain)
	for _, p := range api.store.projections() {
		if p != (schema.Projection{}) {
			t.Errorf("the Xi query read with %+v; it needs no texts or evidence", p)
		}
	}
	api.store.take()

	var got struct {
		Meetings struct {
			Nodes []struct {
				Sources []struct {
					Article  struct{ Text string }
					Sentence string
				}
			}
		}
	}
	api.query(t, `{ meetings(where: {participant: "Xi Jinping"}, first: 5) { nodes { sources { article { text } sentence } } } }`, nil, &got)
	n := 0
	for _, m := range got.Meetings.Nodes {
		for _, s := range m.Sources {
			n++
			if s.Sentence == "" || s.Article.Text == "" {
				t.Errorf("a source lacks its sentence or its article's text: %+v", s)
			}
		}
	}
	if n == 0 {
		t.Fatalf("no sources to check: %+v", got)
	}
	for _, p := range api.store.projections() {
		if p != (schema.Projection{Text: true, Evidence: true}) {
			t.Errorf("a query of texts and sentences read with %+v", p)
		}
	}
}
