package extract

import "testing"

// TestSpanAhead probes an encounter dated by a span wholly after the
// article's day whose value, a month, also holds that day (texts written
// for the probe): with no word of the future it is planned, as a later
// month is; "this week", a verb of the past and a narrative's "later in the
// week" keep it held.
func TestSpanAhead(t *testing.T) {
	readout, _ := probeArticles("2022-06-08")
	const title = "Readout"
	const bb = "Jair Bolsonaro + Joe Biden"
	cases := []meetingProbe{
		{"next week", readout(title,
			"The bilateral meeting between President Joe Biden and President Jair Bolsonaro next week in Los Angeles is on the schedule."),
			[]string{"meeting planned 2022-06: " + bb}},
		{"later this week", readout(title,
			"The bilateral meeting between President Joe Biden and President Jair Bolsonaro later this week in Los Angeles is on the schedule."),
			[]string{"meeting planned 2022-06: " + bb}},
		{"later this month", readout(title,
			"The bilateral meeting between President Joe Biden and President Jair Bolsonaro later this month in Los Angeles is on the schedule."),
			[]string{"meeting planned 2022-06: " + bb}},
		// guards
		{"this week", readout(title,
			"The bilateral meeting between President Joe Biden and President Jair Bolsonaro this week in Los Angeles was on the schedule."),
			[]string{"meeting held 2022-06: " + bb}},
		{"later this week, hosted", readout(title,
			"Later this week, President Joe Biden hosted President Jair Bolsonaro in Los Angeles."),
			[]string{"meeting held 2022-06: " + bb}},
		{"a narrative's later in the week", readout(title,
			"Later in the week, President Joe Biden hosted President Jair Bolsonaro in Los Angeles."),
			[]string{"meeting held 2022-06: " + bb}},
	}
	checkProbes(t, cases, nil)
}
