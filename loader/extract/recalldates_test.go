package extract

import "testing"

// TestRecalledEncounterTakesNoDateBeforeItsOpener probes
// notBeforeRecallOpener: an encounter recalled after "since" ("since the
// President's call with Xi Jinping") is not dated by a date that stands
// before the opener, which dates the clause the phrase hangs on (the
// telling's "two days ago"); with no date of its own it takes none. A date
// of its own after the opener stays.
func TestRecalledEncounterTakesNoDateBeforeItsOpener(t *testing.T) {
	wh := func(title, text string) Article {
		return Article{Date: "2022-03-25", Source: "whitehouse.gov", Title: title, Text: text}
	}
	gaggle := "Press Gaggle by Principal Deputy Press Secretary Karine Jean-Pierre and National Security Advisor Jake Sullivan"
	briefing := "Press Briefing by Press Secretary Karine Jean-Pierre"
	cases := []meetingProbe{
		// whitehouse-49732: "two days ago" is when Sullivan told it; the call was
		// on 18 March, the meeting in Rome on the 14th ("the President’s" named
		// here, as the article's earlier paragraphs resolve it)
		{"a call recalled after since, behind what was told two days ago", wh(gaggle,
			"MR. SULLIVAN: On the question of what we’re seeing: It remains true today what I told you two days ago, which is that since President Biden’s call with Xi Jinping, since my meeting with Yang Jiechi in Rome, we have not seen the Chinese move forward with the provision of military equipment to Russia."),
			[]string{"call held : Jake Sullivan + Yang Jiechi", "call held : Joe Biden + Xi Jinping"}},
		// guards
		{"a recalled encounter dated after its opener", wh(briefing,
			"MS. JEAN-PIERRE: Since President Biden and President Xi met virtually in November, the two sides have kept their lines open."),
			[]string{"call held 2021-11: Joe Biden + Xi Jinping"}},
		{"an encounter dated before a since that follows it", wh("Secretary Blinken’s Call with Chinese Foreign Minister Wang Yi",
			"Secretary of State Antony J. Blinken spoke with Chinese Foreign Minister Wang Yi on March 20 about the progress since the Rome talks."),
			[]string{"call held 2022-03-20: Antony Blinken + Wang Yi"}},
	}
	checkProbes(t, cases, nil)
}
