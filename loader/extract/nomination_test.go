package extract

import "testing"

// TestNominatedNameHoldsTheOffice probes a name right after a nominating
// verb and before "to serve as" or "to be" and an office (cut from open
// White House briefings, where the person was not found): a nominee for
// the office (TestNominationIsNoOfficeHeld). Guards: no
// office head after "to be" gives no office, and without the verb the
// name's "to be" reads nothing.
func TestNominatedNameHoldsTheOffice(t *testing.T) {
	const wh = "The White House Briefing Room"
	checkPersonProbes(t, []personProbe{
		{name: "nominating … to serve as (whitehouse-50845)", source: wh, title: "Press Briefing",
			text:   "Today, the President is nominating Steve Dettelbach to serve as Director of ATF. The ATF plays a critical role.",
			person: "Steve Dettelbach", country: "US", role: "Nominee for Director"},
		{name: "nominate … to be (whitehouse-25157)", source: wh, title: "Press Briefing",
			text:   "Yesterday, the White House said that it would nominate Matthew Graves to be U.S. Attorney for D.C., and if confirmed, he would oversee the prosecutions.",
			person: "Matthew Graves", country: "US", role: "Nominee for Attorney"},
		// guards
		{name: "no office head after 'to be' (guard, whitehouse-21701)", source: wh, title: "Press Briefing",
			text:    "And the President nominated David Chipman to be the leader that we need at the Bureau of Alcohol, Tobacco, and Firearms.",
			notWant: "David Chipman"},
		{name: "no nominating verb (guard)", source: wh, title: "Press Briefing",
			text:    "They want Steve Dettelbach to be Director of ATF.",
			notWant: "Steve Dettelbach"},
	})
}

// TestNomineeToLeadABodyIsAnOfficial probes a name right after a nominating
// verb and before "to lead" or "to head" and a body (cut from open White
// House briefings, where the person was not found): a nominee, of the US in
// a US release, with no role, since the text gives no office word. Guards:
// without the verb, or with no body after the verb ("to lead efforts"),
// nothing is read.
func TestNomineeToLeadABodyIsAnOfficial(t *testing.T) {
	const wh = "The White House Briefing Room"
	checkPersonProbes(t, []personProbe{
		{name: "nominated … to lead ATF (whitehouse-52544)", source: wh, title: "Press Briefing",
			text:   "As you know, the President nominated Steve Dettelbach to lead ATF to end our nation’s fight against gun crime just a few weeks ago.",
			person: "Steve Dettelbach", country: "US"},
		{name: "confirm …, a clause, to lead the Bureau (whitehouse-53247)", source: wh, title: "Press Briefing",
			text:   "And one of the steps that can be taken is, of course, to confirm Steve Dettelbach, a very qualified person, to lead the Bureau of Alcohol, Tobacco, and Arms.",
			person: "Steve Dettelbach", country: "US"},
		{name: "confirm … to lead the agency (whitehouse-53391)", source: wh, title: "Press Briefing",
			text:   "If the Senate wants to get their back, they should confirm Steve Dettelbach to lead the agency.",
			person: "Steve Dettelbach", country: "US"},
		{name: "nominated … to head DOJ’s Antitrust Division (whitehouse-57456)", source: wh, title: "Remarks",
			text:   "The President nominated Jonathan Kanter to head DOJ’s Antitrust Division and Lina Khan lead the FTC.",
			person: "Jonathan Kanter", country: "US"},
		// guards
		{name: "no nominating verb (guard)", source: wh, title: "Press Briefing",
			text:    "We want Steve Dettelbach to lead ATF.",
			notWant: "Steve Dettelbach"},
		{name: "no body after the verb (guard)", source: wh, title: "Press Briefing",
			text:    "The Governor appointed Steve Dettelbach to lead efforts on gun crime.",
			notWant: "Steve Dettelbach"},
	})
}

