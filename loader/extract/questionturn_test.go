package extract

import "testing"

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
	briefing, whiteHouse := briefingProbes(pub)
	cases := []ruleProbe{
		{meetingProbe{"a State Department reporter tells a meeting and asks about it", briefing(
			"MR PRICE: Good afternoon. QUESTION: Secretary Blinken met Foreign Minister Dmytro Kuleba. Did they discuss grain? MR PRICE: I would refer you to the readout."),
			nil}, false},
		{meetingProbe{"a White House reporter's Q asks about a call", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead. Q Thank you. President Biden spoke with President Volodymyr Zelenskyy. Did they talk about grain? MS. JEAN-PIERRE: I don't have anything more to read out."),
			nil}, false},
		{meetingProbe{"a White House reporter's Q: with a colon", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead. Q: President Biden met President Emmanuel Macron. What did they discuss? MS. JEAN-PIERRE: I would point you to the readout."),
			nil}, false},
		// Guards: the answer's own sentence, a speaker after the question, a transcript without questions.
		{meetingProbe{"the answer tells the encounter the question asks about (guard)", briefing(
			"MR PRICE: Good afternoon. QUESTION: Did the Secretary speak with Foreign Minister Kuleba? MR PRICE: He did. Secretary Blinken spoke with Foreign Minister Dmytro Kuleba on Tuesday."),
			[]string{"call held 2022-06-07: " + pairBK}}, true},
		{meetingProbe{"the briefer's turn after a White House Q (guard)", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead. Q Thanks, Karine. MS. JEAN-PIERRE: President Biden spoke with President Volodymyr Zelenskyy on Tuesday."),
			[]string{"call held 2022-06-07: Joe Biden + Volodymyr Zelenskyy"}}, true},
		{meetingProbe{"a briefer's opening, before any question (guard)", briefing(
			"MR PRICE: Good afternoon. Secretary Blinken met Foreign Minister Dmytro Kuleba on Monday. QUESTION: Thank you."),
			[]string{"meeting held 2022-06-06: " + pairBK}}, true},
	}
	checkRuleProbes(t, cases, &questionTurnsOff)
}
