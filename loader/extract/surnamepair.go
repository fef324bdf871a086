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
// two people's encounter or administration, no one person. A part of two
// or more words is an official's full name ("the Blinken-Wang Yi
// meeting", offlist46: the lists write Wang Yi's family name first, so
// the recogniser keeps his given name). A hyphenated
// surname of its own ("Thomas-Greenfield", "Nunez-Smith") has a part no
// top official bears, and stays a name.
func surnamePair(name string) bool {
	parts := strings.Split(name, "-")
	if len(parts) < 2 || gazetteer.HasOfficialsBySurname(name) {
		return false
	}
	for _, p := range parts {
		terms := surnameTerms(p)
		if strings.Contains(p, " ") {
			terms = gazetteer.OfficialsNamed(p) // "Wang Yi" of "the Blinken-Wang Yi meeting"
		}
		if officialsWhere(terms, func(o gazetteer.Official) bool { return topRoles[strings.ToLower(o.Role)] }) == nil {
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
