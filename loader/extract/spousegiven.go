package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// The President names the First Lady by her given name alone ("I have often
// heard Jill say", "what Jill—our First Lady who teaches full-time—calls
// America's best-kept secret"). GUIDELINES.md gives a person named by a
// surname and a title where the person is certain; batch U's gold reads that
// for a given name when the title stands in the same sentence (Jill Biden,
// US, "First Lady"). So a bare given name in a sentence holding a spouse's
// title ("First Lady", "Second Gentleman") is the one spouse in office the
// lists know by it; elsewhere ("Jill and I send our warmest greetings") a
// given name alone names no one.

// spouseTitleInSentence: the sentence holds a capitalised spouse's title.
func (d *doc) spouseTitleInSentence(s sentence) bool {
	return d.spouseTitleIn(s.t0+1, s.t1)
}

// spouseByGivenName is the one spouse in office on the article's date
// whom the lists know by the mention's one-word name, where the mention's
// sentence holds a spouse's title; ok is false otherwise.
func (r *resolver) spouseByGivenName(m *personMention) (gazetteer.Official, bool) {
	if !m.besideSpouseTitle || strings.Contains(m.name, " ") {
		return gazetteer.Official{}, false
	}
	var found []gazetteer.Official
	for _, o := range gazetteer.OfficialsByGivenName(m.name) {
		if o.ActiveOn(r.date) && spouseRole(o.Role) {
			found = append(found, o)
		}
	}
	return onePerson(found)
}

// spouseRole: the lists' role is a spouse's title.
func spouseRole(role string) bool {
	w := strings.Fields(strings.ToLower(role))
	return len(w) == 2 && spouseTitles[w[1]][w[0]]
}
