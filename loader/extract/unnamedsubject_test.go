package extract

import "testing"

// TestUnnamedSubjectOnly probes an encounter whose subject the article
// leaves unnamed (texts written for the probe, after usdos-365093 and
// usdos-255129): its objects met that subject, not each other, so no record
// pairs them; a subject named, a "between" that names the people, a
// pronoun the main clause names after it and a trilateral meeting keep
// theirs.
func TestUnnamedSubjectOnly(t *testing.T) {
	readout, _ := probeArticles("2022-08-02")
	const title = "The United States-Cambodia Relationship"
	const hs = "Hun Sen + Prak Sokhonn"
	cases := []meetingProbe{
		{"he, never named, holds bilateral meetings with two", readout(title,
			"The Secretary will travel to Phnom Penh, Cambodia, from August 2-6. He will also hold bilateral meetings with Prime Minister Hun Sen and Deputy Prime Minister/Foreign Minister Prak Sokhonn."),
			[]string{}},
		{"you met one and will meet another", readout("Interview With Kate Adams of the BBC",
			"QUESTION: You met German Chancellor Angela Merkel and you are going to meet French President Emmanuel Macron in a moment."),
			[]string{}},
		{"the bare title's meetings with two", readout("Statement",
			"This afternoon, the Vice President held meetings with President Volodymyr Zelenskyy of Ukraine and Chancellor Olaf Scholz of Germany."),
			[]string{}},
		// guards
		{"he, named in the sentence before", readout(title,
			"Secretary of State Antony J. Blinken traveled to Phnom Penh, Cambodia. He met with Prime Minister Hun Sen and Deputy Prime Minister/Foreign Minister Prak Sokhonn."),
			[]string{"meeting held 2022-08-02: Antony Blinken + " + hs}},
		{"a meeting between two", readout("Press Briefing",
			"MR PRICE: We had talks with our allies and a very productive meeting between President Joe Biden and President Emmanuel Macron on the margins of the G7."),
			[]string{"meeting held 2022-08: Emmanuel Macron + Joe Biden"}}, // undated in a briefing: the month (briefingUndated)
		{"a pronoun the main clause names", readout("Press Briefing",
			"When he met with President Ursula von der Leyen last year, President Joe Biden launched the energy task force."),
			[]string{"meeting held 2021: Joe Biden + Ursula von der Leyen"}},
		{"a trilateral meeting with two", readout("Statement",
			"Building on the President’s June 29 trilateral meeting with President Yoon Suk Yeol of the Republic of Korea and Prime Minister Fumio Kishida of Japan, the ministers discussed cooperation."),
			[]string{"meeting held 2022-06-29: Fumio Kishida + Yoon Suk-yeol"}},
	}
	checkProbes(t, cases, nil)
}
