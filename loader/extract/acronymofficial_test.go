package extract

import "testing"

// TestAcronymNamesTheOfficialInOffice probes briefing questions that name a
// sitting leader only by the acronym the lists give as an alias (cut from
// open White House and State Department briefings, where before the rule the
// recogniser typed "MBS" and "AMLO" organisations and no one was found): the
// acronym is the listed official. Guards: a past president's acronym ("FDR",
// an alias too) stays history's, so neither he nor the "Franklin" of the same
// article becomes a person (fails without the date check); a name in
// capitals that the lists give in full, no alias ("HMS QUEEN ELIZABETH"),
// is no one (fails where the lists are asked by name rather than by the
// alias as spelt); the acronym in front of a noun is no mention ("the AMLO
// meeting", as "the Biden administration").
func TestAcronymNamesTheOfficialInOffice(t *testing.T) {
	wh, dos := "whitehouse.gov", "state.gov"
	mbs := func(name, source, text string) personProbe {
		return personProbe{name: name, source: source, title: "Press Briefing", text: text, person: "Mohammed bin Salman", country: "SA"}
	}
	amlo := func(name, source, text string) personProbe {
		return personProbe{name: name, source: source, title: "Press Briefing", text: text, person: "Andrés Manuel López Obrador", country: "MX"}
	}
	checkPersonProbes(t, []personProbe{
		mbs("object of a meeting (whitehouse-53646)", wh, "Q On a slightly different note, CNN reported today that Biden will be meeting with MBS soon."),
		mbs("after 'a meeting with' (usdos-350087)", dos, "Are those precursors to a meeting with MBS, or is there any more detail you can provide on a potential meeting there?"),
		mbs("possessive (whitehouse-57695)", wh, "First, we just heard from Jamal Khashoggi’s wife, who said, “After this visit, the blood of MBS’s next victim is on your hands.”"),
		mbs("object of a verb (whitehouse-57826)", wh, "The foreign minister says he was there and he didn’t hear the President confront MBS in that way."),
		amlo("apposed to his office (whitehouse-57001)", wh, "MS. JEAN-PIERRE: Well, we see — we see AMLO, the President of Mexico, as a partner."),
		amlo("subject with his country (whitehouse-54240)", wh, "AMLO, of Mexico, is still making mixed signals."),
		amlo("possessive (whitehouse-52038)", wh, "I was wondering if the President was planning to raise AMLO’s attitude towards Russia and Ukraine."),
		// guards
		{name: "a past president's acronym (guard, usdos-352908)", source: dos, title: "Remarks",
			text: "And we remember always the first visit that a U.S. president did to Colombia, and it was FDR, who came to Cartagena. People who knew him describe him as the Colombian Franklin.", notWant: "Franklin Roosevelt"},
		{name: "a name in capitals that is no alias (guard, whitehouse-20337)", source: wh, title: "Joint Statement",
			text: "Last month, the U.K.’s new aircraft carrier, HMS QUEEN ELIZABETH, sailed on her first operational mission with U.S. and U.K. F-35 aircraft on board – a demonstration of the unique interoperability of our Armed Forces.", notWant: "Elizabeth II"},
		{name: "in front of a noun (guard, whitehouse-52153)", source: wh, title: "Press Briefing",
			text: "Q — on the AMLO meeting, your statement laid out a bunch of domestic issues.", notWant: "Andrés Manuel López Obrador"},
	})
}
