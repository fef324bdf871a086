package gazetteer

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"newsgraph/schema"
)

// NamedOrg is an organisation the news names bare and the name recogniser
// types a person or a place: an armed movement ("Taliban"), a news outlet
// ("Reuters"), a company ("Moderna"). It is no body an official is
// affiliated with (Org, orgs.tsv), and the recogniser's features never read
// it: it names nothing in the text by itself, only the type and node of a
// name the recogniser found.
type NamedOrg struct {
	Name  string   // the node's name, "al-Qaida"
	Type  string   // one of schema's organisation types (schema.OrgTypeOther, …)
	Forms []string // the other forms the news writes it in: "Qaeda", "Al-Qaida"
}

// namedOrgsFile is the data file of the named organisations.
const namedOrgsFile = "orgs_named.tsv"

// orgTypes are the organisation types a named organisation may take: the
// schema's.
var orgTypes = map[string]bool{schema.OrgTypeGovernment: true, schema.OrgTypeCompany: true,
	schema.OrgTypeParty: true, schema.OrgTypeInternational: true, schema.OrgTypeOther: true}

// NamedOrgByForm finds the named organisation that form (its name or one of
// its other forms, exactly as written) names.
func NamedOrgByForm(form string) (NamedOrg, bool) {
	x := load()
	if i, ok := x.namedByForm[form]; ok {
		return x.namedOrgs[i], true
	}
	return NamedOrg{}, false
}

// NamedOrgs lists the named organisations in the data file's order.
func NamedOrgs() []NamedOrg { return load().namedOrgs }

// addNamedOrgs reads orgs_named.tsv; a bad row is a build's error, which
// the tests catch (TestEmbeddedNamedOrgsParse).
func (x *index) addNamedOrgs() {
	data, err := dataFS.ReadFile("data/" + namedOrgsFile)
	if err != nil {
		panic("gazetteer: missing embedded " + namedOrgsFile) // a build error, not an input error
	}
	orgs, byForm, err := parseNamedOrgs(namedOrgsFile, bytes.NewReader(data))
	if err != nil {
		panic("gazetteer: " + err.Error())
	}
	x.namedOrgs, x.namedByForm = orgs, byForm
}

// parseNamedOrgs reads a named organisations' table: per line a name, its
// type and its other forms (";"-separated, may be empty), tab-separated;
// "#" lines and blank ones are skipped. It returns the organisations and
// each form's (names included) position among them. An error names the
// file and the line: a missing or surplus column, an empty name, a type
// no schema type, a form written twice (in one row or two), which would
// make one row's form silently another's.
func parseNamedOrgs(file string, r io.Reader) ([]NamedOrg, map[string]int, error) {
	var orgs []NamedOrg
	byForm := map[string]int{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		o, err := namedOrgRow(line)
		if err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", file, n, err)
		}
		orgs = append(orgs, o)
		for _, form := range append([]string{o.Name}, o.Forms...) {
			if i, dup := byForm[form]; dup {
				return nil, nil, fmt.Errorf("%s:%d: form %q is already a form of %q", file, n, form, orgs[i].Name)
			}
			byForm[form] = len(orgs) - 1
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	return orgs, byForm, nil
}

// namedOrgRow reads one row of the named organisations' table.
func namedOrgRow(line string) (NamedOrg, error) {
	cols := strings.Split(line, "\t")
	if len(cols) < 2 || len(cols) > 3 {
		return NamedOrg{}, fmt.Errorf("%d columns, want a name, a type and the other forms (tab-separated)", len(cols))
	}
	o := NamedOrg{Name: strings.TrimSpace(cols[0]), Type: strings.TrimSpace(cols[1])}
	if o.Name == "" {
		return NamedOrg{}, fmt.Errorf("no name")
	}
	if !orgTypes[o.Type] {
		return NamedOrg{}, fmt.Errorf("%s: type %q is none of government, company, party, international, other", o.Name, o.Type)
	}
	if len(cols) == 3 {
		o.Forms = list(cols[2])
	}
	return o, nil
}
