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
	full := fullNamesByWord(r, recognised, nil)
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

// TestRecognisedPlaceCountry: a place of the recogniser's is a country only
// where its name matches as the gazetteer matches text, a short form kept
// in capitals in capitals: the corpus's "Car- —" (a cut-off "Carstens"),
// "Pr- —" and "Vi- —" (a cut-off "President") and "Think of Us" (a
// charity) named no country, while a country's name or capitals form does.
func TestRecognisedPlaceCountry(t *testing.T) {
	cases := []struct {
		name, code string // code "": no country
	}{
		{"Car", ""}, {"Us", ""}, {"Pr", ""}, {"Vi", ""}, {"Uk", ""},
		{"CAR", "CF"}, {"US", "US"}, {"U.S.", "US"}, {"PR", "PR"}, {"UK", "GB"},
		{"Chad", "TD"}, {"Britain", "GB"}, {"United States", "US"}, {"Central African Republic", "CF"},
		{"Côte d'Ivoire", "CI"}, {"CHINA", "CN"},
		{"Kingston", ""}, {"American", ""}, // a capital and a demonym are no country's name
	}
	for _, c := range cases {
		got, ok := recognisedCountry(c.name)
		if ok != (c.code != "") || got.Code != c.code {
			t.Errorf("recognisedCountry(%q) = %q, %v; want %q", c.name, got.Code, ok, c.code)
		}
	}
}

// TestRecognisedPlaceCaseVariant: in an article, a place the recogniser
// finds whose name is a country's short form in the wrong case stays a
// place (the probe "Fighting in Car …" was the Central African Republic).
func TestRecognisedPlaceCaseVariant(t *testing.T) {
	cases := []struct{ text, notID string }{
		{"Fighting in Car spread to three towns on Monday, officials said.", "country:CF"},
		{"MS. PSAKI: That’s something that the Vi- — President pressed for when he was Vice President.", "country:VI"},
		{"I know you said — or the Pr- — you said yesterday that the President was speaking from the heart.", "country:PR"},
		{"Think of Us will directly contact 22,000 young people to make sure they get the credit.", "country:US"},
	}
	for _, c := range cases {
		res, err := Extract(Article{ID: "t", Title: "Statement", Date: "2022-03-01", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if slices.ContainsFunc(res.Entities, func(e Entity) bool { return e.ID == c.notID }) {
			t.Errorf("%q: %s among %v", c.text, c.notID, entityForms(res, c.text))
		}
	}
}
