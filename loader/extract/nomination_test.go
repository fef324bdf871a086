package extract

import "testing"

// TestNominatedNameHoldsTheOffice probes a name right after a nominating
// verb and before "to serve as" or "to be" and an office (cut from open
// White House briefings, where the person was not found). Guards: no
// office head after "to be" gives no office, and without the verb the
// name's "to be" reads nothing.
func TestNominatedNameHoldsTheOffice(t *testing.T) {
	const wh = "The White House Briefing Room"
	checkPersonProbes(t, []personProbe{
		{name: "nominating … to serve as (whitehouse-50845)", source: wh, title: "Press Briefing",
			text:   "Today, the President is nominating Steve Dettelbach to serve as Director of ATF. The ATF plays a critical role.",
			person: "Steve Dettelbach", country: "US", role: "Director"},
		{name: "nominate … to be (whitehouse-25157)", source: wh, title: "Press Briefing",
			text:   "Yesterday, the White House said that it would nominate Matthew Graves to be U.S. Attorney for D.C., and if confirmed, he would oversee the prosecutions.",
			person: "Matthew Graves", country: "US", role: "Attorney"},
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
