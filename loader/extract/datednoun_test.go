package extract

import "testing"

// TestDateBeforeNoun probes datedNounFirst and theirDatedEncounter: a date
// written before an encounter's noun ("the May 21 Summit between …",
// "their May 15 meeting") is that encounter's own, whatever day the
// sentence's other encounter takes.
func TestDateBeforeNoun(t *testing.T) {
	const pub = "2022-06-07" // a Tuesday
	readout, _ := probeArticles(pub)
	sherman := "Deputy Secretary Sherman’s Meeting with Republic of Korea First Vice Foreign Minister Cho"
	kuleba := "Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba"
	const sc, bk = "Cho Hyundong + Wendy Sherman", "Antony Blinken + Dmytro Kuleba"
	cases := []meetingProbe{
		{"the May 21 Summit between two others", readout(sherman,
			"Deputy Secretary of State Wendy Sherman met today with Republic of Korea First Vice Foreign Minister Cho Hyundong to discuss opportunities to build on the momentum from the May 21 Summit between President Biden and President Yoon."),
			[]string{"meeting held 2022-06-07: " + sc, "summit held 2022-05-21: Joe Biden + Yoon Suk-yeol"}},
		{"their May 15 meeting in Berlin", readout(kuleba,
			"Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba to follow up on their May 15 meeting in Berlin."),
			[]string{"call held 2022-06-07: " + bk, "meeting held 2022-05-15: " + bk}},
		// guards
		{"a dated summit no one is named at", readout(kuleba,
			"Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba about the June 14 NATO Summit in Brussels."),
			[]string{"call held 2022-06-07: " + bk}},
		{"their meeting dated as the sentence's own", readout(kuleba,
			"Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba about their June 7 call."),
			[]string{"call held 2022-06-07: " + bk}},
	}
	checkProbes(t, cases, nil)
}
