package extract

import "testing"

// TestBeforeMeetingUndated probes beforeMeetingUndated: in a transcript
// before the day's meeting, a held encounter with no date of its own that
// holds someone outside the headline's people is an earlier one told in
// passing, so it takes no date; the headline's own people, an encounter
// told as the day's, and a title that tells of no meeting to come keep the
// article's.
func TestBeforeMeetingUndated(t *testing.T) {
	const pub = "2021-06-23"
	readout, _ := probeArticles(pub)
	merkel := "Secretary Antony J. Blinken and German Chancellor Angela Merkel Before Their Meeting"
	leDrian := "Secretary Antony J. Blinken and French Foreign Minister Jean-Yves Le Drian Before Their Meeting"
	scholz := "Remarks by President Biden and Chancellor Scholz of the Federal Republic of Germany Before Bilateral Meeting"
	cases := []meetingProbe{
		{"met a third person at a summit", readout(merkel,
			"CHANCELLOR MERKEL: I had the opportunity of meeting the newly elected American President Joe Biden at the G7 Summit meeting in Cornwall."),
			[]string{"meeting held 2021-06-23: Angela Merkel + Antony Blinken", "meeting held 2021-06: Angela Merkel + Joe Biden"}}, // the G7 Summit's month (namedGathering)
		{"a meeting between two others on the margins", readout(leDrian,
			"SECRETARY BLINKEN: Of course we had a very productive meeting between President Biden and President Macron on the margins of the meeting of the G7."),
			[]string{"meeting held 2021-06-23: Antony Blinken + Jean-Yves Le Drian", "meeting held : Emmanuel Macron + Joe Biden"}},
		// guards
		{"the headline's own people", readout(merkel,
			"SECRETARY BLINKEN: Chancellor Merkel and I met in Berlin."),
			[]string{"meeting held 2021-06-23: Angela Merkel + Antony Blinken"}},
		{"just spoke with a third person", readout(scholz,
			"PRESIDENT BIDEN: I just spoke with President Zelenskyy of Ukraine."),
			[]string{"call held 2021-06-23: Joe Biden + Volodymyr Zelenskyy", "meeting held 2021-06-23: Joe Biden + Olaf Scholz"}},
		{"a title before a departure", readout("Secretary Antony J. Blinken Before Departing at Joint Base Andrews",
			"SECRETARY BLINKEN: President Biden and President Macron had a very productive meeting in Paris."),
			[]string{"meeting held 2021-06-23: Emmanuel Macron + Joe Biden"}},
	}
	checkProbes(t, cases, nil)
}