// TestNominationIsNoOfficeHeld probes the nominations' forms (cut from open
// White House releases, where the nominee's record gave the office as held
// on the article's date): a nominations list's "Name, of State, to be
// Role" and a heading's "Name, Nominee for Role" give "Nominee for Role",
// and the seat's holder after ", vice" held it before ("Former Role"). Each
// fails without its marking (nominationVerb, nomineeFor, the vice line's
// pastTitle). Guards: "is serving as" is the office held; so is a
// heading's nominee's office held now, which the record keeps (whitehouse-50645's Carol Spahn
// is acting director); "retiring" leaves the seat's holder in it.
func TestNominationIsNoOfficeHeld(t *testing.T) {
	const wh = "The White House Briefing Room"
	list := "Andrew Philip Hunter, of Virginia, to be an Assistant Secretary of the Air Force, vice William Roper.\n\nMore nominations follow."
	checkPersonProbes(t, []personProbe{
		{name: "a nominations list's nominee (whitehouse-24565)", source: wh, title: "Nominations Sent to the Senate",
			text: list, person: "Andrew Philip Hunter", country: "US", role: "Nominee for Assistant Secretary of the Air Force"},
		{name: "the seat's holder, no reason given (whitehouse-24565)", source: wh, title: "Nominations Sent to the Senate",
			text: list, person: "William Roper", country: "US", role: "Former Assistant Secretary of the Air Force"},
		{name: "the seat's holder, resigned (whitehouse-50738)", source: wh, title: "Nominations Sent to the Senate",
			text:   "Terrence Edwards, of Maryland, to be Inspector General of the National Reconnaissance Office, vice Susan S. Gibson, resigned.",
			person: "Susan Gibson", country: "US", role: "Former Inspector General of the National Reconnaissance Office"},
		{name: "a heading's nominee (whitehouse-24533)", source: wh, title: "President Biden Announces Key Nominees",
			text:   "Jonathan Kanter, Nominee for Assistant Attorney General, Antitrust Division, Department of Justice\n\nJonathan Kanter is a leading antitrust lawyer.",
			person: "Jonathan Kanter", country: "US", role: "Nominee for Assistant Attorney General"},
		// guards
		{name: "is serving as: the office held (guard, usdos-330965)", source: "U.S. Department of State", title: "Bureau of Cyberspace and Digital Policy",
			text:   "Michele Markoff is serving as Acting Deputy Assistant Secretary for International Cyberspace Security.",
			person: "Michele Markoff", country: "US", role: "Acting Deputy Assistant Secretary for International Cyberspace Security"},
		{name: "a retiring holder is still in the seat (guard, whitehouse-58026)", source: wh, title: "Nominations Sent to the Senate",
			text:   "Stephen A. Owens, of Arizona, to be Chairperson of the Chemical Safety and Hazard Investigation Board for a term of five years, vice Katherine Andrea Lemos, resigning.",
			person: "Katherine Andrea Lemos", country: "US", role: "Chairperson of the Chemical Safety and Hazard Investigation Board"}, // read on to the body (cutbody.go, roles43)
	})
}

// TestStandingRole writes a standing into a role once: a role that says
// it already is left alone.
func TestStandingRole(t *testing.T) {
	for _, c := range []struct {
		role string
		s    roleStanding
		want string
	}{
		{"Assistant Attorney General", standingNominated, "Nominee for Assistant Attorney General"},
		{"Prime Minister", standingPast, "Former Prime Minister"},
		{"Prime Minister", standingHeld, "Prime Minister"},
		{"Nominee for the United States District Court for the District of Colorado", standingNominated, "Nominee for the United States District Court for the District of Colorado"},
		{"Special Presidential Envoy Former Secretary", standingPast, "Special Presidential Envoy Former Secretary"},
		{"", standingPast, ""},
	} {
		if got := standingRole(c.role, c.s); got != c.want {
			t.Errorf("standingRole(%q, %d) = %q, want %q", c.role, c.s, got, c.want)
		}
	}
}

// TestBoardNounClosesTheOffice probes an office whose body's name ends in a
// board noun before punctuation or a lower-case word (cut from open White
// House nominations, where the office stopped before the noun: "Member of
// the Social Security", "Chair of the Advisory Council"); both fail without
// bodyClosesComplement. Guard: after a country's word the body is the
// country's, which stays the record's country (whitehouse-47212).
func TestBoardNounClosesTheOffice(t *testing.T) {
	const wh = "The White House Briefing Room"
	checkPersonProbes(t, []personProbe{
		{name: "a list's board before 'for' (whitehouse-50740)", source: wh, title: "Nominations Sent to the Senate",
			text:   "Sharon Beth Lewis, of Oregon, to be a Member of the Social Security Advisory Board for a term expiring September 30, 2022, vice Alan L. Cohen, term expired.",
			person: "Sharon Beth Lewis", country: "US", role: "Nominee for Member of the Social Security Advisory Board"},
		{name: "a heading's council at the line's end (whitehouse-21979)", source: wh, title: "President Biden Announces Key Nominees",
			text:   "Sara Bronin, Nominee for Chair of the Advisory Council on Historic Preservation\n\nSara Bronin is a Mexican-American architect.",
			person: "Sara Bronin", country: "US", role: "Nominee for Chair of the Advisory Council on Historic Preservation"},
		// guards
		{name: "the European Commission keeps the EU (guard, whitehouse-47212)", source: wh, title: "Readout",
			text:   "National Security Advisor Jake Sullivan held a secure video call with Bjoern Seibert, Head of Cabinet of the President of the European Commission on February 10.",
			person: "Bjoern Seibert", country: "EU", role: "Head of Cabinet of the President"},
	})
}
