package extract

import "testing"

// TestCountedTimes: "times" or "occasions" after a count, or after "of" and
// a count ("a number of times"), counts a series; an ordinal or no count
// does not. The texts are written for the test, never copied from the
// corpus.
func TestCountedTimes(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"They have spoken a number of times.", "times", true},
		{"She has had a number of occasions to meet him.", "occasions", true},
		{"They met a couple of times.", "times", true},
		{"They have spoken several times.", "times", true},
		{"They have spoken dozens of times.", "times", true},
		{"They met for the third time.", "time", false},
		{"These are difficult times.", "times", false},
		{"In times of crisis they meet.", "times", false},
	}
	for _, c := range cases {
		d := newDoc(c.text, false)
		if got := countedTimes(d, tokenAt(d, c.word), 0); got != c.want {
			t.Errorf("%q: countedTimes = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestSeriesCountedOf probes a series counted with "of" ("a number of
// times", "a number of occasions to meet"): no record. Each case gives an
// undated held record with the "of" switched off; the guards (a dated
// series, one call) give the same answer either way. The sentences are
// written for the test after open ones (encounter44: whitehouse-47543,
// usdos-250853).
func TestSeriesCountedOf(t *testing.T) {
	wh, dos := publishedBy("whitehouse.gov"), publishedBy("state.gov")
	cases := []ruleProbe{
		{meetingProbe{"has spoken a number of times", wh("2022-02-18", "Background Press Briefing on the Vice President’s Events",
			"SENIOR ADMINISTRATION OFFICIAL: President Biden has spoken a number of times with President Volodymyr Zelenskyy."),
			nil}, false},
		{meetingProbe{"a number of occasions to meet", dos("2021-06-09", "Department Press Briefing – June 9, 2021",
			"MR PRICE: Secretary Blinken has had a number of occasions to meet with German Foreign Minister Heiko Maas."),
			nil}, false},
		{meetingProbe{"a number of times this week, dated (guard)", wh("2022-03-08", "Remarks by President Biden on Ukraine",
			"THE PRESIDENT: This week, I've spoken with President Volodymyr Zelenskyy a number of times."),
			[]string{"call held 2022-03: Joe Biden + Volodymyr Zelenskyy"}}, true},
		{meetingProbe{"one call (guard)", wh("2022-03-08", "Readout of President Biden's Call with President Volodymyr Zelenskyy of Ukraine",
			"President Biden spoke today with President Volodymyr Zelenskyy of Ukraine."),
			[]string{"call held 2022-03-08: Joe Biden + Volodymyr Zelenskyy"}}, true},
	}
	checkRuleProbes(t, cases, &seriesCountedOff)
}
