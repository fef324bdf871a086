package extract

import "testing"

// TestPlanTakesItsParagraphsDay probes dateByParagraph (texts cut from open
// articles): a plan with no date of its own takes the day a sentence before
// it in its paragraph gives the plans it tells, the sentence just before or
// one further back. Guards: a call held today dates no plan told after it,
// a day told in another paragraph dates nothing, and a day before the
// article's (a past one) dates nothing.
func TestPlanTakesItsParagraphsDay(t *testing.T) {
	white := publishedBy("whitehouse.gov")
	release := publishedBy("state.gov")
	rome := "Statement by NSC Spokesperson Emily Horne on Senior Administration Travel to Rome"
	cases := []meetingProbe{
		// whitehouse-56432
		{"the day of the sentence just before", white("2022-06-28", "Statement by White House Press Secretary Karine Jean-Pierre on the Bilateral Meeting between President Joe Biden and President Andrés Manuel López Obrador of Mexico",
			"On July 12, President Joe Biden will host Andrés Manuel López Obrador, President of Mexico, for a bilateral meeting at the White House. "+
				"The First Lady of the United States Jill Biden will also host Ms. Beatriz Gutierrez Müller, First Lady of Mexico."),
			[]string{"meeting planned 2022-07-12: Andrés Manuel López Obrador + Joe Biden", "meeting planned 2022-07-12: Beatriz Gutierrez Müller + Jill Biden"}},
		// whitehouse-49036
		{"the day of a sentence further back", white("2022-03-13", rome,
			"On Monday, National Security Advisor Jake Sullivan and officials from the National Security Council and State Department will be in Rome. "+
				"Sullivan will meet with Chinese Communist Party Politburo Member and Director of the Office of the Foreign Affairs Commission Yang Jiechi. "+
				"The two sides will discuss ongoing efforts to manage the competition between our two countries. "+
				"Sullivan will also meet with Luigi Mattiolo, Diplomatic Advisor to the Italian Prime Minister."),
			[]string{"meeting planned 2022-03-14: Jake Sullivan + Luigi Mattiolo", "meeting planned 2022-03-14: Jake Sullivan + Yang Jiechi"}},
		// guards
		// usdos-331626
		{"a call held today dates no plan after it (guard)", release("2022-04-05", "Secretary Blinken’s Call with Indian External Affairs Minister Jaishankar",
			"Secretary of State Antony J. Blinken spoke with Indian External Affairs Minister Dr. Subrahmanyam Jaishankar today to review regional and global priorities. "+
				"They agreed to remain closely coordinated on developments and looked forward to meeting again soon."),
			[]string{"call held 2022-04-05: Antony Blinken + Subrahmanyam Jaishankar", "meeting planned : Antony Blinken + Subrahmanyam Jaishankar"}},
		{"a day told in another paragraph (guard)", white("2022-03-13", rome,
			"On Monday, National Security Advisor Jake Sullivan and officials from the National Security Council will be in Rome.\n\n"+
				"Sullivan will meet with Chinese Communist Party Politburo Member and Director of the Office of the Foreign Affairs Commission Yang Jiechi."),
			[]string{"meeting planned : Jake Sullivan + Yang Jiechi"}},
		{"a day before the article's (guard)", white("2022-03-20", rome,
			"On March 14, National Security Advisor Jake Sullivan and officials from the National Security Council will be in Rome. "+
				"Sullivan will meet with Chinese Communist Party Politburo Member and Director of the Office of the Foreign Affairs Commission Yang Jiechi."),
			[]string{"meeting planned : Jake Sullivan + Yang Jiechi"}},
	}
	checkProbes(t, cases, nil)
}
