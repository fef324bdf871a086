package extract

import "testing"

// TestMyConversationWith probes "my conversation with" a named official,
// said by a transcript's speaker (myConversationWith): the speaker's own
// encounter with those named between "with" and the next clause break
// (myConversationPeople). "Our", "your" or "the" conversation, or one
// "about" someone, stays no meeting word. The texts are written for the
// probe, never copied from the corpus.
func TestMyConversationWith(t *testing.T) {
	const pub = "2022-06-10" // a Friday
	readout, _ := probeArticles(pub)
	avail := "Secretary Antony J. Blinken at a Press Availability"
	cases := []meetingProbe{
		{"my conversation with, dated", readout(avail,
			"SECRETARY BLINKEN: Good afternoon. I raised this in my conversation with Ukrainian Foreign Minister Dmytro Kuleba on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"my recent conversations with", readout(avail,
			"SECRETARY BLINKEN: Good afternoon. I can’t go into detail on my recent conversations with Foreign Minister Dmytro Kuleba."),
			[]string{"meeting held 2022: " + pairBK}}, // no day in the sentence, a transcript: "recent" gives the year (recentlyHeld)
		{"my conversation with one, another named after the clause break", readout(avail,
			"SECRETARY BLINKEN: Good afternoon. With regard to my conversation with Foreign Minister Dmytro Kuleba on Monday, it is up to President Vladimir Putin to decide."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		// Guards: not the speaker's own, or no encounter.
		{"our conversations with (guard)", readout(avail,
			"SECRETARY BLINKEN: Good afternoon. We raised this in our conversations with Foreign Minister Dmytro Kuleba and others."),
			nil},
		{"a reporter's your conversation with (guard)", readout(avail,
			"SECRETARY BLINKEN: Good afternoon. QUESTION: Can you tell us about your conversation with Foreign Minister Dmytro Kuleba?"),
			nil},
		{"my conversation about (guard)", readout(avail,
			"SECRETARY BLINKEN: Good afternoon. I had my conversation about Foreign Minister Dmytro Kuleba’s proposal with the team."),
			nil},
		{"the conversation with (guard)", readout(avail,
			"SECRETARY BLINKEN: Good afternoon. The conversation with Foreign Minister Dmytro Kuleba is for another day."),
			nil},
	}
	checkProbes(t, cases, nil)
}

// TestConversationBetween probes "the conversation between" or "of
// conversation between" two named officials (conversationBetween): their
// encounter, held or planned as the sentence tells it. "A conversation
// between" (wished for, set conditions for) and one between states stay no
// meeting word. The texts are written for the probe, never copied from the
// corpus.
func TestConversationBetween(t *testing.T) {
	const pub = "2022-06-10" // a Friday
	readout, _ := probeArticles(pub)
	briefing := "Department Press Briefing – June 10, 2022"
	cases := []meetingProbe{
		{"a topic of conversation between, later today", readout(briefing,
			"MR PRICE: I expect that grain will be a topic of conversation between Secretary Blinken and Foreign Minister Dmytro Kuleba later today."),
			[]string{"meeting planned 2022-06-10: " + pairBK}},
		{"the readout of the conversation between", readout(briefing,
			"MR PRICE: The readout of the conversation between Secretary Blinken and Foreign Minister Dmytro Kuleba on Monday made a reference to grain."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		// Guards: wished for, conditions set, between states.
		{"seeking a conversation between (guard)", readout(briefing,
			"MR PRICE: We are seeking a conversation between Secretary Blinken and Foreign Minister Dmytro Kuleba."),
			nil},
		{"preconditions for a conversation between (guard)", readout(briefing,
			"MR PRICE: I will not set preconditions for a conversation between Secretary Blinken and Foreign Minister Dmytro Kuleba."),
			nil},
		{"the conversation between states (guard)", readout(briefing,
			"MR PRICE: Secretary Blinken said the conversation between the United States and Ukraine goes on, as Foreign Minister Dmytro Kuleba noted on Monday."),
			nil},
	}
	checkProbes(t, cases, nil)
}
