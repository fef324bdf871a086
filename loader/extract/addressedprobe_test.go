package extract

import "testing"

// TestAddressedBySpeaker probes the leaders a summit speech addresses
// (addAddressed, read by addListMeeting): the speaker's own words address
// them; in a transcript, a reporter's question or a moderator speaks to the
// speaker, not to the officials it names (officialSpeaks). The texts are
// written for the probe, never copied from the corpus.
func TestAddressedBySpeaker(t *testing.T) {
	const title = "Secretary Antony J. Blinken at the Summit of the Americas"
	cases := []meetingProbe{
		{"a reporter's question names a leader", probeReadout(title,
			"SECRETARY BLINKEN: Thanks very much.\n\nQUESTION: How do you justify the invitation to Prime Minister Ariel Henry of Haiti?"),
			nil},
		{"a moderator names a leader", probeReadout(title,
			"SECRETARY BLINKEN: Thanks very much.\n\nMODERATOR: Thank you. Next, you will hear from Prime Minister Ariel Henry of Haiti."),
			nil},
		// Guards: the speaker addresses a leader.
		{"the speaker thanks a leader, in a transcript (guard)", probeReadout(title,
			"SECRETARY BLINKEN: Let me thank Prime Minister Ariel Henry of Haiti for joining us."),
			[]string{"summit held 2022-06-08: Antony Blinken + Ariel Henry"}},
		{"the speaker thanks a leader, in a speech without labels (guard)", probeReadout(title,
			"Let me thank Prime Minister Ariel Henry of Haiti for joining us. Thank you all."),
			[]string{"summit held 2022-06-08: Antony Blinken + Ariel Henry"}},
	}
	checkProbes(t, cases, nil)
}
