package extract

import "slices"

// addInaugurationVisits adds the visit of a delegation a release names "to
// attend the Inauguration of" a named leader ("President Joseph R. Biden,
// Jr. today announced the designation of a Presidential Delegation to the
// Republic of Peru to attend the Inauguration of His Excellency Pedro
// Castillo on July 28, 2021, in Lima, Peru."): the delegation's leader
// ("The Honorable Miguel Cardona, … will lead the delegation.") and the
// members listed after "Members of the Presidential Delegation:" visit the
// inaugurated leader, one encounter of them all (GUIDELINES: a leader's
// attendance at another's inauguration is a visit; a delegation's list is
// one encounter). It is dated by the inauguration's date, placed by the
// sentence's city, and planned unless that date is past. The President who
// designates the delegation does not go, and a delegation "to pay respects
// upon the death of" a leader, or to the Olympic Games, names no host.
func (b *relationBuilder) addInaugurationVisits() {
	d, r := b.body, b.r
	for si, s := range d.sents {
		at := inaugurationOf(d, s)
		if at < 0 {
			continue
		}
		host := -1
		for _, mi := range b.bySent[si] {
			if m := &r.mentions[mi]; m.t0 >= at && m.t0 <= at+hostReach && r.mentionOf[mi] >= 0 {
				host = r.mentionOf[mi]
				break
			}
		}
		if host < 0 {
			continue
		}
		people := slices.DeleteFunc(delegationOf(d, b.bySent, r, si), func(pi int) bool { return pi == host })
		people = append(people, host)
		if len(people) < 2 || parties(r, people) < 2 || b.holdsTwo(people) {
			continue
		}
		c := meetingCand{people: people, kind: "visit", status: "planned", sent: si}
		if dates := findDates(d.toks, at, s.t1, b.pub, true); len(dates) > 0 {
			c.date = dates[0].value
			if compareDates(c.date, dayOf(b.pub)) < 0 {
				c.status = "held"
			}
		}
		if places := placesIn(d, s, b.bySent[si], r); len(places) > 0 {
			c.place, c.placeCC = placeName(places[0])
		}
		b.cands = append(b.cands, c)
	}
}

// hostReach is how many tokens after "Inauguration of" the inaugurated
// leader's name may start ("His Excellency Yoon Suk Yeol").
const hostReach = 3

// inaugurationOf is the token after "attend the Inauguration of" in a
// sentence that names a delegation before it, -1 if none.
func inaugurationOf(d *doc, s sentence) int {
	delegation := false
	for k := s.t0; k+1 < s.t1; k++ {
		switch key := d.toks[k].key; {
		case key == "delegation":
			delegation = true
		case key == "inauguration" && delegation && k-2 >= s.t0 && d.toks[k-2].key == "attend" && d.toks[k-1].key == "the" && d.toks[k+1].key == "of":
			return k + 2
		}
	}
	return -1
}

// delegationOf are the officials of the delegation the sentence si
// designates: those named before "will lead the delegation" in a sentence
// after it, and every one named after a "Members of the … Delegation:"
// line, to the end of the release, in order.
func delegationOf(d *doc, bySent map[int][]int, r *resolver, si int) []int {
	var out []int
	listed := false
	for sj := si + 1; sj < len(d.sents); sj++ {
		s := d.sents[sj]
		lead := leadsTheDelegation(d, s)
		for _, mi := range bySent[sj] {
			m := &r.mentions[mi]
			if pi := r.mentionOf[mi]; pi >= 0 && r.people[pi].official && (listed || lead >= 0 && m.t1 <= lead) {
				out = appendUnique(out, pi)
			}
		}
		if membersLine(d, s) {
			listed = true
		}
	}
	return out
}

// leadsTheDelegation is the token of "lead" in "will lead the delegation",
// -1 if the sentence has none.
func leadsTheDelegation(d *doc, s sentence) int {
	for k := s.t0 + 1; k+2 < s.t1; k++ {
		if d.toks[k].key == "lead" && d.toks[k-1].key == "will" && d.toks[k+1].key == "the" && d.toks[k+2].key == "delegation" {
			return k
		}
	}
	return -1
}

// membersLine: the sentence opens "Members of the (Presidential)
// Delegation" or "Member of …", the heading of the delegation's list.
func membersLine(d *doc, s sentence) bool {
	if s.t1-s.t0 < 4 || d.toks[s.t0].key != "members" && d.toks[s.t0].key != "member" || d.toks[s.t0+1].key != "of" {
		return false
	}
	for k := s.t0 + 2; k < s.t1 && k <= s.t0+4; k++ {
		if d.toks[k].key == "delegation" {
			return true
		}
	}
	return false
}
