package gazetteer

import (
	"fmt"
	"slices"
	"strings"
)

// The data files of the countries whose names put the family name first
// and of English first names' short forms.
const (
	familyFirstFile = "names_family_first.tsv"
	shortNamesFile  = "first_names_short.tsv"
)

// FamilyNameFirst reports whether the officials of the country of ISO2
// code cc are written family name first ("Xi Jinping", "Hun Sen").
func FamilyNameFirst(cc string) bool { return load().familyFirst[cc] }

// IsShortFirstName reports whether short is a short form of the English
// first name full that the table lists, both in lower case ("liz" of
// "elizabeth").
func IsShortFirstName(full, short string) bool {
	return slices.Contains(load().shortNames[full], short)
}

// FirstNamesShortenedTo is the lower-case first names that short, in lower
// case, is a listed short form of (IsShortFirstName): "ted" gives "edward"
// and "theodore".
func FirstNamesShortenedTo(short string) []string {
	var out []string
	for full, shorts := range load().shortNames {
		if slices.Contains(shorts, short) {
			out = append(out, full)
		}
	}
	return out
}

// addPersonNameFacts reads names_family_first.tsv, after the countries it
// names, and first_names_short.tsv.
func (x *index) addPersonNameFacts() {
	nameOf := func(cc string) (string, bool) {
		i, ok := x.countryByCC[cc]
		if !ok {
			return "", false
		}
		return x.countries[i].Name, true
	}
	var err error
	x.familyFirst, err = parseFamilyFirst(familyFirstFile, embeddedTable(familyFirstFile), nameOf)
	mustRead(err)
	x.shortNames, err = parseShortNames(shortNamesFile, embeddedTable(shortNamesFile))
	mustRead(err)
}

// parseFamilyFirst reads a table of countries: per line an ISO2 code and
// the name countries.tsv gives it (nameOf), which the row must repeat, so
// that a mistyped code shows. A code written twice is refused.
func parseFamilyFirst(file string, data []byte, nameOf func(cc string) (string, bool)) (map[string]bool, error) {
	return parseKeyedMap(file, data, 2, 2, asWritten, func(cols []string) (bool, error) {
		cc, name := cols[0], cols[1]
		want, ok := nameOf(cc)
		if !ok {
			return false, fmt.Errorf("%q is no country of countries.tsv", cc)
		}
		if name != want {
			return false, fmt.Errorf("%s: name %q, countries.tsv's is %q", cc, name, want)
		}
		return true, nil
	})
}

// parseShortNames reads a short first names' table: per line an English
// first name and its short forms (";"-separated), keyed and listed in
// lower case. A name written twice, in any case, a row without short forms,
// a short form written twice in its row or one that is its name is refused;
// two names may share a short form ("Ted" of Edward and of Theodore).
func parseShortNames(file string, data []byte) (map[string][]string, error) {
	return parseKeyedMap(file, data, 2, 2, strings.ToLower, func(cols []string) ([]string, error) {
		full, short := strings.ToLower(cols[0]), list(strings.ToLower(cols[1]))
		if len(short) == 0 {
			return nil, fmt.Errorf("%s: no short forms", cols[0])
		}
		for i, s := range short {
			if s == full || slices.Contains(short[:i], s) {
				return nil, fmt.Errorf("%s: short form %q is the name or written twice", cols[0], s)
			}
		}
		return short, nil
	})
}
