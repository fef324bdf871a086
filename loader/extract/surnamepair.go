package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// surnamePair reports whether a one-word name the recogniser calls a
// person is surnames joined by hyphens, each of an official the lists
// hold in a top office (a head of state's or government's, a vice
// president's, a foreign minister's) ("the Biden-Xi call", "the
// Biden-Putin bilateral meeting", "the Biden-Harris campaign", "Obama-Biden"):
// two people's encounter or administration, no one person. A hyphenated
// surname of its own ("Thomas-Greenfield", "Nunez-Smith") has a part no
// top official bears, and stays a name.
func surnamePair(name string) bool {
	parts := strings.Split(name, "-")
	if len(parts) < 2 || gazetteer.HasOfficialsBySurname(name) {
		return false
	}
	for _, p := range parts {
		if officialsWhere(surnameTerms(p), func(o gazetteer.Official) bool { return topRoles[strings.ToLower(o.Role)] }) == nil {
			return false
		}
	}
	return true
}

// surnameTerms are the terms of the officials a word alone names: by
// surname, or by the family name that the lists write first ("Xi").
func surnameTerms(w string) []gazetteer.Official {
	if !leadingUpper(w) {
		return nil
	}
	terms := gazetteer.OfficialsBySurname(w)
	for _, o := range gazetteer.OfficialsByGivenName(w) {
		if gazetteer.FamilyNameFirst(o.Country) {
			terms = append(terms, o)
		}
	}
	return terms
}
