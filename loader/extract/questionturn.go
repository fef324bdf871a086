package extract

// questionTurnsOff switches dropQuestions off, for TestQuestionTurns to show
// that its cases need the rule.
var questionTurnsOff = false

// reporterPremiseOff switches reporterPremise off, for TestReporterPremise to
// show that its cases need it.
var reporterPremiseOff = false

// dropQuestions removes the meeting candidates read from sentences of a
// reporter's turn (relationBuilder.asked), before the headline's meeting is
// matched against them: "Q Did the President discuss X when he met Prime
// Minister Y?" asks, it does not report (GUIDELINES.md). An encounter the
// answer confirms is read from the answer's own sentence; a dated held
// encounter the reporter states as the question's premise is kept
// (reporterPremise).
func (b *relationBuilder) dropQuestions() {
	if questionTurnsOff || len(b.asked) == 0 {
		return
	}
	kept := b.cands[:0]
	for _, c := range b.cands {
		if c.sent < 0 || !b.asked[c.sent] || !reporterPremiseOff && reporterPremise(b.body, b.body.sents[c.sent], c) {
			kept = append(kept, c)
		}
	}
	b.cands = kept
}
