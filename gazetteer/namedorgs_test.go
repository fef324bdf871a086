package gazetteer

import (
	"slices"
	"strings"
	"testing"

	"newsgraph/schema"
)

// TestParseNamedOrgs reads a small table: comments and blank lines are
// skipped, a row without forms has none, and every form, the name too,
// finds its row.
func TestParseNamedOrgs(t *testing.T) {
	table := "# a comment\n\nISIS\tother\tISIL; Daesh\nReuters\tcompany\nTASS\tgovernment\t\n"
	orgs, byForm, err := parseNamedOrgs("t.tsv", []byte(table))
	if err != nil {
		t.Fatal(err)
	}
	want := []NamedOrg{{"ISIS", "other", []string{"ISIL", "Daesh"}}, {"Reuters", "company", nil}, {"TASS", "government", nil}}
	if len(orgs) != len(want) {
		t.Fatalf("got %+v, want %+v", orgs, want)
	}
	for i, o := range orgs {
		if o.Name != want[i].Name || o.Type != want[i].Type || !slices.Equal(o.Forms, want[i].Forms) {
			t.Errorf("row %d: %+v, want %+v", i, o, want[i])
		}
	}
	for form, name := range map[string]string{"ISIS": "ISIS", "Daesh": "ISIS", "ISIL": "ISIS", "Reuters": "Reuters", "TASS": "TASS"} {
		if i, ok := byForm[form]; !ok || orgs[i].Name != name {
			t.Errorf("%q finds %v %v, want %s", form, i, ok, name)
		}
	}
}

// TestParseNamedOrgsRefusesABadRow: each bad row is refused with its file
// and line and what is wrong with it.
func TestParseNamedOrgsRefusesABadRow(t *testing.T) {
	for _, c := range []struct{ name, table, want string }{
		{"one column", "# c\nTaliban\n", "t.tsv:2: 1 columns, want 2 to 3"},
		{"four columns", "Taliban\tother\t\tx\n", "t.tsv:1: 4 columns, want 2 to 3"},
		{"no name", "\tother\tISIL\n", "t.tsv:1: no name"},
		{"a type no schema type", "Taliban\tmovement\n", `t.tsv:1: Taliban: type "movement"`},
		{"a form written twice in two rows", "ISIS\tother\tDaesh\n\nIS\tother\tDaesh\n", `t.tsv:3: form "Daesh" is already a form of "ISIS"`},
		{"a form written twice in one row", "ISIS\tother\tDaesh;Daesh\n", `t.tsv:1: form "Daesh" is written twice in the row of "ISIS"`},
		{"another row's name as a form", "Hamas\tother\nHamas movement\tother\tHamas\n", `t.tsv:2: form "Hamas" is already a form of "Hamas"`},
	} {
		_, _, err := parseNamedOrgs("t.tsv", []byte(c.table))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to start %q", c.name, err, c.want)
		}
	}
}

// TestEmbeddedNamedOrgsParse: the embedded table reads without error (the
// index would panic on it), and every row's type is one of the schema's
// organisation types.
func TestEmbeddedNamedOrgsParse(t *testing.T) {
	orgs, _, err := parseNamedOrgs(namedOrgsFile, embeddedTable(namedOrgsFile))
	if err != nil {
		t.Fatal(err)
	}
	types := []string{schema.OrgTypeGovernment, schema.OrgTypeCompany, schema.OrgTypeParty, schema.OrgTypeInternational, schema.OrgTypeOther}
	for _, o := range orgs {
		if !slices.Contains(types, o.Type) {
			t.Errorf("%s: type %q", o.Name, o.Type)
		}
	}
	if len(orgs) < 78 {
		t.Errorf("%d rows, want the orgs12 list's 78 or more: is the file cut?", len(orgs))
	}
}

// TestNamedOrgByForm finds a movement, an outlet and a company by their
// forms as the extractor asks for them, exactly as written.
func TestNamedOrgByForm(t *testing.T) {
	for form, want := range map[string]NamedOrg{
		"Houthi":  {Name: "Houthis", Type: schema.OrgTypeOther},
		"Qa’ida":  {Name: "al-Qaida", Type: schema.OrgTypeOther},
		"VOA":     {Name: "Voice of America", Type: schema.OrgTypeGovernment},
		"Moderna": {Name: "Moderna", Type: schema.OrgTypeCompany},
	} {
		if o, ok := NamedOrgByForm(form); !ok || o.Name != want.Name || o.Type != want.Type {
			t.Errorf("%q: %+v %v, want %s (%s)", form, o, ok, want.Name, want.Type)
		}
	}
	for _, form := range []string{"houthi", "Amazon", "Taliban’s"} {
		if o, ok := NamedOrgByForm(form); ok {
			t.Errorf("%q found %+v", form, o)
		}
	}
}

// TestNamedOrgFormsAreNoOtherListsNames: no named organisation's form is a
// country, demonym, organisation, place or region of the phrase lists,
// which match it first and would make the row dead or a second reading of
// a listed name. The phrases are what the name recogniser's features read:
// a named organisation among them would change the trained model.
func TestNamedOrgFormsAreNoOtherListsNames(t *testing.T) {
	phrase := map[string]Phrase{}
	for _, p := range Phrases() {
		phrase[p.Text] = p
	}
	for _, o := range NamedOrgs() {
		for _, form := range append([]string{o.Name}, o.Forms...) {
			if p, ok := phrase[form]; ok {
				t.Errorf("%s: form %q is also a phrase of kind %d (%s)", o.Name, form, p.Kind, p.Code)
			}
		}
	}
}
