package extract

import "testing"

// TestRecentPast probes recentPast: "the other day", "the other week" and
// "in recent days" date an encounter by what holds the span that ends on
// the article's day, its month where the span stays in it and its year
// where it does not; without the rule such an encounter took the article's
// day, or none in a briefing.
func TestRecentPast(t *testing.T) {
	const bl = "Antony Blinken + Wang Yi"
	const la = "Mahmoud Abbas + Yair Lapid"
	feb7, _ := probeArticles("2022-02-07")
	jul13, _ := probeArticles("2022-07-13")
	feb12, _ := probeArticles("2022-02-12")
	jun2, _ := probeArticles("2022-06-02")
	const readout = "Secretary Blinken's Remarks to the Press"
	const briefing = "Department Press Briefing"
	cases := []meetingProbe{
		{"the other day, across a month's turn: the year", feb7(briefing,
			"Secretary Blinken spoke with Foreign Minister Wang Yi of the PRC the other day."),
			[]string{"call held 2022: " + bl}},
		{"just the other day, within the month", jul13(readout,
			"Prime Minister Yair Lapid spoke with President Mahmoud Abbas just the other day."),
			[]string{"call held 2022-07: " + la}},
		{"the other week", feb7(briefing,
			"Secretary Blinken met with Foreign Minister Wang Yi in Geneva the other week."),
			[]string{"meeting held 2022: " + bl}},
		{"in recent days, within the month", feb12(readout,
			"In recent days Secretary Blinken spoke with Foreign Minister Wang Yi."),
			[]string{"call held 2022-02: " + bl}},
		{"in recent days, across a month's turn: the year", jun2(briefing,
			"Secretary Blinken has had an opportunity in recent days to speak to Foreign Minister Wang Yi."),
			[]string{"call held 2022: " + bl}},
		// guards: no span
		{"the other side is no date (guard)", jul13(readout,
			"Prime Minister Yair Lapid spoke with President Mahmoud Abbas, the other side's leader."),
			[]string{"call held 2022-07-13: " + la}},
		{"spoke recently is no span of its own: recentlyHeld's year (guard)", jul13(readout,
			"Prime Minister Yair Lapid spoke recently with President Mahmoud Abbas."),
			[]string{"call held 2022: " + la}},
	}
	checkProbes(t, cases, nil)
}
