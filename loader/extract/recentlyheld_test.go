package extract

import "testing"

// TestRecentlyHeld probes recentlyHeld: an encounter told as earlier by
// "recently" or "recent", with no date of its own, takes what holds the two
// months before the article's day (the year from March on); without the rule
// it took no date, and with six months (date10w) none before July: the
// probes of March and May are date10w's judged records (whitehouse-49087,
// usdos-341143). "Last" and "previously" span nothing and keep none.
func TestRecentlyHeld(t *testing.T) {
	const yc = "Choo Kyung-ho + Janet Yellen"
	const bl = "Antony Blinken + Yair Lapid"
	jul20, _ := probeArticles("2022-07-20")
	nov4, _ := probeArticles("2022-11-04")
	may4, _ := probeArticles("2022-05-04")
	mar14, _ := probeArticles("2022-03-14")
	feb3, _ := probeArticles("2022-02-03")
	sep16, _ := probeArticles("2022-09-16")
	const briefing = "Department Press Briefing"
	const availability = "Secretary Antony J. Blinken and Israeli Foreign Minister Yair Lapid at a Joint Press Availability"
	cases := []meetingProbe{
		{"did recently have a meeting, in July: the year", jul20(briefing,
			"Secretary Yellen did recently have a meeting with Deputy Prime Minister Choo Kyung-ho."),
			[]string{"meeting held 2022: " + yc}},
		{"has recently met, in November: the year", nov4(briefing,
			"Secretary Blinken has recently met with Foreign Minister Yair Lapid."),
			[]string{"meeting held 2022: " + bl}},
		{"in a recent phone call: the year", sep16(briefing,
			"Secretary Blinken raised the issue in a recent phone call with Foreign Minister Yair Lapid."),
			[]string{"call held 2022: " + bl}},
		{"a recent meeting beside the day's is another encounter", sep16(availability,
			"Secretary Blinken met with Foreign Minister Yair Lapid in Washington today. They had met recently in Jerusalem."),
			[]string{"meeting held 2022-09-16: " + bl, "meeting held 2022: " + bl}},
		{"has recently met, in May: the year", may4(briefing,
			"Secretary Blinken has recently met with Foreign Minister Yair Lapid."),
			[]string{"meeting held 2022: " + bl}},
		{"recent discussions, in March: the year", mar14("Background Press Call by Senior Administration Officials on China",
			"They discussed follow-up conversations, building on recent discussions between Special Representative Sung Kim and his Chinese Special Representative Liu Xiaoming."),
			[]string{"meeting held 2022: Liu Xiaoming + Sung Kim"}},
		// guards: no span, or one across the year's turn
		{"recently in February may be last year: undated (guard)", feb3(briefing,
			"Secretary Blinken has recently met with Foreign Minister Yair Lapid."),
			[]string{"meeting held : " + bl}},
		{"last spoke: undated (guard)", sep16(briefing,
			"This is the first conversation since Secretary Blinken last spoke with Foreign Minister Yair Lapid."),
			[]string{"call held : " + bl}},
		{"had previously met: undated (guard)", sep16(briefing,
			"Secretary Blinken had previously met with Foreign Minister Yair Lapid."),
			[]string{"meeting held : " + bl}},
	}
	checkProbes(t, cases, nil)
}
