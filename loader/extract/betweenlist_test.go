package extract

import "testing"

// TestBetweenListEndsAtItsClause probes betweenListEnd: the people of "the
// call between A and B" are those of that list, not another official the
// sentence names in a later clause; a list that runs through titles,
// countries and "his counterpart" keeps them all.
func TestBetweenListEndsAtItsClause(t *testing.T) {
	readout, _ := probeArticles("2022-07-29")
	availability := "Secretary Blinken, Secretary Raimondo, Foreign Minister Hayashi, and Minister Hagiuda at a Press Availability"
	cases := []meetingProbe{
		// usdos-364177: Wang Yi is of Blinken's time in Bali, not of the call
		// (the call, named only as a noun, is retold: undated, retoldNounUndated)
		{"a later clause's official is not in the call between two", readout(availability,
			"SECRETARY BLINKEN: With regard to the call between President Biden and President Xi, first, as you know, this builds on a number of recent engagements, including the time I spent with Foreign Minister Wang Yi in Bali where we spent about five hours together."),
			[]string{"call held : Joe Biden + Xi Jinping", "meeting held 2022-07-29: Antony Blinken + Gina Raimondo + Koichi Hagiuda + Yoshimasa Hayashi"}},
		// whitehouse-49087: a list opened after a filler; cut at "you", it named
		// no one, and all the sentence's officials, Yang with them, were taken
		{"a list opened after a filler", readout(availability,
			"SENIOR ADMINISTRATION OFFICIAL: And, you know, that’s where the two sides — the National Security Advisor and Director Yang — discussed ensuring that there are follow-up conversations in the near future, building on recent discussions between, you know, our Special Representative Sung Kim and his Chinese Special Representative Liu Xiaoming in order to further discuss specific ways that the United States and China may be able to press the DPRK on a different path."),
			[]string{"meeting held 2022-07-29: Antony Blinken + Gina Raimondo + Koichi Hagiuda + Yoshimasa Hayashi", "meeting held 2022: Liu Xiaoming + Sung Kim"}},
		// guard
		{"a list through a country and its counterpart", readout("Department Press Briefing – July 29, 2022",
			"MR. PRICE: The meeting between Secretary of State Antony Blinken of the United States and his counterpart, Foreign Minister Yoshimasa Hayashi of Japan, was productive."),
			[]string{"meeting held 2022-07: Antony Blinken + Yoshimasa Hayashi"}},
	}
	checkProbes(t, cases, nil)
}
