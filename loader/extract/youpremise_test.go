package extract

import "testing"

// TestYouPremise probes a reporter's turn that states, in the second
// person, a dated held encounter of the official who answers
// (answererPremise): "you" is the next label's official. The sentences are
// cut from open articles (turns10's sample, voice-sample-10.jsonl); each case
// gives no meeting, or an undated one, with the rule switched off; each
// guard gives the same answer either way.
func TestYouPremise(t *testing.T) {
	state := publishedBy("state.gov")
	whiteHouse := publishedBy("whitehouse.gov")
	const availability = "Secretary Antony J. Blinken at a Press Availability"
	cases := []ruleProbe{
		{meetingProbe{"a reporter tells the Secretary his meeting of yesterday (usdos-329717)", state("2022-03-30", availability,
			"MR PRICE: Peter Martin of Bloomberg.\n\nQUESTION: Hi, thank you. Yesterday you met with Crown Prince Mohammed bin Zayed. Did you ask him to increase oil production to help bring down gas prices?\n\nSECRETARY BLINKEN: Thanks. Well, first, let me just say we had what I thought was an excellent and lengthy discussion."),
			[]string{"meeting held 2022-03-29: Antony Blinken + Mohammed bin Zayed Al Nahyan"}}, false},
		{meetingProbe{"meetings today with two leaders are one with each (usdos-246602)", state("2021-05-26", availability,
			"MR PRICE: We'll turn to Nike Ching.\n\nQUESTION: Good evening, Mr. Secretary. You had very long meetings today with both President Sisi and King Abdullah. What did you ask of them?\n\nSECRETARY BLINKEN: Thank you very much."),
			[]string{"meeting held 2021-05-26: Abdel Fattah el-Sisi + Antony Blinken", "meeting held 2021-05-26: Abdullah II + Antony Blinken"}}, false},
		{meetingProbe{"the reporter's own I before your meeting of yesterday (whitehouse-47566)", whiteHouse("2022-02-20", "Remarks by Vice President Harris in Press Gaggle",
			"AIDE: Let's go to Molly from ABC.\n\nQ And then I wanted to follow up on your meeting with President Zelenskyy yesterday.\n\nTHE VICE PRESIDENT: Okay."),
			[]string{"meeting held 2022-02-19: Kamala Harris + Volodymyr Zelenskyy"}}, false},
		// Guards: a possessive meeting dated by a week, which may be ahead
		// (whitehouse-20639, three days before Geneva); a spokesperson who
		// answers for the Secretary (usdos-364673: withoutReporters drops
		// him, as from any encounter); another reporter's label
		// next (whitehouse-47820); "you" the object of the reporter's ask, not
		// the subject of the meeting (usdos-312152); a question.
		{meetingProbe{"your meeting this week, which may be ahead (guard)", whiteHouse("2021-06-13", "Remarks by President Biden in Press Conference",
			"THE PRESIDENT: Last question. Peter Alexander, NBC News.\n\nQ Mr. President, thank you very much. About Vladimir Putin and your meeting this week: As you're well aware, the U.S. has been slapping sanctions on Russia for years.\n\nTHE PRESIDENT: Well, first of all, there's no guarantee."),
			nil}, true},
		{meetingProbe{"a spokesperson answers, whose you is the Secretary's office (guard)", state("2022-08-01", "Department Press Briefing – August 1, 2022",
			"MR PRICE: Go ahead.\n\nQUESTION: Yesterday you talked to Prime Minister Fumio Kishida about Nancy Pelosi's visit.\n\nMR PRICE: I don't have anything to add on that."),
			nil}, true},
		{meetingProbe{"another reporter's turn next (guard)", whiteHouse("2022-02-24", "Remarks by President Biden on Russia's Unprovoked and Unjustified Attack on Ukraine",
			"THE PRESIDENT: Thank you.\n\nQ Sir, you spoke to Volodymyr Zelenskyy yesterday, sir, if I could follow up —\n\nQ What about Putin?"),
			nil}, true},
		{meetingProbe{"you, the one asked about another's meeting (guard)", state("2022-02-07", availability,
			"MR PRICE: Go ahead.\n\nQUESTION: President Emmanuel Macron is back from Moscow. Let me also ask you about Macron's meeting with Putin today.\n\nSECRETARY BLINKEN: I saw President Macron made comments just before he left."),
			nil}, true},
		{meetingProbe{"a question (guard)", state("2022-08-01", availability,
			"MR PRICE: Go ahead.\n\nQUESTION: Did you talk to Prime Minister Fumio Kishida yesterday?\n\nSECRETARY BLINKEN: I did not."),
			nil}, true},
	}
	checkRuleProbes(t, cases, &youPremiseOff)
}
