package extract

import (
	"slices"
	"sync"

	"newsgraph/gazetteer"
)

// acronymOfficial: token i is, spelt exactly so, an alias the lists give an
// official in office on the article's date ("MBS", Saudi Arabia's crown
// prince; "AMLO", Mexico's president), which names that official as the
// full name would: "Biden will be meeting with MBS soon". Only the alias
// spelt so counts: a name in capitals that is no alias ("HMS QUEEN
// ELIZABETH") names no one, as the same letters in lower or mixed case
// would not; and a past holder's acronym ("FDR", "LBJ") stays history's, not
// a party to the day's diplomacy ("the first visit … was FDR").
func (d *doc) acronymOfficial(i int) bool {
	return slices.ContainsFunc(officialsByAlias()[d.toks[i].text], func(o gazetteer.Official) bool {
		return o.ActiveOn(d.date) // Extract refuses an undated article
	})
}

// officialsByAlias indexes the lists' terms of office by each alias as it is
// spelt: every one-word alias is an acronym in capitals, so the exact
// spelling is the test, and a map look-up keeps the rule cheap for every
// one-word mention.
var officialsByAlias = sync.OnceValue(func() map[string][]gazetteer.Official {
	by := map[string][]gazetteer.Official{}
	for _, o := range gazetteer.Officials() {
		for _, a := range o.Aliases {
			by[a] = append(by[a], o)
		}
	}
	return by
})
