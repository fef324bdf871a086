package extract

import (
	"slices"
	"testing"
)

// TestQuestionTurns probes encounters told only in a reporter's turn
// (dropQuestions): "QUESTION:" in the State Department's transcripts, "Q"
// in the White House's, up to the next speaker label. A question asks, it
// does not report: no meeting, unless the answer tells the encounter in its
// own sentence (or the reporter states a dated one as the question's
// premise: TestReporterPremise; these cases' premises carry no date word). Every case but the guards gives a meeting with the rule
// switched off; the texts are written for the probe, never copied from the
// corpus.
func TestQuestionTurns(t *testing.T) {
	const pub = "2022-06-10" // a Friday
	readout, _ := probeArticles(pub)
	briefing := "Department Press Briefing – June 10, 2022"
	whiteHouse := func(text string) Article {
		return Article{Date: pub, Source: "whitehouse.gov", Title: "Press Briefing by Press Secretary Karine Jean-Pierre, June 10, 2022", Text: text}
	}
	cases := []struct {
		meetingProbe
		guard bool // the rule switched off gives the same answer
	}{
		{meetingProbe{"a State Department reporter tells a meeting and asks about it", readout(briefing,
			"MR PRICE: Good afternoon. QUESTION: Secretary Blinken met Foreign Minister Dmytro Kuleba. Did they discuss grain? MR PRICE: I would refer you to the readout."),
			nil}, false},
		{meetingProbe{"a White House reporter's Q asks about a call", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead. Q Thank you. President Biden spoke with President Volodymyr Zelenskyy. Did they talk about grain? MS. JEAN-PIERRE: I don't have anything more to read out."),
			nil}, false},
		{meetingProbe{"a White House reporter's Q: with a colon", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead. Q: President Biden met President Emmanuel Macron. What did they discuss? MS. JEAN-PIERRE: I would point you to the readout."),
			nil}, false},
		// Guards: the answer's own sentence, a speaker after the question, a transcript without questions.
		{meetingProbe{"the answer tells the encounter the question asks about (guard)", readout(briefing,
			"MR PRICE: Good afternoon. QUESTION: Did the Secretary speak with Foreign Minister Kuleba? MR PRICE: He did. Secretary Blinken spoke with Foreign Minister Dmytro Kuleba on Tuesday."),
			[]string{"call held 2022-06-07: " + pairBK}}, true},
		{meetingProbe{"the briefer's turn after a White House Q (guard)", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead. Q Thanks, Karine. MS. JEAN-PIERRE: President Biden spoke with President Volodymyr Zelenskyy on Tuesday."),
			[]string{"call held 2022-06-07: Joe Biden + Volodymyr Zelenskyy"}}, true},
		{meetingProbe{"a briefer's opening, before any question (guard)", readout(briefing,
			"MR PRICE: Good afternoon. Secretary Blinken met Foreign Minister Dmytro Kuleba on Monday. QUESTION: Thank you."),
			[]string{"meeting held 2022-06-06: " + pairBK}}, true},
	}
	probes := make([]meetingProbe, len(cases))
	for i, c := range cases {
		probes[i] = c.meetingProbe
	}
	checkProbes(t, probes, nil)

	// Switched off, every case but the guards gives another answer: the
	// cases need the rule.
	questionTurnsOff = true
	defer func() { questionTurnsOff = false }()
	for _, c := range cases {
		if got := meetingsOf(t, c.a); slices.Equal(got, c.want) != c.guard {
			t.Errorf("rule off, %s: got %q; a case must need the rule, a guard must not", c.name, got)
		}
	}
}
