package extract

import "strings"

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

// A nomination is no office held: the nominee's record states the office as
// "Nominee for Role", the form the court nominees' headings already give, so
// that a role on the article's date is one the person had then. The
// forms: a nominations list's "Name, of State, to be Role", a verb's "the
// President nominated Name to serve as Role", a heading's "Name, Nominee
// for Role". An appointment or a confirmation ("appointed Name to serve as
// …", "the Senate confirmed Name to be …") stays the office.

// nominateVerbs nominate; appointing and confirming verbs do more.
var nominateVerbs = setOf("nominate", "nominates", "nominated", "nominating")

// nominationVerb: the office after the name m (tokens t0 to e) is read at
// token verb from a nomination's "to be" or "to serve as", after the
// name's clauses (a nominations list: "Name, of State, to be …") or after a
// nominating verb before the name; or from "as" after a nominating verb
// ("nominate Michael Barr as the next Vice Chair").
func (d *doc) nominationVerb(t0, e, verb int) bool {
	if verb >= len(d.toks) || verb+1 >= len(d.toks) {
		return false
	}
	before := ""
	if t0 > 0 {
		before = d.toks[t0-1].key
	}
	if nominationVerbs[before] && !nominateVerbs[before] {
		return false // "the Senate confirmed Lisa Cook to be …", "appointed … to serve as"
	}
	switch d.toks[verb].key {
	case "to":
		next := d.toks[verb+1].key
		return (next == "be" || next == "serve") && (verb > e || nominateVerbs[before])
	case "as":
		return nominateVerbs[before]
	}
	return false
}

// nomineeFor: the words [a, r0) before an apposition's office say
// "Nominee for" or "nominated for" ("Robin Hutcheson, Nominee for Federal
// Motor Carrier Safety Administrator").
func (d *doc) nomineeFor(a, r0 int) bool {
	for k := a; k+1 < r0; k++ {
		if (d.toks[k].key == "nominee" || d.toks[k].key == "nominated") && d.toks[k+1].key == "for" {
			return true
		}
	}
	return false
}

// nomineeAfterOffice reads a nominees' release's heading that puts
// "nominee" after the office ("U.S. Attorney nominee for the District of
// Maryland", "U.S. Marshal nominee for …"): the office's district after
// "for" ends at the first word that is neither capitalised nor "of", "the"
// or "and"; the end of that complement, or r1 where the office is followed
// by no "nominee for".
func (d *doc) nomineeAfterOffice(r1, s1 int) int {
	if r1+2 >= s1 || d.toks[r1].key != "nominee" || d.toks[r1+1].key != "for" {
		return r1
	}
	k := r1 + 2
	for k < s1 && d.toks[k].kind == tokWord && (d.toks[k].cap || d.toks[k].key == "of" || d.toks[k].key == "the" || d.toks[k].key == "and") {
		k++
	}
	for k > r1+2 && !d.toks[k-1].cap {
		k-- // no trailing "of", "the" or "and"
	}
	if k == r1+2 {
		return r1
	}
	return k
}

// roleStanding is how the person stood to the office of their record on
// the article's date.
type roleStanding uint8

const (
	standingHeld      roleStanding = iota
	standingNominated              // nominated to it (this file)
	standingPast                   // held it before: "former", "then-", a seat a nomination fills
)

// stateStandings writes into each person's role the standing parallel to
// it: "Nominee for Role", "Former Role". It runs last, once outOfTime has
// read the offices as held (a past head of state's terms are the lists').
func stateStandings(people []Person, standings []roleStanding) {
	for i := range people {
		people[i].Role = standingRole(people[i].Role, standings[i])
	}
}

// standingRole is role as the office stood on the article's date; a role
// that already says so is left as it is ("Nominee for the United States
// District Court …", "former governor").
func standingRole(role string, s roleStanding) string {
	low := strings.ToLower(role)
	switch {
	case role == "" || strings.HasPrefix(low, "nominee") || strings.Contains(low, "former"):
		return role
	case s == standingNominated:
		return "Nominee for " + role
	case s == standingPast:
		return "Former " + role
	}
	return role
}

// standing is how p stood to the office of their role.
func (p *personEntity) standing() roleStanding {
	switch {
	case p.rolePast:
		return standingPast
	case p.roleNominated:
		return standingNominated
	}
	return standingHeld
}
