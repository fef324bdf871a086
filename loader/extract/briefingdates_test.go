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

// TestBriefingRetoldUndated probes retoldInBriefing: a briefing's undated
// held encounter that the sentence retells as one of several, one long
// before, its people's first, by the summit it was at or as the time of
// something else takes no date, not the briefing's month, which would be a
// second encounter that never was (Geneva's summit dated July 2021). The
// sentences are cut from open articles; an encounter told plainly keeps the
// month.
func TestBriefingRetoldUndated(t *testing.T) {
	const (
		bp = "Joe Biden + Vladimir Putin"
		bs = "Abdel Fattah el-Sisi + Joe Biden"
	)
	readout, _ := probeArticles("2021-07-14")
	briefing := "Department Press Briefing – July 14, 2021"
	cases := []meetingProbe{
		{"a first phone call (usdos-259253)", readout(briefing,
			"MR PRICE: In his first phone call with Egyptian President Sisi, President Biden raised the issue of human rights."),
			[]string{"call held : " + bs}},
		{"at the summit (usdos-257769)", readout(briefing,
			"MR PRICE: As you know, this was one of the issues that President Biden raised directly with President Putin at the summit, again, putting it in terms of the human costs."),
			[]string{"summit held : " + bp}},
		{"at the Geneva summit between them (whitehouse-23569)", readout(briefing,
			"MR PRICE: This agreement, which will directly impact the lives of millions of Syrians, was the result of hard work among the members of the Council and intensive diplomacy following a detailed discussion at the Geneva summit between President Biden and President Putin."),
			[]string{"summit held : " + bp}},
		{"in the aftermath of their meeting (usdos-260638)", readout(briefing,
			"MR PRICE: Well, it was the National Security Advisor who, in the immediate aftermath of President Biden’s meeting with President Putin, said that there is no substitute for face-to-face diplomacy."),
			[]string{"meeting held : " + bp}},
		{"a couple of phone calls (whitehouse-19883)", readout(briefing,
			"MR. SULLIVAN: So, President Biden and Prime Minister Johnson have had the opportunity to have a couple of phone calls."),
			[]string{"call held : Boris Johnson + Joe Biden"}},
		// a count of times with "of" is a series, no record (seriesOnly,
		// since encounter44's countedTimes reads "a number of occasions")
		{"a number of occasions (usdos-250853)", readout(briefing,
			"MR PRICE: And I will just say that Secretary Blinken has had a number of occasions to meet with German Foreign Minister Heiko Maas, to speak with Foreign Minister Maas."),
			nil},
		{"in the past (usdos-345108)", readout(briefing,
			"MR PRICE: These are different from the types of strategic conversations that Secretary Blinken has had in the past with Russian Foreign Minister Sergey Lavrov."),
			[]string{"meeting held : Antony Blinken + Sergey Lavrov"}},
		// guards: told plainly, the briefing's month
		{"met in a city, told plainly", readout(briefing,
			"MR PRICE: Secretary Blinken met with Egyptian President Sisi in Cairo; human rights were on the agenda in that discussion as well."),
			[]string{"meeting held 2021-07: Abdel Fattah el-Sisi + Antony Blinken"}},
		{"a summit that is no earlier one's setting", readout(briefing,
			"MR PRICE: President Biden spoke with Egyptian President Sisi about the summit."),
			[]string{"call held 2021-07: " + bs}},
	}
	checkProbes(t, cases, nil)
}

// TestBriefingDatedTwin probes datedTwin: a briefing's undated held
// encounter of the same people and mode as one the article dates before its
// day is that one, not a second in the briefing's month
// (usdos-310797's Geneva meeting, told undated and then "last month now";
// whitehouse-53863's "just two days ago"); one of another mode stays apart.
func TestBriefingDatedTwin(t *testing.T) {
	const bl = "Antony Blinken + Sergey Lavrov"
	readout, _ := probeArticles("2022-02-01")
	briefing := "Department Press Briefing – February 1, 2022"
	dated := "\n\nQUESTION: What was the main achievement?\n\nMR PRICE: Well, this was a moment that was agreed to by the two individuals in Geneva, coming out of the Secretary’s meeting with Foreign Minister Lavrov in Geneva last month now."
	cases := []meetingProbe{
		{"the same meeting told undated before its date (usdos-310797)", readout(briefing,
			"MR PRICE: And Secretary Blinken had an opportunity to meet with Russian Foreign Minister Sergey Lavrov in Geneva."+dated),
			[]string{"meeting held 2022-01: " + bl}},
		// guard: a call is not the dated meeting
		{"an undated call beside the dated meeting", readout(briefing,
			"MR PRICE: Secretary Blinken spoke with Russian Foreign Minister Sergey Lavrov by phone."+dated),
			[]string{"call held 2022-02: " + bl, "meeting held 2022-01: " + bl}},
	}
	checkProbes(t, cases, nil)
}

// TestBriefingSameDay: a briefing's encounter whose sentence tells it as of
// the day (briefingSameDay) keeps the article's day, not the month: the
// second clause's call of "Today … both spoke with … and held a joint call
// with …" (whitehouse-47605) and "just spoke with" (whitehouse-47204).
// "Just" before no verb of the encounter is no time (whitehouse-53770).
func TestBriefingSameDay(t *testing.T) {
	readout, _ := probeArticles("2022-02-21")
	cases := []meetingProbe{
		{"today told for both clauses (whitehouse-47605)", readout("Background Press Call by Senior Administration Officials on Russia and Ukraine",
			"SENIOR ADMINISTRATION OFFICIAL: Today after President Putin’s speech, President Biden both spoke with President Zelenskyy and held a joint call with President Macron and Chancellor Scholz."),
			[]string{"call held 2022-02-21: Emmanuel Macron + Joe Biden + Olaf Scholz", "call held 2022-02-21: Joe Biden + Volodymyr Zelenskyy"}},
		{"just spoke (whitehouse-47204)", readout("Press Briefing by Press Secretary Jen Psaki and National Security Advisor Jake Sullivan, February 21, 2022",
			"MR. SULLIVAN: Well, as you know, President Biden just spoke with a number of his European counterparts, as well as Prime Minister Trudeau."),
			[]string{"call held 2022-02-21: Joe Biden + Justin Trudeau"}},
		// guards
		{"just to say (guard, whitehouse-53770)", readout("Press Gaggle by Press Secretary Karine Jean-Pierre",
			"MS. JEAN-PIERRE: We don’t want to get into the specifics, but just to say that Secretary Blinken spoke with Foreign Minister Dmytro Kuleba about grain exports."),
			[]string{"call held 2022-02: Antony Blinken + Dmytro Kuleba"}},
		{"no word of the day (guard)", readout("Press Briefing by Press Secretary Jen Psaki, February 21, 2022",
			"MS. PSAKI: As you know, President Biden spoke with Prime Minister Trudeau."),
			[]string{"call held 2022-02: Joe Biden + Justin Trudeau"}},
	}
	checkProbes(t, cases, nil)
}
