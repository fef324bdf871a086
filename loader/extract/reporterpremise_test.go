package extract

import "testing"

// TestReporterPremise probes a reporter's turn that states a dated held
// encounter as the premise of its question (reporterPremise): the premise is
// a record, though the turn asks. The forms are those held10d's corpus
// sample found (evaluate/testdata/held-sample-10d.jsonl); the texts are
// written for the probe. Each case gives no meeting with the rule switched
// off; each guard gives the same answer either way.
func TestReporterPremise(t *testing.T) {
	const pub = "2022-06-10" // a Friday
	briefing, whiteHouse := briefingProbes(pub)
	cases := []ruleProbe{
		{meetingProbe{"a White House reporter states a call on a weekday", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead. Q And then, just on a separate issue: President Biden spoke with President Abdel Fattah el-Sisi on Monday. Can you tell us more about the dialogue on human rights? MS. JEAN-PIERRE: It is ongoing."),
			[]string{"call held 2022-06-06: Abdel Fattah el-Sisi + Joe Biden"}}, false},
		{meetingProbe{"a reporter states a meeting of two other leaders this week", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead. Q And President Jair Bolsonaro of Brazil met with President Vladimir Putin this week in Moscow. How does the White House see that? MS. JEAN-PIERRE: We have been clear."),
			[]string{"meeting held 2022-06: Jair Bolsonaro + Vladimir Putin"}}, false},
		{meetingProbe{"a State Department reporter states today's meeting", briefing(
			"MR PRICE: Good afternoon. QUESTION: So today, Secretary Antony Blinken met with Foreign Minister Dmytro Kuleba. Will they discuss grain? MR PRICE: We will have a readout."),
			[]string{"meeting held 2022-06-10: " + pairBK}}, false},
		// Guards, each a meeting without dropQuestions: no date word, a
		// question mark, someone's saying, the first person, an encounter
		// wished for.
		{meetingProbe{"a premise with no date word (guard)", briefing(
			"MR PRICE: Good afternoon. QUESTION: Secretary Antony Blinken met with Foreign Minister Dmytro Kuleba. Did they discuss grain?"),
			nil}, true},
		{meetingProbe{"a question mark, not a premise (guard)", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead. Q President Biden spoke with President Volodymyr Zelenskyy on Tuesday? MS. JEAN-PIERRE: He did not."),
			nil}, true},
		{meetingProbe{"someone's saying (guard)", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead. Q President Recep Tayyip Erdoğan said that President Biden asked him for a meeting on Tuesday. Is that so?"),
			nil}, true},
		{meetingProbe{"the first person, read as the last speaker's (guard)", briefing(
			"MR PRICE: Good afternoon. QUESTION: And I see Secretary Antony Blinken met with Foreign Minister Dmytro Kuleba on Monday. What was discussed?"),
			nil}, true},
		{meetingProbe{"an encounter wished for (guard)", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead. Q President Volodymyr Zelenskyy implored President Biden today to meet with him first. Your answer?"),
			nil}, true},
	}
	checkRuleProbes(t, cases, &reporterPremiseOff)
}
