package extract

import "testing"

// TestSpeculatedEncounterIsNoMeeting: an encounter in the clause a hedge
// governs ("I wouldn't be surprised if … they speak again") is a guess,
// no meeting (whitehouse-53646, held and with the briefer in it); the
// guards: a surprise at what was held keeps it, and so does a plain "if"
// of a question's premise, and a text that opens with the hedge's head
// (which read the token before the text's first, and panicked).
func TestSpeculatedEncounterIsNoMeeting(t *testing.T) {
	briefing := transcriptTurn("2022-07-13", "whitehouse.gov", "Press Briefing by Press Secretary Karine Jean-Pierre", "MS. JEAN-PIERRE")
	checkProbes(t, []meetingProbe{
		{"wouldn't be surprised if they speak again (whitehouse-53646)",
			briefing("Although, I — I wouldn’t be surprised if, in the coming weeks, President Biden and President Xi speak again."),
			nil},
		{"would not be surprised to see them meet",
			briefing("I would not be surprised to see President Biden and President Xi meet in person this year."),
			nil},
		// guards
		{"surprised that they spoke (guard)",
			briefing("Many were surprised that President Biden and President Xi spoke for two hours yesterday."),
			[]string{"call held 2022-07-12: Joe Biden + Xi Jinping"}},
		{"a plain if of the past (guard)",
			briefing("Ask them if President Biden and President Xi spoke yesterday; they did, for two hours."),
			[]string{"call held 2022-07-12: Joe Biden + Xi Jinping"}},
		{"a hedge's head that opens the text, with no word before it (guard)",
			Article{Date: "2022-07-13", Source: "whitehouse.gov", Title: "Readout", Text: "Surprised that President Biden and President Xi spoke yesterday, the reporters asked again."},
			[]string{"call held 2022-07-12: Joe Biden + Xi Jinping"}},
	}, nil)
}
