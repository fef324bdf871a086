package extract

import "testing"

// TestBriefingUndated probes briefingUndated: in a press briefing, gaggle or
// press call, a held encounter with no date word of its own takes the
// article's month, not its day (the gold's convention for an encounter with
// no date word), since a briefing tells encounters of the days before; the
// same sentence in a readout, one the
// title names as the briefing's subject, one the sentence points at as the
// day's, and one with a date of its own keep theirs.
func TestBriefingUndated(t *testing.T) {
	const (
		bk = "Antony Blinken + Dmytro Kuleba"
		bp = "Joe Biden + Vladimir Putin"
	)
	const pub = "2022-06-10" // a Friday
	readout, _ := probeArticles(pub)
	briefing := "Department Press Briefing – June 10, 2022"
	cases := []meetingProbe{
		{"an undated call told in a briefing", readout(briefing,
			"MR PRICE: Secretary Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba about grain exports."),
			[]string{"call held 2022-06: " + bk}},
		{"an undated meeting told in a gaggle", readout("Press Gaggle by Press Secretary Karine Jean-Pierre En Route Madrid, Spain",
			"MS. JEAN-PIERRE: President Biden met with President Putin in Geneva and raised ransomware."),
			[]string{"meeting held 2022-06: " + bp}},
		// guards
		{"the same call told in a readout", readout("Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba",
			"Secretary Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba about grain exports."),
			[]string{"call held 2022-06-10: " + bk}},
		{"a briefing on the call the title names", readout("Background Press Call by Senior Administration Officials on President Biden’s Call with President Putin of Russia",
			"SENIOR ADMINISTRATION OFFICIAL: President Biden spoke with President Putin about the ransomware attacks."),
			[]string{"call held 2022-06-10: " + bp}},
		{"this call in a briefing", readout(briefing,
			"MR PRICE: During this call, Secretary Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba about grain exports."),
			[]string{"call held 2022-06-10: " + bk}},
		{"an encounter going on as the briefing is given", readout(briefing,
			"MR PRICE: Austrian Chancellor Karl Nehammer is meeting with Russian President Vladimir Putin in Moscow."),
			[]string{"meeting held 2022-06-10: Karl Nehammer + Vladimir Putin"}},
		{"the sentence before says today", readout(briefing,
			"MR PRICE: I think you actually saw that today. After Secretary Blinken had an opportunity to speak with Foreign Minister Sergey Lavrov of Russia, he then immediately picked up the phone."),
			[]string{"call held 2022-06-10: Antony Blinken + Sergey Lavrov"}},
		{"a weekday in a briefing", readout(briefing,
			"MR PRICE: Secretary Blinken spoke on Monday with Ukrainian Foreign Minister Dmytro Kuleba about grain exports."),
			[]string{"call held 2022-06-06: " + bk}},
	}
	open := map[string]string{
		"the sentence before says today": "a 'today' in the sentence before, tried as a guard, changed no corpus encounter to the right day and kept the article's day on a summit told in passing the day of a call (whitehouse-23569)",
	}
	checkProbes(t, cases, open)
}

// TestBriefingTitleSubject: a briefing's title without who briefs, so that
// the briefer named in it is not the briefing's subject.
func TestBriefingTitleSubject(t *testing.T) {
	cases := []struct{ title, want string }{
		{"Press Gaggle by Press Secretary Karine Jean-Pierre and National Security Advisor Jake Sullivan En Route Tel Aviv, Israel",
			"Press Gaggle  En Route Tel Aviv, Israel"},
		{"Press Briefing by Press Secretary Jen Psaki and National Security Advisor Jake Sullivan, June 7, 2021",
			"Press Briefing , June 7, 2021"},
		{"Background Press Call by Senior Administration Officials on President Biden’s Call With President Putin of Russia",
			"Background Press Call  on President Biden’s Call With President Putin of Russia"},
		{"Department Press Briefing – July 7, 2021", "Department Press Briefing – July 7, 2021"},
		{"Press Briefing by Director of Communications Kate Bedingfield", "Press Briefing"},
	}
	for _, c := range cases {
		if got := titleSubject(c.title); got != c.want {
			t.Errorf("titleSubject(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
