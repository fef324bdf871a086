package extract

import "testing"

// TestLaterInPastWeek probes laterInPastWeek and pastWeekSpan: a
// narrative's "later in the week" with a verb of the past lies between the
// week's Monday and the article's day, so a release of Friday 1 April dates
// it by the year those days share, not by April; a plan's "later this week"
// still looks ahead.
func TestLaterInPastWeek(t *testing.T) {
	const ah = "Abdullah II + Isaac Herzog"
	friday, _ := probeArticles("2022-04-01")
	thursday, _ := probeArticles("2022-06-09")
	monthEnd, _ := probeArticles("2022-06-30") // a Thursday; the Friday is 1 July
	monday, _ := probeArticles("2022-08-01")   // its week before began on 25 July
	const title = "Statement by National Security Advisor Jake Sullivan on Diplomacy in the Middle East Region"
	cases := []meetingProbe{
		{"later in the week, hosted, at the turn of a month", friday(title,
			"Later in the week, King Abdullah II hosted President Isaac Herzog in Amman."),
			[]string{"meeting held 2022: " + ah}},
		{"later this week, hosted, on the last day of a month", monthEnd(title,
			"Later this week, King Abdullah II hosted President Isaac Herzog in Amman."),
			[]string{"meeting held 2022-06: " + ah}},
		{"later in the week, hosted, in a Monday's release: the week before", monday(title,
			"Later in the week, King Abdullah II hosted President Isaac Herzog in Amman."),
			[]string{"meeting held 2022: " + ah}},
		// guards
		{"later this week, hosted, within a month (guard)", thursday(title,
			"Later this week, King Abdullah II hosted President Isaac Herzog in Amman."),
			[]string{"meeting held 2022-06: " + ah}},
		{"later this week, will host, at the turn of a month", friday(title,
			"Later this week, King Abdullah II will host President Isaac Herzog in Amman."),
			[]string{"meeting planned 2022-04: " + ah}},
		{"earlier this week, hosted", friday(title,
			"Earlier this week, King Abdullah II hosted President Isaac Herzog in Amman."),
			[]string{"meeting held 2022: " + ah}},
	}
	checkProbes(t, cases, nil)
}
