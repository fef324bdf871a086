package extract

import "strings"

// The head of an international body acts for the body, whatever state they
// come from: "welcomed Secretary General Mathias Cormann of Australia to
// the organization" names the OECD's Secretary-General and his nationality.
// Where the lists hold the person, on the article's date, in an office of
// the text's title at a body (a code longer than a state's two letters:
// "OECD", "NATO", "IAEA"), the body is the person's party, over a state
// the text names beside them.

// listedBodyHeads gives each such person the body.
func listedBodyHeads(r *resolver) {
	for _, p := range r.people {
		if p.role == "" {
			continue
		}
		if c := listedBodyOf(r, p); c != "" && c != p.country {
			p.country, p.usDefault = c, false
		}
	}
}

// listedBodyOf is the body whose office of p's title the lists give p on
// the article's date, or "".
func listedBodyOf(r *resolver, p *personEntity) string {
	title := officeWords(p.role)
	for _, o := range r.officialsNamed(p.name) {
		if len(o.Country) > 2 && o.ActiveOn(r.date) && officeWords(o.Role) == title {
			return o.Country
		}
	}
	return ""
}

// officeWords is a title folded for comparison: lower case, a hyphen a
// space ("Secretary-General" is "secretary general").
func officeWords(role string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(role), "-", " ")), " ")
}
