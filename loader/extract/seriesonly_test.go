package extract

import (
	"slices"
	"testing"
)

// TestSeriesOnly probes a held encounter told only as a count of times with
// no date (seriesOnly): no record. The sentences are cut from open articles
// (turns10: whitehouse-47540, whitehouse-47204, whitehouse-53262); each case
// gives an undated held record with the rule switched off; each guard gives
// the same answer either way.
func TestSeriesOnly(t *testing.T) {
	remarks := func(pub, title, text string) Article {
		return Article{Date: pub, Source: "whitehouse.gov", Title: title, Text: text}
	}
	cases := []ruleProbe{
		{meetingProbe{"a speaker's dozen calls (whitehouse-47540)", remarks("2022-02-18", "Remarks by President Biden Providing an Update on Russia and Ukraine",
			"THE PRESIDENT: I've spoken with President Volodymyr Zelenskyy a dozen times — maybe more, I don't know."),
			nil}, false},
		{meetingProbe{"a briefer's multiple times (whitehouse-47204)", remarks("2022-02-11", "Press Briefing by Press Secretary Jen Psaki and National Security Advisor Jake Sullivan, February 11, 2022",
			"MR. SULLIVAN: President Biden has spoken multiple times with President Volodymyr Zelenskyy."),
			nil}, false},
		{meetingProbe{"whom I met with several times as Vice President (whitehouse-53262)", remarks("2022-05-13", "Statement by President Biden on Sheikh Mohammed bin Zayed Al Nahyan election as President of the United Arab Emirates",
			"Sheikh Mohammed bin Zayed Al Nahyan, whom I met with several times as Vice President when he was the Crown Prince of Abu Dhabi, has long been at the forefront of building this partnership."),
			nil}, false},
		// Guards: a series with a date word keeps its dated record
		// (whitehouse-48648); an ordinal tells the day's one encounter.
		{meetingProbe{"a series over the last week, dated (guard)", remarks("2022-03-08", "Remarks by President Biden Announcing U.S. Ban on Imports of Russian Oil",
			"THE PRESIDENT: Over the last week, I've spoken with President Volodymyr Zelenskyy several times to hear from him about the situation on the ground."),
			[]string{"call held 2022-03: Joe Biden + Volodymyr Zelenskyy"}}, true},
		{meetingProbe{"for the third time, one encounter (guard)", remarks("2022-03-08", "Readout of President Biden's Call with President Volodymyr Zelenskyy of Ukraine",
			"President Biden spoke today with President Volodymyr Zelenskyy of Ukraine for the third time this week."),
			[]string{"call held 2022-03-08: Joe Biden + Volodymyr Zelenskyy"}}, true},
	}
	checkRuleProbes(t, cases, &seriesOnlyOff)
}

// TestSeriesOfTheHeadlinesTwoGivesTheDaysMeetingItsIssue: a series of the
// two whose meeting the headline tells is not dropped by seriesOnly, but
// folds into the day's meeting, whose issue it tells (whitehouse-22207;
// without the headline's check the meeting loses "issue:afghanistan").
func TestSeriesOfTheHeadlinesTwoGivesTheDaysMeetingItsIssue(t *testing.T) {
	res, err := Extract(Article{Date: "2021-06-25", Source: "whitehouse.gov",
		Title: "Remarks by President Biden and President Mohammad Ashraf Ghani of the Islamic Republic of Afghanistan Before Bilateral Meeting",
		Text:  "PRESIDENT GHANI: We met many, many times in Afghanistan for long hours."})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Meetings) != 1 || !slices.Contains(res.Meetings[0].Issues, "issue:afghanistan") {
		t.Errorf("meetings %+v: want the day's meeting with issue:afghanistan", res.Meetings)
	}
}
