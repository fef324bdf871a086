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
