package extract

import "testing"

// TestLaterPlanIsNotTheHeldOne probes a plan told as later than the
// encounter of the day, by "again" away from its meeting word or by a span
// of time ahead (toldAsLater): it is another encounter, not the held one's
// announcement (heldTwin). The cases are cut from open articles (merge40);
// with the rule off the held encounter takes each plan in. The guards are
// plans that heldTwin still folds into the day's encounter, cut from the
// open corpus's right folds: "I look forward to our meeting" said before
// it, "later this evening" of a call the same day, and a speaker's "once
// again".
func TestLaterPlanIsNotTheHeldOne(t *testing.T) {
	whiteHouse := publishedBy("whitehouse.gov")
	state := publishedBy("state.gov")
	cases := []ruleProbe{
		{meetingProbe{"welcoming him again in Seoul, after the day's meeting (whitehouse-18195)", whiteHouse("2021-05-21",
			"Remarks by President Biden and President Moon Jae-in of the Republic of Korea Before Bilateral Meeting",
			"State Dining Room\n\nPRESIDENT BIDEN: I am honored to have President Moon here at the White House today.\n\n"+
				"PRESIDENT MOON: Following our meeting today, I look forward to welcoming President Biden again in Seoul, the Republic of Korea, in not-too-distant future. Thank you very much."),
			[]string{"meeting held 2021-05-21: Joe Biden + Moon Jae-in", "meeting planned 2021-05-21: Joe Biden + Moon Jae-in"}}, false},
		{meetingProbe{"seeing you next time in a few weeks in Madrid (usdos-348824)", state("2022-06-01",
			"Secretary Antony J. Blinken And NATO Secretary General Stoltenberg At a Joint Press Availability",
			"Antony J. Blinken, Secretary of State\n\nWashington, D.C.\n\nSECRETARY BLINKEN: Good morning, everyone. It is a pleasure to welcome the NATO Secretary General Stoltenberg, Jens, my friend and colleague, back here to the State Department and to Washington.\n\n"+
				"Jens, thank you again for making this visit to Washington at an important moment as we prepare for the summit. Very much looking forward to seeing you next time in a few weeks in Madrid, and to the even stronger and more resilient NATO that our summit will help to shape."),
			[]string{"meeting held 2022-06-01: Antony Blinken + Jens Stoltenberg", "meeting planned : Antony Blinken + Jens Stoltenberg"}}, false},
		{meetingProbe{"agreed to meet in person in Tokyo in the coming months (whitehouse-48247)", whiteHouse("2022-03-03",
			"Joint Readout of Quad Leaders Call",
			"Today the Quad Leaders – Prime Minister Scott Morrison of Australia, Prime Minister Narendra Modi of India, Prime Minister Fumio Kishida of Japan, and President Joe Biden of the United States – convened to reaffirm their commitment to a free and open Indo-Pacific.\n\n"+
				"In their continuing pursuit of a free and open Indo-Pacific, the Quad Leaders agreed to meet in person in Tokyo in the coming months."),
			[]string{"meeting held 2022-03-03: Fumio Kishida + Joe Biden + Narendra Modi + Scott Morrison", "meeting planned : Fumio Kishida + Joe Biden + Narendra Modi + Scott Morrison"}}, false},
		{meetingProbe{"welcoming him back to Washington again later this year (usdos-337067)", state("2022-04-23",
			"Deputy Secretary Sherman and EEAS Secretary General Sannino at a Joint Press Availability",
			"Brussels, Belgium\n\nModerator: The Deputy Secretary of State of the United States of America Wendy Sherman and Secretary General of the European External Action Service Stefano Sannino held very intensive consultations in the framework of the EU-U.S. consultations.\n\n"+
				"DEPUTY SECRETARY SHERMAN: So, I look forward to welcoming Stefano and his team back to Washington again later this year for the next round of these important conversations."),
			[]string{"meeting held 2022-04-23: Stefano Sannino + Wendy Sherman", "meeting planned 2022: Stefano Sannino + Wendy Sherman"}}, false},
		{meetingProbe{"I look forward to our meeting, said before it (guard, whitehouse-47483)", whiteHouse("2022-02-18",
			"Remarks by Vice President Harris and NATO Secretary General Jens Stoltenberg Before Bilateral Meeting",
			"Munich, Germany\n\nVICE PRESIDENT HARRIS: Mr. Secretary General, thank you for all of the work that you have been doing.\n\n"+
				"SECRETARY GENERAL STOLTENBERG: So, yeah, thank you for your leadership, your commitment, and I look forward to our meeting. Thank you so much."),
			[]string{"meeting held 2022-02-18: Jens Stoltenberg + Kamala Harris"}}, true},
		{meetingProbe{"a call later this evening, the day's (guard, usdos-313753)", state("2022-02-12",
			"Secretary Blinken's Call with Russian Foreign Minister Lavrov",
			"Secretary of State Antony J. Blinken spoke today with Russian Foreign Minister Sergey Lavrov. "+
				"The Secretary said: I'll underscore this unity and resolve when I speak with Russian Foreign Minister Lavrov a little bit later this evening."),
			[]string{"call held 2022-02-12: Antony Blinken + Sergey Lavrov"}}, true},
		{meetingProbe{"once again, thanks for his visit (guard, usdos-248062)", state("2021-06-01",
			"Secretary Antony J. Blinken and Costa Rican President Carlos Alvarado At a Joint Press Availability",
			"San Jose, Costa Rica\n\nPRESIDENT ALVARADO: We have talked with Secretary of State Antony Blinken about the challenges that we face in our bilateral relationship.\n\n"+
				"Once again, I would like to thank Mr. Blinken for his visit."),
			[]string{"meeting held 2021-06-01: Antony Blinken + Carlos Alvarado"}}, true},
	}
	checkRuleProbes(t, cases, &laterEncounterOff)
}
