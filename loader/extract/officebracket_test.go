package extract

import "testing"

// TestOfficeBracketClosesTheRole probes offices whose portfolio a bracket
// gives (open White House and State Department articles): the role keeps
// the closing bracket the title's words stop before, so that "Under
// Secretary of State (Management" reads whole (fails without roleText's
// bracket). Guard: a bracket the office does not open stays out.
func TestOfficeBracketClosesTheRole(t *testing.T) {
	wh := "The White House Briefing Room"
	checkPersonProbes(t, []personProbe{
		{name: "a nominee's heading (whitehouse-24665)", source: wh, title: "President Biden Announces Key Nominees",
			text:   "John R. Bass, Nominee for Under Secretary of State (Management)\n\nJohn R. Bass is a career member of the Senior Foreign Service.",
			person: "John Bass", country: "US", role: "Nominee for Under Secretary of State (Management)"},
		{name: "an office's acronym (usdos-313181)", source: "U.S. Department of State", title: "Announcement",
			text:   "Announcement of Matt Murray as U.S. Senior Official for Asia-Pacific Economic Cooperation (APEC).",
			person: "Matt Murray", country: "US", role: "Senior Official for Asia-Pacific Economic Cooperation (APEC)"},
		// guard
		{name: "a party's bracket after the name (guard)", source: wh, title: "Statement",
			text:   "He thanked Representative Elijah Cummings (D-MD) for his leadership.",
			person: "Elijah Cummings", country: "US", role: "Representative"},
	})
}

// TestBoardOnTheFieldEndsTheOffice probes nominations to a board named with
// its field after "on the" (open White House releases): the office reads on
// to the field's last capitalised word, "Member of the National Council on
// the Arts", not "… National Council" (fails without bodyOnTheEnd).
func TestBoardOnTheFieldEndsTheOffice(t *testing.T) {
	wh := "The White House Briefing Room"
	checkPersonProbes(t, []personProbe{
		{name: "a nominee's heading (whitehouse-21783)", source: wh, title: "President Biden Announces Key Nominees",
			text:   "Kamilah Forbes, Nominee for Member of the National Council on the Arts\n\nKamilah Forbes is the executive producer of the Apollo Theater.",
			person: "Kamilah Forbes", country: "US", role: "Nominee for Member of the National Council on the Arts"},
		{name: "a nominations list (whitehouse-18387)", source: wh, title: "Nominations Sent to the Senate",
			text:   "Beverly Gage, of Connecticut, to be a Member of the National Council on the Humanities for a term expiring January 26, 2026, vice Noel Valis, term expired.",
			person: "Beverly Gage", country: "US", role: "Nominee for Member of the National Council on the Humanities"},
	})
}
