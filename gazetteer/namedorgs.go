package gazetteer

import (
	"fmt"

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

// orgTypes are the organisation types a table's body may take: the
// schema's.
var orgTypes = map[string]bool{schema.OrgTypeGovernment: true, schema.OrgTypeCompany: true,
	schema.OrgTypeParty: true, schema.OrgTypeInternational: true, schema.OrgTypeOther: true}

// orgTypeOf checks that t is one of the schema's organisation types.
func orgTypeOf(name, t string) error {
	if !orgTypes[t] {
		return fmt.Errorf("%s: type %q is none of government, company, party, international, other", name, t)
	}
	return nil
}

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

// addNamedOrgs reads orgs_named.tsv.
func (x *index) addNamedOrgs() {
	var err error
	x.namedOrgs, x.namedByForm, err = parseNamedOrgs(namedOrgsFile, embeddedTable(namedOrgsFile))
	mustRead(err)
}

// parseNamedOrgs reads a named organisations' table: per line a name, its
// type and its other forms (";"-separated, may be empty). It returns the
// organisations and each form's (names included) position among them. A
// row with a missing or surplus column, no name, a type no schema type or
// a form written twice is refused.
func parseNamedOrgs(file string, data []byte) ([]NamedOrg, formIndex, error) {
	var orgs []NamedOrg
	byForm, err := parseFormRows(file, data, 2, func(cols []string) error {
		o := NamedOrg{Name: cols[0], Type: cols[1], Forms: columnList(cols, 2)}
		orgs = append(orgs, o)
		return orgTypeOf(o.Name, o.Type)
	})
	if err != nil {
		return nil, nil, err
	}
	return orgs, byForm, nil
}
