package extract

import "testing"

// TestTripLegDates probes the date an undated plan takes from the trip a
// release announces (noteTripLeg, dateByTrip; texts cut from open
// articles): a range of days gives its month, a trip "is traveling" on days
// ahead dates the plans after it, and with several dated legs the plan takes
// the month of the leg told last before it. Guards: a plan with a date of
// its own keeps it, a trip of one day gives its day, and a trip told as
// under way on a day before the article's dates nothing.
func TestTripLegDates(t *testing.T) {
	release := publishedBy("state.gov")
	white := publishedBy("whitehouse.gov")
	cases := []meetingProbe{
		// whitehouse-55484, the President named
		{"a range of days gives its month", white("2022-06-14", "Background Press Call by a Senior Administration Official on the President’s Trip to The Middle East",
			"President Biden will visit the Middle East region from July 13th to July 16th with stops in Israel, the West Bank, and Saudi Arabia. "+
				"The President will also visit the West Bank to meet with President Mahmoud Abbas and other Palestinian leaders."),
			[]string{"meeting planned 2022-07: Joe Biden + Mahmoud Abbas"}},
		// usdos-259354
		{"a range of days across the month's name", release("2021-07-15", "Deputy Secretary Sherman’s Travel to Japan, the Republic of Korea, and Mongolia",
			"Deputy Secretary of State Wendy Sherman will travel to Japan, the Republic of Korea (ROK), and Mongolia from July 18 to July 25. "+
				"The Deputy Secretary will then travel to Seoul for meetings with ROK officials and a strategic dialogue with ROK First Vice Foreign Minister Choi Jong Kun."),
			[]string{"meeting planned 2021-07: Choi Jong Kun + Wendy Sherman"}},
		// usdos-247783
		{"is traveling on days ahead", release("2021-06-01", "The United States and Costa Rica: Partners in Democracy and Security",
			"Secretary of State Antony J. Blinken is traveling to San Jose on June 1-2, 2021, to a meeting of the Central American Integration System (SICA). "+
				"In Costa Rica, he will meet with President Carlos Alvarado Quesada and Foreign Minister Rodolfo Solano Quirós to discuss the strong U.S.-Costa Rica partnership."),
			[]string{"meeting planned 2021-06: Antony Blinken + Carlos Alvarado Quesada + Rodolfo Solano Quirós"}},
		// usdos-246956
		{"the leg told last before the plan", release("2021-05-27", "Briefing with Acting Assistant Secretary for Western Hemisphere Affairs Julie Chung On the Secretary’s Upcoming Travel to San Jose, Costa Rica",
			"She will talk with you about Secretary Blinken’s upcoming travel to Costa Rica, which we announced officially just this morning. "+
				"Next week, Secretary of State Blinken will embark on his first in-person trip to the Western Hemisphere when he travels to San Jose, Costa Rica. "+
				"While there, he will meet with Costa Rican President Carlos Alvarado Quesada."),
			[]string{"meeting planned 2021: Antony Blinken + Carlos Alvarado Quesada"}},
		// whitehouse-19549
		{"a later leg's day gives its month", white("2021-06-03", "Statement by Press Secretary Jen Psaki on Updates to the President’s Travel to the United Kingdom, Belgium, and Switzerland",
			"President Joseph R. Biden, Jr. will travel to the United Kingdom, Belgium, and Switzerland in June 2021. "+
				"From the United Kingdom, President Biden will travel to Brussels, Belgium, where he will participate in the NATO Summit on June 14. "+
				"The President will also meet with Turkish President Recep Tayyip Erdogan to discuss the full range of bilateral and regional issues."),
			[]string{"meeting planned 2021-06: Joe Biden + Recep Tayyip Erdoğan"}},
		// guards
		// usdos-323108
		{"a plan's own day (guard)", release("2022-03-03", "Deputy Secretary Sherman’s Travel to Turkey, Spain, Morocco, and Algeria",
			"Next, Deputy Secretary Sherman will travel to Algiers, Algeria from March 9 to 10. "+
				"On March 10, the Deputy Secretary will meet with Foreign Minister Ramtane Lamamra."),
			[]string{"meeting planned 2022-03-10: Ramtane Lamamra + Wendy Sherman"}},
		// usdos-329441
		{"a trip of one day (guard)", release("2022-03-29", "Commitments to Regional Security and Prosperity Underscore Secretary Blinken’s Travel to Algeria",
			"On March 30, Secretary of State Antony J. Blinken will travel to Algeria. "+
				"He will meet with President Abdelmadjid Tebboune to discuss regional security and stability."),
			[]string{"meeting planned 2022-03-30: Abdelmadjid Tebboune + Antony Blinken"}},
		{"is traveling on a day before the article's (guard)", release("2021-07-10", "The United States and Costa Rica",
			"Secretary of State Antony J. Blinken is traveling to San Jose on June 1-2, 2021, to a meeting of the Central American Integration System (SICA). "+
				"In Costa Rica, he will meet with Foreign Minister Rodolfo Solano Quirós."),
			[]string{"meeting planned : Antony Blinken + Rodolfo Solano Quirós"}},
	}
	checkProbes(t, cases, nil)
}
