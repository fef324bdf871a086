package extract

import "testing"

// TestVisitWithoutHost probes visitWithoutHost: a visit noun whose visitor
// follows "by" or "of" names no host, so the people beside it, who talk
// about the visit, did not meet the visitor (GUIDELINES: an encounter is
// between named officials of two or more parties). The sentences are the
// corpus's forms (usdos-364177, whitehouse-49966, whitehouse-48834,
// usdos-262710), set in short texts with a readout's or speaker's officials
// beside the visitor; each case failed without the rule. The guards keep a
// visit told as the setting of what follows or as what a host did, and the
// meeting a visitor's sentence tells with a verb of its own.
func TestVisitWithoutHost(t *testing.T) {
	jul29, _ := probeArticles("2022-07-29")
	const availability = "Secretary Blinken, Secretary Raimondo, and Foreign Minister Hayashi at a Joint Press Availability"
	const readout = "Secretary Blinken’s Call with Singaporean Foreign Minister Balakrishnan"
	const blBa = "Antony Blinken + Vivian Balakrishnan"
	cases := []meetingProbe{
		{"a speaker regarding another's visit by a visitor did not meet the visitor", jul29(availability,
			"FOREIGN MINISTER HAYASHI: Regarding the visit by Speaker Pelosi, we are not in the position as the Japanese Government to comment on that."),
			[]string{"meeting held 2022-07-29: Antony Blinken + Gina Raimondo + Yoshimasa Hayashi"}},
		{"a readout's two following the visit to a place by a third did not meet the third", jul29(readout,
			"Secretary Blinken spoke today with Singaporean Foreign Minister Vivian Balakrishnan. Secretary Blinken and Foreign Minister Balakrishnan noted that this followed the visit to Singapore by Defense Secretary Lloyd Austin."),
			[]string{"call held 2022-07-29: " + blBa}},
		{"progress since the visit of an official to a country is no encounter of the speaker's", jul29(readout,
			"Secretary Blinken spoke today with Singaporean Foreign Minister Vivian Balakrishnan. Foreign Minister Balakrishnan noted the progress made since the visit of Vice President Kamala Harris to Singapore last August."),
			[]string{"call held 2022-07-29: " + blBa}},
		{"a recent visit by an official a speaker points to is no encounter", jul29("Background Press Call Previewing the Visit of President Duque of Colombia",
			"President Biden will welcome President Iván Duque to the White House. I would point to a recent visit by Undersecretary Victoria Nuland to advance some of these issues with President Duque."),
			[]string{"meeting planned : Iván Duque + Joe Biden"}},
		// guards
		{"during the visit by a visitor, the speaker who asked her met her (guard)", jul29("Secretary Blinken and Vietnamese Prime Minister Pham Minh Chinh Before Their Meeting",
			"PRIME MINISTER CHINH: And during the visit by Vice President Kamala Harris to Hanoi last August, we asked Vice President Harris for the vaccines."),
			[]string{"meeting held 2022-07-29: Antony Blinken + Phạm Minh Chính", "visit held 2021-08: Kamala Harris + Phạm Minh Chính"}},
		{"a host who hosted the visit by a visitor met the visitor (guard)", jul29("Statement",
			"King Abdullah II of Jordan hosted the first-ever visit by Israeli President Isaac Herzog in Amman today."),
			[]string{"meeting held 2022-07-29: Abdullah II + Isaac Herzog"}},
		{"a host who welcomed the visit of a visitor met the visitor (guard)", jul29("Statement",
			"President Biden welcomed the visit of Israeli Prime Minister Naftali Bennett to the White House today."),
			[]string{"visit held 2022-07-29: Joe Biden + Naftali Bennett"}},
		{"a visit by a visitor to a city where the visitor met someone is that meeting (guard)", jul29("Statement",
			"The visit by Secretary Blinken to Kyiv, where he met Foreign Minister Dmytro Kuleba today, marked a new stage."),
			[]string{"meeting held 2022-07-29: " + pairBK}},
	}
	checkProbes(t, cases, nil)
}
