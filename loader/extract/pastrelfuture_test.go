package extract

import "testing"

// TestPastRelativeOverFuture probes an encounter told by a past relative
// clause after its noun, which a word of the future governs (texts written
// for the probe, after usdos-364177): the clause tells it as held, and its
// month is read in the past, not in the next year; a relative clause in
// the future and a noun with no such clause stay planned.
func TestPastRelativeOverFuture(t *testing.T) {
	readout, _ := probeArticles("2022-07-29")
	const title = "Secretary Blinken, Secretary Raimondo, Foreign Minister Hayashi, and Minister Hagiuda at a Press Availability"
	const lead = "SECRETARY RAIMONDO: Thank you. "
	const rh = "Gina Raimondo + Koichi Hagiuda"
	const day = "meeting held 2022-07-29: Antony Blinken + Gina Raimondo + Koichi Hagiuda + Yoshimasa Hayashi" // the headline's
	cases := []meetingProbe{
		{"will build on the meeting that a titled name and I had in May", readout(title,
			lead+"The funding will strengthen our partnerships and will build on the meeting that Minister Hagiuda and I had in May, where we expressed shared intent for cooperation."),
			[]string{"meeting held 2022-05: " + rh, day}},
		{"will build on the call that you and I had in June", readout(title,
			lead+"Minister Hagiuda, the funding will build on the call that you and I had in June."),
			[]string{"call held 2022-06: " + rh, day}},
		// guards
		{"a relative clause in the future", readout(title,
			lead+"The funding will build on the meeting that Minister Hagiuda and I will hold in May."),
			[]string{day, "meeting planned 2023-05: " + rh}},
		{"no relative clause", readout(title,
			lead+"The funding will build on my meeting with Minister Hagiuda in September."),
			[]string{day, "meeting planned 2022-09: " + rh}},
	}
	checkProbes(t, cases, nil)
}
