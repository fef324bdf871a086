package extract

import "testing"

// TestLeaderEnvoyActsForTheLeadersState probes an office "of" a named leader
// (a participants' list of an open White House release, whitehouse-55889):
// the envoy is the leader's state's, not the release's US default, and the
// role drops the dangling "of President" (fails without leaderEnvoys).
func TestLeaderEnvoyActsForTheLeadersState(t *testing.T) {
	wh := "The White House Briefing Room"
	list := "The following participated:\n\nHis Excellency Xie Zhenhua, Special Envoy of President Xi Jinping, People’s Republic of China\n\nHis Excellency Frans Timmermans, Executive Vice President, European Commission"
	checkPersonProbes(t, []personProbe{
		{name: "an envoy of a named president", source: wh, title: "Chair’s Summary of the Major Economies Forum on Energy and Climate",
			text: list, person: "Xie Zhenhua", country: "CN", role: "Special Envoy"},
		{name: "an adviser of the named prime minister", source: wh, title: "Readout",
			text:   "Jake Sullivan met with Mario Rossi, Diplomatic Adviser of Prime Minister Mario Draghi, in Rome.",
			person: "Mario Rossi", country: "IT", role: "Diplomatic Adviser"},
		// guards
		{name: "the list's next official keeps their own", source: wh, title: "Chair’s Summary of the Major Economies Forum on Energy and Climate",
			text: list, person: "Frans Timmermans", country: "EU", role: "Executive Vice President"},
		{name: "an office of a body's president, no leader named after it", source: wh, title: "Readout",
			text:   "National Security Advisor Jake Sullivan held a secure video call with Bjoern Seibert, Head of Cabinet of the President of the European Commission on February 10.",
			person: "Bjoern Seibert", country: "EU", role: "Head of Cabinet of the President"},
	})
}

// TestListedBodyHeadActsForTheBody probes an international body's head
// named with a nationality (usdos-247969): the lists hold Mathias Cormann as
// the OECD's Secretary-General on the date, so the OECD is his party, not
// Australia (fails without listedBodyHeads). Guard: a head the lists do not
// hold keeps the text's state.
func TestListedBodyHeadActsForTheBody(t *testing.T) {
	text := "During Part One, Secretary Blinken and OECD members bid farewell to Secretary General Angel Gurria of Mexico and welcomed Secretary General Mathias Cormann of Australia to the organization."
	checkPersonProbes(t, []personProbe{
		{name: "a listed secretary-general of a nationality", source: "U.S. Department of State", title: "Secretary Blinken’s Participation in the OECD Ministerial Council Meeting",
			text: text, person: "Mathias Cormann", country: "OECD", role: "Secretary General"},
		{name: "an unlisted one keeps the text's state (guard)", source: "U.S. Department of State", title: "Secretary Blinken’s Participation in the OECD Ministerial Council Meeting",
			text: text, person: "Angel Gurria", country: "MX", role: "Secretary General"},
	})
}
