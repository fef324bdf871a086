package extract

import "newsgraph/gazetteer"

// spellingCandidates are the officials in office on date whose surname is
// the titled surname transliterated otherwise (gazetteer.OfficialsBySurnameSpelt:
// "President Zelensky" is the lists' Volodymyr Zelenskyy, a second person
// "Zelensky" beside him before, usdos-316039). surnameCandidates asks only
// with a title and only when no surname is listed as the text spells it.
func spellingCandidates(surname, date string) []gazetteer.Official {
	var out []gazetteer.Official
	for _, o := range gazetteer.OfficialsBySurnameSpelt(surname) {
		if o.ActiveOn(date) {
			out = append(out, o)
		}
	}
	return out
}
