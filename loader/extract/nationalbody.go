package extract

import (
	"sort"

	"newsgraph/gazetteer"
)

// A state's body is often named with its nationality: "the Haitian National
// Police", "the Afghan National Army", "the Lebanese Armed Forces" (issue
// 11, orgs11). The recogniser gives such a name whole, but the lists take
// its first word as a nationality (a demonym gives officials their
// country), and a recogniser's span that overlaps an earlier stage's is
// dropped: the body had no node at all, and its acronym ("HNP") no long
// form; joined over "and" (joinUnlisted), only the part after the
// nationality was kept: "National Defense and Security Forces" of "the
// Afghan National Defense and Security Forces".

// leadingDemonymEnd returns the end of the nationality adjective that opens
// the byte range [s, e) of d's text and is followed, inside it, by a
// capitalised word; or -1.
func (d *doc) leadingDemonymEnd(s, e int) int {
	k := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= s })
	if k >= len(d.toks) || d.toks[k].start != s {
		return -1
	}
	sp := d.spanOf(k)
	if sp == nil || sp.phrase.Kind != gazetteer.KindDemonym || sp.t0 != k || sp.t1 >= len(d.toks) {
		return -1
	}
	next := d.toks[sp.t1]
	if next.start >= e || !next.cap || next.kind != tokWord {
		return -1
	}
	if countryItself[next.key] && (sp.t1+1 >= len(d.toks) || d.toks[sp.t1+1].start >= e) {
		return -1 // "the Afghan Government", "Indian Country": the country, no body of it
	}
	return d.toks[sp.t1-1].end
}

// countryItself after a nationality names the country or its land, not one
// of its bodies: the country's node holds it.
var countryItself = setOf("government", "state", "country", "people", "nation")

// orgOverlaps reports, as overlaps does, whether an organisation's byte
// range overlaps an earlier stage's span, but leaves out a nationality
// that opens it (leadingDemonymEnd): "Haitian National Police" is no
// overlap of "Haitian". A range that is the nationality alone still is.
func (d *doc) orgOverlaps(overlaps func(s, e int) bool) func(s, e int) bool {
	return func(s, e int) bool {
		if de := d.leadingDemonymEnd(s, e); de > 0 {
			s = de
		}
		return overlaps(s, e)
	}
}
