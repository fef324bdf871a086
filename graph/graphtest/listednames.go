package graphtest

import (
	"encoding/json"
	"slices"
	"testing"

	"newsgraph/graph"
	"newsgraph/schema"
)

// testListedOfficialByTheListsNames: an article the API ingests names
// Senator Dick Durbin, as the texts do; the lists also call him Richard
// Durbin and Richard J. Durbin, and an analyst who asks for either finds
// him, by person(name:) and by people(where: {name:}), as the loader
// gives his node the lists' names as aliases. The guard: a name neither
// the text nor the lists give him finds no one.
func testListedOfficialByTheListsNames(t *testing.T, newStore func(t *testing.T) schema.Store) {
	api := newAPIClient(t, newStore(t), graph.Options{APIKey: testAPIKey, Timeout: scenarioTimeout}, newsFixture())
	articles := []map[string]any{{"id": "durbin-1", "title": "Statement by Press Secretary Jen Psaki", "date": "2022-06-08",
		"text": "The President spoke with Senator Dick Durbin about the bill today. Senator Durbin thanked him."}}
	resp := api.postWith(t, ingestMutation, map[string]any{"articles": articles}, map[string]string{"X-API-Key": testAPIKey})
	var loaded struct{ IngestArticles ingestResult }
	if err := json.Unmarshal(resp.Data, &loaded); err != nil || len(resp.Errors) > 0 || loaded.IngestArticles.Loaded != 1 {
		t.Fatalf("ingest failed: %v %s", err, resp.Body)
	}
	for name, want := range map[string]string{
		"Dick Durbin":       "person:dick-durbin", // the text's name (guard)
		"Richard Durbin":    "person:dick-durbin", // the generated lists' name
		"richard j. durbin": "person:dick-durbin", // their alias, case folded
		"Robert Durbin":     "",                   // no one's (guard)
	} {
		var got struct{ Person *identified }
		api.query(t, `query($n: String) { person(name: $n) { id } }`, map[string]any{"n": name}, &got)
		if id := idOf(got.Person); id != want {
			t.Errorf("person(name: %q) = %q, want %q", name, id, want)
		}
	}
	var list struct {
		People struct{ Nodes []identified }
	}
	api.query(t, `{ people(where: {name: "Richard Durbin"}) { nodes { id } } }`, nil, &list)
	if !slices.ContainsFunc(list.People.Nodes, func(n identified) bool { return n.ID == "person:dick-durbin" }) {
		t.Errorf(`people(where: {name: "Richard Durbin"}) = %+v, want Dick Durbin among them`, list.People.Nodes)
	}
}

// idOf is a found node's id, "" for none.
func idOf(n *identified) string {
	if n == nil {
		return ""
	}
	return n.ID
}
