package extract

import "testing"

// TestOwnersConversation probes a conversation owned by a named person's
// possessive (texts written for the probe): the owner and those after its
// "with" met, on the clause's own date; an office's, a pronoun's or a
// country's possessive, or a conversation with no "with", tells none.
func TestOwnersConversation(t *testing.T) {
	readout, _ := probeArticles("2022-04-25")
	title := "Readout of National Security Advisor Jake Sullivan’s Meeting with National Security Advisor Eyal Hulata of Israel"
	const lead = "National Security Advisor Jake Sullivan met today with National Security Advisor Eyal Hulata of Israel. "
	const sh = "meeting held 2022-04-25: Eyal Hulata + Jake Sullivan"
	cases := []meetingProbe{
		{"a named person's conversation with another", readout(title,
			lead+"It followed President Biden’s fruitful conversation with Israeli Prime Minister Naftali Bennett on April 24."),
			[]string{"meeting held 2022-04-24: Joe Biden + Naftali Bennett", sh}},
		// guards
		{"an office's conversation", readout(title,
			lead+"It followed the President’s fruitful conversation with Israeli Prime Minister Naftali Bennett on April 24."),
			[]string{sh}},
		{"a country's conversation", readout(title,
			lead+"It followed Israel’s conversation with Egyptian President Abdel Fattah el-Sisi on April 24."),
			[]string{sh}},
		{"no with", readout(title,
			lead+"President Biden’s conversation about Israeli Prime Minister Naftali Bennett on April 24 was long."),
			[]string{sh}},
	}
	checkProbes(t, cases, nil)
}
