package extract

// A name right after a verb that puts someone in an office ("the President
// is nominating Steve Dettelbach to serve as Director of ATF", "the Senate
// confirmed Lisa Cook to be a Member of the Board of Governors") holds the
// office its "to be" or "to serve as" gives, as a nominations list's "Name,
// of Place, to be Role" does; without the verb, "X to be" may be anything
// ("expects the talks to be …").

// nominationVerbs put the person named after them in an office.
var nominationVerbs = setOf("nominate", "nominates", "nominated", "nominating", "confirm", "confirms", "confirmed",
	"confirming", "appoint", "appoints", "appointed", "appointing")

// nominatedAt: the name starting at token i follows a nominating verb.
func (d *doc) nominatedAt(i int) bool {
	return i > 0 && nominationVerbs[d.toks[i-1].key]
}

// leadVerbs say what a nominee will do with the body named after them:
// "nominated Steve Dettelbach to lead ATF", "to head DOJ's Antitrust
// Division".
var leadVerbs = setOf("lead", "head")

// bodyNouns stand for a body already named: "confirm Steve Dettelbach to
// lead the agency".
var bodyNouns = setOf("agency", "bureau", "department", "division", "office", "commission")

// nomineeToLead marks the name m ending at token e, right after a
// nominating verb, as a nominee to lead a body ("the President nominated
// Steve Dettelbach to lead ATF", "confirm Steve Dettelbach, a very
// qualified person, to lead the Bureau of …"): an official-designate,
// as the dev gold lists nominees, though the text gives no office word, so
// no role. The resolver gives a US release's nominee the US
// (addLeftOutAffiliation).
func (d *doc) nomineeToLead(m *personMention, e, s1 int) {
	if !d.nominatedAt(m.t0) {
		return
	}
	k, ok := d.servesClausesEnd(e, s1)
	if !ok || k+2 >= s1 || d.toks[k].key != "to" || !leadVerbs[d.toks[k+1].key] {
		return
	}
	b := k + 2
	if d.toks[b].key == "the" && b+1 < s1 {
		b++
		if bodyNouns[d.toks[b].key] {
			m.strong, m.nominee = true, true
			return
		}
	}
	if d.toks[b].kind == tokWord && d.toks[b].cap {
		m.strong, m.nominee = true, true
	}
}
