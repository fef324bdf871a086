package extract

import "testing"

// TestCalledOnReporter probes calledOnReporter: a name a briefing's
// moderator or operator calls on to ask a question is a reporter's, though
// an official of the same name is on the lists (the corpus's forms: "Let's
// go to Laura Kelly", "Let's please go to …", "Let's go to the line of …,
// please", "we'll conclude with the line of …", "OPERATOR: …, your line is
// open", in 7 open articles for a reporter the lists hold as the Governor of
// Kansas). Each case failed without the rule. The guards keep the official
// where a title vouches for the name, where the name is no call's, and the
// other officials of a reporter's question.
func TestCalledOnReporter(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"after 'Let's go to'", "Department Press Briefing",
			"MR PRICE: We have nothing to announce on that. Let’s go to Laura Kelly.\n\nQUESTION: Thanks, Ned.", "", "Laura Kelly"},
		{"after 'please go to'", "Department Press Briefing",
			"MR PRICE: That is all I have. Let’s please go to Laura Kelly.\n\nQUESTION: Hi, thanks.", "", "Laura Kelly"},
		{"after 'the line of'", "Department Press Briefing",
			"MR PRICE: We’ll conclude with the line of Laura Kelly.\n\nQUESTION: Hi, thank you.", "", "Laura Kelly"},
		{"before ', your line is open'", "Department Press Briefing",
			"MR PRICE: We have time for one more.\n\nOPERATOR: Laura Kelly, your line is open.\n\nQUESTION: Hi.", "", "Laura Kelly"},
		// guards
		{"a title vouches (guard)", "Readout",
			"Secretary Blinken spoke with Governor Laura Kelly of Kansas on Monday.", "Laura Kelly", ""},
		{"a name no moderator calls on (guard)", "Readout",
			"Secretary Blinken met Laura Kelly in Topeka on Monday.", "Laura Kelly", ""},
		{"the officials of the called reporter's question (guard)", "Department Press Briefing",
			"MR PRICE: Let’s go to Laura Kelly.\n\nQUESTION: Did Secretary Blinken raise this with Foreign Minister Lavrov?", "Sergey Lavrov", ""},
	})
}
