package extract

import "testing"

// TestTitleReadsAWordJoinedByAnd: a capitalised word no list knows as
// common, after an "and" inside a title, is read with the title
// (bodyNameWord): "Housing and Urban Development Secretary" was cut at
// "Urban" to "Development Secretary" (whitehouse-47095, whitehouse-19361),
// and France's "National Intelligence and Counter-Terrorism Coordinator" to
// "Coordinator" (whitehouse-49432). The guards: an occasion before "of"
// ("the Passing of AFL-CIO President", whitehouse-26301) and a name before
// "and" keep their cut.
func TestTitleReadsAWordJoinedByAnd(t *testing.T) {
	wh := "whitehouse.gov"
	checkPersonProbes(t, []personProbe{
		{name: "HUD's secretary in a list (whitehouse-47095)", source: wh, title: "Readout",
			text:   "Participants included Defense Secretary Lloyd Austin, Housing and Urban Development Secretary Marcia Fudge, Environmental Protection Agency Administrator Michael Regan.",
			person: "Marcia Fudge", country: "US", role: "Housing and Urban Development Secretary"},
		{name: "HUD's secretary in apposition (whitehouse-19361)", source: wh, title: "Remarks",
			text:   "That’s what Vice President Harris and I are focused on, along with our entire administration, including our Housing and Urban Development Secretary, Marcia Fudge, who is here today.",
			person: "Marcia Fudge", country: "US", role: "Housing and Urban Development Secretary"},
		{name: "a French coordinator (whitehouse-49432)", source: wh, title: "Readout of Homeland Security Advisor Dr. Liz Sherwood-Randall’s Visit to France",
			text:   "They met separately with National Intelligence and Counter-Terrorism Coordinator Laurent Nuñez to discuss global terrorism trends, counterterrorism cooperation between the United States and France, and other vital national security interests.",
			person: "Laurent Nuñez", country: "FR", role: "National Intelligence and Counter-Terrorism Coordinator"},
		// guards
		{name: "an occasion before of (guard, whitehouse-26301)", source: wh, title: "Statement",
			text:   "Statement by President Joe Biden on the Passing of AFL-CIO President Richard Trumka.",
			person: "Richard Trumka", country: "", role: "President"},
		{name: "a name before and (guard)", source: wh, title: "Readout",
			text:   "Vice President Harris and Homeland Security Secretary Alejandro Mayorkas met with the delegation.",
			person: "Alejandro Mayorkas", country: "US", role: "Homeland Security Secretary"},
	})
}
