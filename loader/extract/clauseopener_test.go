package extract

import "testing"

// TestClauseOpenerIsNoTitleWord: a word that opens a clause or a salutation,
// capitalised at a sentence's start, is no word of the title after it
// (open articles: "Since President" was Joe Biden's role in 9 of them,
// "Under President" in 4, Xi's among them, "Like President" in 2); the
// guards keep an Under Secretary's title whole.
func TestClauseOpenerIsNoTitleWord(t *testing.T) {
	checkRoleStep(t, []roleStepCase{
		{"since (whitehouse-21853)", "Since President Biden took office, more than two million jobs have been created.", "President", "President"},
		{"under (usdos-347667)", "Under President Xi, the ruling Chinese Communist Party has become more repressive at home.", "President", "President"},
		{"like (whitehouse-26787)", "Like President Biden, Vice President Harris believes that health care is a right.", "President", "President"},
		{"a salutation (usdos-321205)", "Dear President Sandu, thank you for your hospitality.", "President", "President"},
		{"since before another title (whitehouse-47858)", "Since Justice Stephen Breyer announced his retirement, President Biden has conducted a rigorous process.", "Justice", "Justice"},
		{"a question's auxiliary (whitehouse-50151)", "Does President Zelenskyy share in that skepticism?", "President", "President"},
		{"a question's auxiliary before a possessive (usdos-360691)", "QUESTION: Do President Zelenskyy’s allegations of treason cause concern?", "President", "President"},
		{"a question's auxiliary before a senator (whitehouse-56883)", "Is: Does Senator Mitch McConnell really want to hold hostage a bipartisan package?", "Senator", "Senator"},
		{"will opens a question (guard of the list)", "Will Secretary Blinken travel to Beijing?", "Secretary", "Secretary"},
		// guards
		{"an Under Secretary (guard, usdos-256504)", "Under Secretary for Political Affairs Victoria Nuland will travel to Moscow.", "Secretary", "Under Secretary"},
		{"an Under Secretary-General (guard)", "Under Secretary-General Martin Griffiths spoke.", "Secretary-General", "Under Secretary-General"},
	}, func(d *doc, h int) (int, int) {
		r0, _ := d.titleWordsBefore(h, 0)
		return r0, h + 1
	})
}
