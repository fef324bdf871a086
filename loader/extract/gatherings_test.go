package extract

import "testing"

// TestNamedGathering probes namedGathering: an encounter told at a named
// leaders' gathering with no date of its own takes the gathering's
// edition (the last begun by the article's day; in a plan, the next),
// not the article's day or none; a date of the sentence's own, or an
// edition that holds the article's day, leaves it as it was.
func TestNamedGathering(t *testing.T) {
	const bm = "Angela Merkel + Joe Biden"
	jul13, _ := probeArticles("2021-07-13")
	mar29, _ := probeArticles("2022-03-29")
	jun9, _ := probeArticles("2022-06-09")
	jun12, _ := probeArticles("2021-06-12")
	jul1, _ := probeArticles("2022-07-01")
	const briefing = "Department Press Briefing"
	cases := []meetingProbe{
		{"at the G7 summit, a month later: the summit's month", jul13(briefing,
			"At the G7 summit, President Joe Biden and Chancellor Angela Merkel outlined our shared positions on China."),
			[]string{"summit held 2021-06: " + bm}},
		// the headline's two speakers meet on the day too (jointRemarks)
		{"on the sidelines of the G20 Summit, months later", mar29("Remarks by President Biden and Prime Minister Lee Hsien Loong",
			"PRIME MINISTER LEE: We last met President Joe Biden in Rome on the sidelines of the G20 Summit."),
			[]string{"meeting held 2021-10: Joe Biden + Lee Hsien Loong", "meeting held 2022-03-29: Joe Biden + Lee Hsien Loong"}},
		{"the Geneva summit between: its day", jul13(briefing,
			"Intensive diplomacy followed a detailed discussion at the Geneva summit between President Joe Biden and President Vladimir Putin."),
			[]string{"summit held 2021-06-16: Joe Biden + Vladimir Putin"}},
		{"during his meeting at the Summit of the Americas", jul1("Statement",
			"As President Joe Biden reiterated during his meeting with Prime Minister Justin Trudeau at the Summit of the Americas, the United States has no better friend."),
			[]string{"summit held 2022-06: Joe Biden + Justin Trudeau"}},
		{"a plan for the NATO Summit: the next edition", jun9("Statement",
			"President Joe Biden looks forward to seeing Prime Minister Justin Trudeau in Madrid for the NATO Summit."),
			[]string{"summit planned 2022-06: Joe Biden + Justin Trudeau"}},
		// guards
		{"a date of the sentence's own wins (guard)", jun12("Statement",
			"Prime Minister Boris Johnson and President Joe Biden met in the margins of the G7 summit in Carbis Bay on 12 June 2021."),
			[]string{"meeting held 2021-06-12: Boris Johnson + Joe Biden"}},
		{"an edition that holds the article's day gives nothing (guard)", jun12("Readout of President Biden’s Meeting with Prime Minister Johnson",
			"President Joe Biden met with Prime Minister Boris Johnson on the margins of the G7 Summit."),
			[]string{"meeting held 2021-06-12: Boris Johnson + Joe Biden"}},
		{"an unlisted summit gives nothing (guard)", jul13("Statement",
			"At the Lisbon summit, President Joe Biden and Chancellor Angela Merkel outlined our shared positions."),
			[]string{"summit held 2021-07-13: " + bm}},
	}
	checkProbes(t, cases, nil)
}
