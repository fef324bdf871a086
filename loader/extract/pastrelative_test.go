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
			// Monday is Biden and Modi's: the headline's meeting takes the article's day, not the lead's (othersEncounter)
			[]string{"meeting held 2022-06-06: Joe Biden + Narendra Modi", "meeting held 2022-06-10: Antony Blinken + Subrahmanyam Jaishankar"}},
	}
	checkProbes(t, cases, nil)
}

// TestFollowedUpUndated probes toldAsFollowedUp: the people a meeting word's
// "follows up on" or "continuation of" names are of the earlier encounter
// followed up, undated; an encounter of its own in the same sentence, or
// one told with a follow word far from the meeting word, keeps its day.
func TestFollowedUpUndated(t *testing.T) {
	const pub = "2022-06-10"
	readout, _ := probeArticles(pub)
	title := "Joint Statement on the U.S.-India Dialogue"
	cases := []meetingProbe{
		{"this meeting follows up on a commitment made between", readout(title,
			"This meeting follows up on a commitment made between President Joe Biden and Prime Minister Narendra Modi to deepen cooperation."),
			[]string{"meeting held : Joe Biden + Narendra Modi"}},
		{"the meeting was a continuation of discussions between", readout(title,
			"The meeting was a logical continuation of the recent discussions held in Tokyo between Secretary of State Antony Blinken and External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held : Antony Blinken + Subrahmanyam Jaishankar"}},
		// guard
		{"a meeting of its own whose follow word is far after it", readout(title,
			"Secretary of State Antony Blinken met with External Affairs Minister Subrahmanyam Jaishankar to discuss the work that followed their last dialogue."),
			[]string{"meeting held 2022-06-10: Antony Blinken + Subrahmanyam Jaishankar"}},
	}
	checkProbes(t, cases, nil)
}
