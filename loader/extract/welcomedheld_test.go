package extract

import "testing"

// TestOthersHeldEncounter probes an encounter that the sentence's subjects
// welcome, praise or note, which a person named after it held with others
// (texts written for the probe): the encounter is the holder's with those
// after "with", not the welcomers'; their own encounter, a person welcomed
// and a holder left unnamed keep the welcomers in.
func TestOthersHeldEncounter(t *testing.T) {
	readout, _ := probeArticles("2022-06-10")
	const title = "Readout"
	const bj, bm = "Antony Blinken + Subrahmanyam Jaishankar", "Joe Biden + Narendra Modi"
	const subj = "Secretary of State Antony J. Blinken and Indian External Affairs Minister Subrahmanyam Jaishankar "
	cases := []meetingProbe{
		{"welcomed the meeting a named holder held with another", readout(title,
			subj+"welcomed the meeting President Joe Biden held with Prime Minister Narendra Modi in Tokyo."),
			[]string{"meeting held 2022-06-10: " + bm}},
		{"welcomed the productive meeting that a holder had, dated", readout(title,
			subj+"welcomed the productive meeting that President Joe Biden had with Prime Minister Narendra Modi on Monday."),
			[]string{"meeting held 2022-06-06: " + bm}},
		{"praised the call a holder held", readout(title,
			subj+"praised the call President Joe Biden held with Prime Minister Narendra Modi."),
			[]string{"call held : " + bm}},
		{"noted the visit that a holder had", readout(title,
			subj+"noted the visit that President Joe Biden had with Prime Minister Narendra Modi."),
			[]string{"visit held : " + bm}},
		// guards
		{"their own meeting with another", readout(title,
			"Secretary of State Antony J. Blinken welcomed their meeting with Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-10: " + bj}},
		{"a person welcomed", readout(title,
			"Secretary of State Antony J. Blinken welcomed Indian External Affairs Minister Subrahmanyam Jaishankar to the State Department."),
			[]string{"meeting held 2022-06-10: " + bj}},
		{"the meeting they held with another, holder unnamed", readout(title,
			"Secretary of State Antony J. Blinken noted the meeting they held with Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held : " + bj}}, // an earlier one, told in a past relative (toldInPastRelative)
	}
	checkProbes(t, cases, nil)
}
