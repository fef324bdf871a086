package extract

import "testing"

// TestPastRelativeUndated probes toldInPastRelative: an encounter told as the
// head of a past relative clause ("the visit that I had with you") is an
// earlier one, so with no date word of its own it takes none; the day's
// ("the meeting we just had") keeps the article's.
func TestPastRelativeUndated(t *testing.T) {
	const pub = "2022-06-10"
	readout, _ := probeArticles(pub)
	before := "Secretary Antony J. Blinken and Indian External Affairs Minister Subrahmanyam Jaishankar Before Their Meeting"
	const bj = "Antony Blinken + Subrahmanyam Jaishankar"
	cases := []meetingProbe{
		{"a visit that I had with you", readout(before,
			"SECRETARY BLINKEN: Good afternoon. I want to thank Minister Jaishankar for the productive visit that I had with him and with Prime Minister Narendra Modi."),
			[]string{"meeting held 2022-06-10: " + bj, "visit held : Antony Blinken + Narendra Modi + Subrahmanyam Jaishankar"}},
		{"a conversation that you and I had by telephone", readout(before,
			"SECRETARY BLINKEN: Minister Jaishankar, I appreciate the conversation that you and I had by telephone."),
			[]string{"call held : " + bj, "meeting held 2022-06-10: " + bj}},
		// guards
		{"the meeting we had, at the press conference after it", readout("Remarks by Secretary Blinken and Minister Jaishankar at Press Conference",
			"SECRETARY BLINKEN: I thank Minister Jaishankar: the meeting that we had with Indian External Affairs Minister Subrahmanyam Jaishankar illustrates our cooperation."),
			[]string{"meeting held 2022-06-10: " + bj}},
		{"the meeting we just had", readout(before,
			"SECRETARY BLINKEN: The meeting that Minister Jaishankar and I just had was very productive."),
			[]string{"meeting held 2022-06-10: " + bj}},
		{"a past relative clause dated by its own word", readout("Secretary Blinken’s Meeting with Indian External Affairs Minister Jaishankar",
			"The two welcomed the productive meeting that President Joe Biden had with Prime Minister Narendra Modi on Monday."),
			// the headline's meeting takes the body lead's day (leadDate)
			[]string{"meeting held 2022-06-06: Antony Blinken + Subrahmanyam Jaishankar", "meeting held 2022-06-06: Joe Biden + Narendra Modi"}},
	}
	checkProbes(t, cases, nil)
}
