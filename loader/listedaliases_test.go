package loader

import (
	"slices"
	"testing"

	"newsgraph/loader/extract"
	"newsgraph/schema"
)

// TestListedOfficialCarriesTheListsNames: the node of a listed official
// the texts call by a short first name carries the lists' other names as
// aliases, so that person(name: "Richard Durbin") finds Dick Durbin
// (officials_manual.tsv's Dick Durbin is the generated lists' Richard
// Durbin, alias Richard J. Durbin), whether the article's entity or its
// official record makes the node. The guards: a person no list names gets
// none, and a name the lists match only loosely ("Mustafa Kadhimi" for
// Mustafa Al-Kadhimi) takes nothing of the listed name's.
func TestListedOfficialCarriesTheListsNames(t *testing.T) {
	text := "Senator Dick Durbin met Jane Roe and Mustafa Kadhimi."
	r := extract.Result{ID: "a",
		People: []extract.Person{{ID: "person:dick-durbin", Name: "Dick Durbin", Country: "US", Role: "Senator"}},
		Entities: []extract.Entity{
			{ID: "person:dick-durbin", Type: "Person", Name: "Dick Durbin", Mentions: []extract.Mention{{Start: 8, End: 19}}},
			{ID: "person:jane-roe", Type: "Person", Name: "Jane Roe", Mentions: []extract.Mention{{Start: 24, End: 32}}},
			{ID: "person:mustafa-kadhimi", Type: "Person", Name: "Mustafa Kadhimi", Mentions: []extract.Mention{{Start: 37, End: 52}}},
		}}
	g := BuildGraph(extract.Article{ID: "a", Title: "a", Date: "2022-06-08", Text: text}, r)
	aliases := map[string][]string{}
	for _, n := range g.Nodes {
		if n.Label == schema.LabelPerson {
			aliases[n.ID] = n.Aliases
		}
	}
	for _, want := range []string{"Richard Durbin", "Richard J. Durbin"} {
		if !slices.Contains(aliases["person:dick-durbin"], want) {
			t.Errorf("Dick Durbin's aliases %q lack %q", aliases["person:dick-durbin"], want)
		}
	}
	if a := aliases["person:jane-roe"]; len(a) != 0 {
		t.Errorf("Jane Roe's aliases = %q, want none (guard)", a)
	}
	if a := aliases["person:mustafa-kadhimi"]; len(a) != 0 {
		t.Errorf("Mustafa Kadhimi's aliases = %q, want none (guard: a loose match is not the name)", a)
	}

	people := BuildGraph(extract.Article{ID: "b", Title: "b", Date: "2022-06-08", Text: "They met."},
		extract.Result{ID: "b", People: []extract.Person{{Name: "Dick Durbin", Country: "US", Role: "Senator"}}})
	for _, n := range people.Nodes {
		if n.ID == "person:dick-durbin" && !slices.Contains(n.Aliases, "Richard Durbin") {
			t.Errorf("an official record's node has aliases %q, want Richard Durbin among them", n.Aliases)
		}
	}
}
