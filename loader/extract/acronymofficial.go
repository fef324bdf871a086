package extract

import (
	"slices"
	"strings"

	"newsgraph/gazetteer"
)

// acronymOfficial: token i, one word in capitals, is the acronym the lists
// give an official in office on the article's date as an alias ("MBS",
// Saudi Arabia's crown prince; "AMLO", Mexico's president), which names
// that official as the full name would: "Biden will be meeting with MBS
// soon". Only the alias spelt so counts, so the same letters in lower or
// mixed case, or a word of an ALL-CAPS label, name no one; and a past
// holder's acronym ("FDR", "LBJ") stays history's, not a party to the day's
// diplomacy ("the first visit … was FDR").
func (d *doc) acronymOfficial(i int) bool {
	t := &d.toks[i]
	if t.kind != tokWord || !t.upper || len(t.text) < 3 || strings.Contains(t.text, ".") {
		return false
	}
	return slices.ContainsFunc(gazetteer.OfficialsNamed(t.text), func(o gazetteer.Official) bool {
		return slices.Contains(o.Aliases, t.text) && (d.date == "" || o.ActiveOn(d.date))
	})
}
