package extract

import "testing"

// TestRetoldNounUndated probes encounters that a sentence names only as a
// noun of their people, with no verb of an encounter and no word of the
// day (retoldNounUndated): an earlier encounter retold, undated, not the
// article's day. The sentences are cut from open articles; each case gives
// another answer with the rule switched off, each guard the same answer
// either way.
func TestRetoldNounUndated(t *testing.T) {
	state := publishedBy("state.gov")
	white := publishedBy("whitehouse.gov")
	cases := []ruleProbe{
		{meetingProbe{"a call retold after \"following\" two days on (usdos-314156)",
			state("2022-02-14", "Operations at U.S. Embassy Kyiv",
				"We also continue our sincere efforts to reach a diplomatic solution, and we remain engaged with the Russian government following President Biden’s call with President Putin and my discussion with Foreign Minister Lavrov."),
			[]string{"call held : Joe Biden + Vladimir Putin"}}, false},
		{meetingProbe{"a call named with \"between\" the day after it (usdos-364177)",
			state("2022-07-29", "Secretary Blinken, Secretary Raimondo, Foreign Minister Hayashi, and Minister Hagiuda at a Press Availability",
				"With regard to the call between President Biden and President Xi, first, as you know, this followed previous discussions."),
			[]string{"call held : Joe Biden + Xi Jinping", "meeting held 2022-07-29: Antony Blinken + Gina Raimondo + Koichi Hagiuda + Yoshimasa Hayashi"}}, false},
		// Guards: a verb tells the encounter; a word of the day; the
		// headline's encounter told again in the body (whitehouse-47224); a
		// paragraph's day (usdos-254445), which the rule leaves alone.
		{meetingProbe{"a readout of the meeting a week after it, dated by its paragraph (guard, usdos-254445)",
			state("2021-06-23", "Briefing with Senior State Department Officials",
				"Secretary Blinken met today with German Foreign Minister Heiko Maas in Berlin. And the Secretary gave the foreign minister a fuller readout of the President Biden meeting with President Putin, just a chance to go into more details there."),
			[]string{"meeting held 2021-06-23: Antony Blinken + Heiko Maas", "meeting held 2021-06-23: Joe Biden + Vladimir Putin"}}, true},
		{meetingProbe{"a verb of the encounter beside the noun (guard)",
			state("2022-02-14", "Readout",
				"President Biden spoke with President Putin following the call with President Zelenskyy."),
			[]string{"call held 2022-02-14: Joe Biden + Vladimir Putin + Volodymyr Zelenskyy"}}, true},
		{meetingProbe{"a word of the day (guard)",
			state("2022-02-14", "Operations at U.S. Embassy Kyiv",
				"We remain engaged with the Russian government following President Biden’s call with President Putin this morning."),
			[]string{"call held 2022-02-14: Joe Biden + Vladimir Putin"}}, true},
		{meetingProbe{"the headline's encounter told again (guard, whitehouse-47224)",
			white("2022-02-12", "Background Press Call by a Senior Administration Official on the President’s Call with Russian President Vladimir Putin",
				"And President Biden continued to take that approach in the call with President Putin."),
			[]string{"call held 2022-02-12: Joe Biden + Vladimir Putin"}}, true},
	}
	checkRuleProbes(t, cases, &retoldNounOff)
}

// TestRetoldNoun checks the noun forms retoldNoun reads, and some it must
// not.
func TestRetoldNoun(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"following President Biden’s call with President Putin", true},
		{"a fuller readout of the President Biden meeting with President Putin", true},
		{"With regard to the call between President Biden and President Xi", true},
		{"as well as the meeting between President Macron and President Biden", true},
		{"after the Secretary's phone call with the Foreign Minister", true},
		{"President Biden met with President Putin", false},
		{"the three summits that we had", false},
		{"a meeting with President Putin", false}, // no owner: the article's may be its day
		{"they will call with an update", false},
	} {
		if got := retoldNoun.MatchString(c.s); got != c.want {
			t.Errorf("retoldNoun(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
