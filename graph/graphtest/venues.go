package graphtest

import (
	"encoding/json"
	"testing"

	"newsgraph/graph"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// testVenueAndSource: a place filter that names a venue answers the
// meetings held in its city that an article reporting them names the
// venue in, each placed in the city, top-level and as the venue's own
// meetings; a city answers all of its own. An articles' source matches by
// words (issue 10, venue43: "White House" answered 0 meetings, "state.gov"
// 0 articles, without an error).
func testVenueAndSource(t *testing.T, newStore func(t *testing.T) schema.Store) {
	const atHouse, atState = "meeting:2022-02-01:house", "meeting:2022-02-01:state"
	api := newAPIClient(t, newStore(t), graph.Options{Timeout: scenarioTimeout}, []schema.ArticleGraph{
		storetest.VenueArticle("h1", storetest.HouseSource, atHouse, "place:washington", "place:white-house"),
		storetest.VenueArticle("s1", storetest.StateSource, atState, "place:washington"),
	})
	for _, tt := range []struct{ name, query, want string }{
		{"a venue: its city's meetings that its articles name", `{ meetings(where: {place: "White House"}) { totalCount nodes { id place { id } } } }`,
			`{"meetings": {"totalCount": 1, "nodes": [{"id": "` + atHouse + `", "place": {"id": "place:washington"}}]}}`},
		{"the venue with \"the\", lower case", `{ meetings(where: {place: "the white house"}) { totalCount } }`,
			`{"meetings": {"totalCount": 1}}`},
		{"the venue's own meetings", `{ places(where: {ids: ["place:white-house"]}) { nodes { meetings { nodes { id } } } } }`,
			`{"places": {"nodes": [{"meetings": {"nodes": [{"id": "` + atHouse + `"}]}}]}}`},
		{"the city: all of its meetings", `{ meetings(where: {place: "Washington"}) { totalCount } }`,
			`{"meetings": {"totalCount": 2}}`},
		{"articles by a word of their source", `{ articles(where: {source: "state.gov"}) { nodes { id } } }`,
			`{"articles": {"nodes": [{"id": "article:s1"}]}}`},
		{"articles by the publisher's name", `{ articles(where: {source: "White House"}) { nodes { id } } }`,
			`{"articles": {"nodes": [{"id": "article:h1"}]}}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			resp := api.post(t, tt.query, nil)
			if len(resp.Errors) > 0 {
				t.Fatalf("errors: %v", resp.Errors)
			}
			var got, want any
			if err := json.Unmarshal(resp.Data, &got); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(tt.want), &want); err != nil {
				t.Fatal(err)
			}
			if g, w := mustJSON(t, got), mustJSON(t, want); g != w {
				t.Errorf("got %s, want %s", g, w)
			}
		})
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
