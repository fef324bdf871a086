package extract

import "strings"

// occasionOffice is the office in a title that names something of the
// office's holder, not an office: "Passing of Senator John Warner",
// "Funeral Ceremony of Senator", "Office of Governor Gavin Newsom",
// "Administration of President Iván Duque" (issue 10, audit38: the person's
// role in 6 open articles was the whole title). The words before "of" hold
// no office head, and the words after it open with an office: its head, or
// a rank before it, and nothing after the head but a complement ("Vice
// President", "Secretary of State", "President-elect"). A body's name read
// with its official's title is left alone ("Department of State Deputy
// Secretary", "Office of Management and Budget Acting Director"), and so is
// an office of something ("Mayor of the City"): ok is false.
func occasionOffice(role string) (office string, ok bool) {
	before, after, found := strings.Cut(role, " of ")
	if !found || before == "" || roleHead(before) != "" {
		return "", false
	}
	head := roleHead(after)
	if head == "" || !officeWithHead(after, head) && strings.ToLower(after) != head {
		return "", false
	}
	for _, w := range strings.Fields(strings.ToLower(after)) {
		if w == head {
			return after, true
		}
		if !officeRanks[w] {
			break
		}
	}
	return "", false
}

// officeRanks are the words that may come before an office's head where a
// title opens with the office ("Vice President", "Deputy Secretary"), not
// with a body's name ("State Deputy Secretary").
var officeRanks = setOf("vice", "deputy", "acting", "former", "late")
