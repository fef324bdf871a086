package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// spellingCandidates are the officials in office on date whose surname is
// the titled surname transliterated otherwise (gazetteer.OfficialsBySurnameSpelt:
// "President Zelensky" is the lists' Volodymyr Zelenskyy, a second person
// "Zelensky" beside him before, usdos-316039). surnameCandidates asks only
// with a title and only when no surname is listed as the text spells it.
// Only a top office (topRoles) is taken: the news spells heads of state and
// government and foreign ministers in its own way, while a surname folded
// so loosely also joins an English name to a lower office's holder of
// another spelling ("Executive Director Russel" to UNICEF's Catherine
// Russell, "Lieutenant Governor Kidd" to Jersey's Jerry Kyd).
func spellingCandidates(surname, date string) []gazetteer.Official {
	var out []gazetteer.Official
	for _, o := range gazetteer.OfficialsBySurnameSpelt(surname) {
		if o.ActiveOn(date) && topRoles[strings.ToLower(o.Role)] {
			out = append(out, o)
		}
	}
	return out
}
