package extract

import (
	"slices"
	"testing"
)

// TestFullNamesByWord: a one-word name resolves to the one full name of the
// article that starts or ends with it, the officials' full names counted
// with the recogniser's, so that a word two people share stays ambiguous
// (fullNamesByWord keeps up to two names a word).
func TestFullNamesByWord(t *testing.T) {
	r := &resolver{people: []*personEntity{
		{name: "Lloyd Austin", official: true},
		{name: "Blinken", official: true},      // one word: no full name
		{name: "Kate Moreau", official: false}, // no official: the recogniser's people stand for themselves
	}}
	recognised := []recognisedName{{name: "Austin Tice"}, {name: "Nick Moreau"}, {name: "Nick Moreau"}, {name: "Moreau"}}
	full := fullNamesByWord(r, recognised)
	cases := []struct {
		word string
		want []string
	}{
		{"Austin", []string{"Lloyd Austin", "Austin Tice"}}, // an official's and the recogniser's: ambiguous
		{"Lloyd", []string{"Lloyd Austin"}},
		{"Tice", []string{"Austin Tice"}},
		{"Moreau", []string{"Nick Moreau"}}, // once, though found twice
		{"Nick", []string{"Nick Moreau"}},
		{"Kate", nil},
		{"Blinken", nil},
	}
	for _, c := range cases {
		if got := full[c.word]; !slices.Equal(got, c.want) {
			t.Errorf("%q: full names %q, want %q", c.word, got, c.want)
		}
	}
}

// TestRecognisedOrganisations: addRecognisedOthers joins an acronym to the
// organisation of the article it abbreviates, and types an organisation no
// earlier stage typed from its name and context (texts written for the
// test, their bodies unknown to the gazetteer).
func TestRecognisedOrganisations(t *testing.T) {
	cases := []struct {
		text, id string
		forms    []string
		orgType  string
	}{
		{"The Coalition for Rural Health Access said on Monday that clinics would close. CRHA officials met the mayor.",
			"org:coalition-for-rural-health-access", []string{"Coalition for Rural Health Access", "CRHA"}, OrgOther},
		{"Analysts said tech giant Zentrix Quantum would cut jobs on Monday.",
			"org:zentrix-quantum", []string{"Zentrix Quantum"}, OrgCompany},
		{"Orvalis Motors said on Monday that it would build a plant in Ohio.",
			"org:orvalis-motors", []string{"Orvalis Motors"}, OrgCompany},
	}
	for _, c := range cases {
		res, err := Extract(Article{ID: "t", Title: "Statement", Date: "2024-03-01", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.ID == c.id })
		if i < 0 {
			t.Errorf("%q: no %s among %v", c.text, c.id, entityForms(res, c.text))
			continue
		}
		if got := entityForms(res, c.text)[c.id]; !slices.Equal(got, c.forms) || res.Entities[i].OrgType != c.orgType {
			t.Errorf("%q: %s mentions %q, type %q; want %q, %q", c.text, c.id, got, res.Entities[i].OrgType, c.forms, c.orgType)
		}
	}
}
