package gazetteer

import (
	"strings"
	"testing"

	"newsgraph/schema"
)

// TestParseTablesRefuseABadRow: each table's bad rows are refused with the
// file, the line and what is wrong.
func TestParseTablesRefuseABadRow(t *testing.T) {
	known := func(cc string) bool { return cc == "KR" || cc == "US" }
	parse := map[string]func(string) error{
		"us":      func(s string) error { _, _, err := parseUSBodies("t.tsv", []byte(s)); return err },
		"typed":   func(s string) error { _, err := parseTypedBodies("t.tsv", []byte(s)); return err },
		"country": func(s string) error { _, err := parseNewsCountries("t.tsv", []byte(s), known); return err },
	}
	for _, c := range []struct{ table, text, want string }{
		{"us", "# c\nDepartment of State\tDOS\tx\n", "t.tsv:2: 3 columns, want 1 to 2"},
		{"us", "Department of State\tDOS\nDepartment of Defense\tDOD;DOS\n", `t.tsv:2: form "DOS" is already a form of "Department of State"`},
		{"us", "\tDOS\n", "t.tsv:1: no name"},
		{"typed", "Duma\tparliament\n", `t.tsv:1: Duma: type "parliament" is neither government nor international`},
		{"typed", "Kremlin\tgovernment\tseat\n", `t.tsv:1: Kremlin: third column "seat"`},
		{"typed", "Duma\tgovernment\n\nDUMA\tgovernment\n", `t.tsv:3: "DUMA" is already a row, "Duma"`},
		{"typed", "Duma\n", "t.tsv:1: 1 columns, want 2 to 3"},
		{"country", "XX\tKorea\n", `t.tsv:1: "XX" is no country of countries.tsv`},
		{"country", "KR\tKorea\nUS\tKorea\n", `t.tsv:2: form "Korea" is already KR's`},
		{"country", "KR\t\n", "t.tsv:1: KR: no form"},
	} {
		if err := parse[c.table](c.text); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s %q: error %v, want it to start %q", c.table, c.text, err, c.want)
		}
	}
}

// TestEmbeddedBodyTablesParse: the embedded tables read without error (the
// index would panic on them).
func TestEmbeddedBodyTablesParse(t *testing.T) {
	if _, _, err := parseUSBodies(usBodiesFile, embeddedTable(usBodiesFile)); err != nil {
		t.Error(err)
	}
	if _, err := parseTypedBodies(typedBodiesFile, embeddedTable(typedBodiesFile)); err != nil {
		t.Error(err)
	}
	known := func(cc string) bool { _, ok := CountryByCode(cc); return ok }
	if _, err := parseNewsCountries(newsCountriesFile, embeddedTable(newsCountriesFile), known); err != nil {
		t.Error(err)
	}
}

// TestUSBodyByForm: a form, the official name too, finds the official
// name, exactly as written.
func TestUSBodyByForm(t *testing.T) {
	for form, want := range map[string]string{"State Department": "Department of State", "DOS": "Department of State",
		"Department of State": "Department of State", "CDC": "Centers for Disease Control and Prevention",
		"Foreign Service": "Foreign Service"} {
		if got, ok := USBodyByForm(form); !ok || got != want {
			t.Errorf("%q: %q %v, want %q", form, got, ok, want)
		}
	}
	for _, form := range []string{"state department", "VA", "DOE", "U.S. Department of State"} {
		if got, ok := USBodyByForm(form); ok {
			t.Errorf("%q found %q", form, got)
		}
	}
}

// TestTypedBodyNamed finds a state's body in any case, an international
// organ, and a seat that stands for its tenants.
func TestTypedBodyNamed(t *testing.T) {
	for name, want := range map[string]TypedBody{
		"Federal Reserve":  {Name: "Federal Reserve", Type: schema.OrgTypeGovernment},
		"nasa":             {Name: "NASA", Type: schema.OrgTypeGovernment},
		"the Kremlin":      {},
		"kremlin":          {Name: "Kremlin", Type: schema.OrgTypeGovernment, Building: true},
		"Security Council": {Name: "Security Council", Type: schema.OrgTypeInternational},
	} {
		got, ok := TypedBodyNamed(name)
		if got != want || ok != (want.Name != "") {
			t.Errorf("%q: %+v %v, want %+v", name, got, ok, want)
		}
	}
}

// TestNewsCountryCode: the news's forms of a country, exactly as written.
func TestNewsCountryCode(t *testing.T) {
	for form, want := range map[string]string{"Korea": "KR", "United State": "US", "korea": "", "United States": ""} {
		if got, _ := NewsCountryCode(form); got != want {
			t.Errorf("%q: %q, want %q", form, got, want)
		}
	}
}

// TestBodyFormsAreNoOtherListsNames: no form of a US body, no typed body
// and no news form of a country is a phrase of the lists (countries,
// demonyms, organisations, places, regions), which would match it first
// and leave its row dead; the phrases are what the recogniser's features
// read, so none of these rows changes its model. A body's seat is a
// place phrase by design ("White House"): its "building" row keeps it the
// place it is.
func TestBodyFormsAreNoOtherListsNames(t *testing.T) {
	phrase := map[string]Phrase{}
	for _, p := range Phrases() {
		phrase[strings.ToLower(p.Text)] = p
	}
	check := func(table, form string, building bool) {
		if p, ok := phrase[strings.ToLower(form)]; ok && !(building && p.Kind == KindPlace) {
			t.Errorf("%s: %q is also a phrase of kind %d (%s)", table, form, p.Kind, p.Code)
		}
	}
	for _, b := range USBodies() {
		for _, f := range append([]string{b.Name}, b.Forms...) {
			check(usBodiesFile, f, false)
		}
	}
	for _, b := range load().typedBodies {
		check(typedBodiesFile, b.Name, b.Building)
	}
	for f := range load().newsCountries {
		check(newsCountriesFile, f, false)
	}
}
