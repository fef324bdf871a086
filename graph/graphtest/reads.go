package graphtest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

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
	// The page's statement reads the meetings' edges too (MeetingFilter.With).
	if calls := tally(api.store.take()); calls != "1× MeetingPages(limit=20 with HELD_IN out+ATTENDED in+REPORTS in)" {
		t.Errorf("store calls = %s", calls)
	}
	testPageEdgesAsReadAlone(t, api)
}

// testPageEdgesAsReadAlone checks that the participants, place, issues
// and sources that come with a page of meetings (read in the page's
// statement) are those of each meeting read on its own, by id, from its
// edges; with and without the evidence that sentences need.
func testPageEdgesAsReadAlone(t *testing.T, api *apiClient) {
	type meeting struct {
		ID, Kind, Date, Status string
		Place                  *struct{ ID, Name string }
		Participants           []struct {
			Name, Role string
			Person     struct{ ID, Name string }
		}
		Issues  []struct{ ID, Name string }
		Sources []struct {
			Sentence string
			Article  struct{ ID, Title string }
		}
	}
	for _, fields := range []string{
		`id kind date status place { id name } participants { name person { id name } } issues { id name } sources { article { id title } }`,
		`id kind date status place { id name } participants { name role person { id name } } sources { sentence article { id title } }`,
	} {
		for _, where := range []string{`{participant: "Xi Jinping", withOfficialsOf: "US"}`, `{}`} {
			var page struct {
				Meetings struct{ Nodes []meeting }
			}
			api.query(t, `{ meetings(where: `+where+`, first: 20) { nodes { `+fields+` } } }`, nil, &page)
			if len(page.Meetings.Nodes) == 0 {
				t.Fatalf("%s: no meetings", where)
			}
			withParticipants := 0
			for _, m := range page.Meetings.Nodes {
				var own struct{ Node meeting }
				api.query(t, `query($id: ID!) { node(id: $id) { ... on Meeting { `+fields+` } } }`, map[string]any{"id": m.ID}, &own)
				if diff := cmp.Diff(own.Node, m); diff != "" {
					t.Errorf("%s: %s on the page differs from the meeting read on its own (-own +page):\n%s", where, m.ID, diff)
				}
				if len(m.Participants) > 0 {
					withParticipants++
				}
			}
			if withParticipants == 0 {
				t.Errorf("%s: no meeting on the page has participants: nothing was compared", where)
			}
		}
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
