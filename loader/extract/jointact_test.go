package extract

import (
	"slices"
	"testing"
)

// TestJointActMeetings probes officials of two parties named as the one
// subject of a joint act, on a day the sentence gives (addJointActMeetings):
// they met. The sentences are cut from open articles; each case gives no
// meeting with the rule switched off, each guard the same answer either way.
func TestJointActMeetings(t *testing.T) {
	factSheet := publishedBy("whitehouse.gov")
	state := publishedBy("state.gov")
	cases := []ruleProbe{
		{meetingProbe{"two leaders who announced a task force today met (whitehouse-49696)",
			factSheet("2022-03-25", "FACT SHEET: United States and European Commission Announce Task Force to Reduce Europe’s Dependence on Russian Fossil Fuels",
				"Today, President Joe Biden and European Commission President Ursula von der Leyen announced a joint Task Force to reduce Europe’s dependence on Russian fossil fuels and strengthen European energy security as President Putin wages his war of choice against Ukraine."),
			[]string{"meeting held 2022-03-25: Joe Biden + Ursula von der Leyen"}}, false},
		{meetingProbe{"a place between the subject and its verb (whitehouse-24101)",
			factSheet("2021-07-15", "FACT SHEET: U.S.-Germany Climate and Energy Partnership",
				"President Biden and Chancellor Merkel today at the White House launched the U.S.-Germany Climate and Energy Partnership."),
			[]string{"meeting held 2021-07-15: Angela Merkel + Joe Biden"}}, false},
		// Guards: talks other rules give already are told once (usdos-337817,
		// where a long title stands between the two officials, and usdos-262443's
		// summit); a thing
		// launched before, in a relative clause (usdos-262967, at a virtual
		// summit); officials of one party (whitehouse-21893); a signing with no
		// day of its own (usdos-323754); an announcement of a plan at a virtual
		// forum (whitehouse-55889).
		{meetingProbe{"talks other rules give are told once (guard)",
			state("2022-04-26", "U.S.-Honduras Strategic Dialogue",
				"Yesterday in Washington, DC, Under Secretary of State for Civilian Security, Democracy, and Human Rights Uzra Zeya and Honduran Foreign Minister Enrique Reina launched the United States-Honduras Strategic Dialogue."),
			[]string{"meeting held 2022-04-25: Enrique Reina + Uzra Zeya"}}, true},
		{meetingProbe{"officials a summit told holds already, and the Paris of an agreement (guard)",
			state("2021-07-27", "The United States and India: Deepening our Strategic Partnership",
				"At the Leaders’ Summit on Climate in April, President Biden and Prime Minister Modi launched the U.S.-India Climate and Clean Energy Agenda 2030 Partnership to strengthen cooperation on strong actions in the current decade to meet the goals of the Paris Agreement."),
			[]string{"summit held 2021-04: Joe Biden + Narendra Modi"}}, true},
		{meetingProbe{"a relative clause's act, done before and elsewhere (guard)",
			state("2021-07-28", "Remarks",
				"As regards climate change, the Agenda 2030 Partnership that Prime Minister Modi and President Biden launched in April strengthens our commitment to meet Paris goals."),
			nil}, true},
		{meetingProbe{"officials of one party (guard)",
			factSheet("2021-06-24", "FACT SHEET: President Biden Announces Support for the Bipartisan Infrastructure Framework",
				"Today, President Biden and Vice President Harris announced their support for the Bipartisan Infrastructure Framework."),
			nil}, true},
		{meetingProbe{"a signing with no day of its own (guard)",
			state("2022-03-12", "Eighth Annual U.S.-AUC High-Level Dialogue Joint Statement",
				"Secretary Blinken and Chairperson Moussa Faki signed a new Memorandum of Cooperation to advance the partnership."),
			nil}, true},
		{meetingProbe{"an announcement of what two parties will do, undated (guard)",
			factSheet("2022-06-18", "Chair’s Summary of the Major Economies Forum on Energy and Climate Held by President Joe Biden",
				"President Biden and President Abdel Fattah El-Sisi of Egypt announced that the United States and Egypt will partner on Adaptation in Africa, including at COP 27, with a focus on tangible actions to improve people’s lives and build resilience to a changing climate."),
			nil}, true},
	}
	checkRuleProbes(t, cases, &jointActOff)
}

// TestJointActPlace checks that a joint act's meeting is placed by a place
// told before its verb ("today at the White House", whitehouse-24101), not
// by one of the thing done after it: the same sentence with usdos-262443's
// "to meet the goals of the Paris Agreement" after it.
func TestJointActPlace(t *testing.T) {
	const launched = "President Biden and Chancellor Merkel today"
	const partnership = " launched the U.S.-Germany Climate and Energy Partnership"
	sheet := func(text string) Article {
		return Article{Date: "2021-07-15", Source: "whitehouse.gov", Title: "FACT SHEET: U.S.-Germany Climate and Energy Partnership", Text: text}
	}
	if got := meetingPlaces(t, sheet(launched+" at the White House"+partnership+".")); !slices.Equal(got, []string{"Washington"}) {
		t.Errorf("a place before the verb: meeting places %q, want [Washington]", got)
	}
	if got := meetingPlaces(t, sheet(launched+partnership+" to meet the goals of the Paris Agreement.")); !slices.Equal(got, []string{""}) {
		t.Errorf("a place of the thing, after the verb: meeting places %q, want one unplaced", got)
	}
}
