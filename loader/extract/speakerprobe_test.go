package extract

import "testing"

// TestMeetingSpeakers probes who a transcript's speaker brings to the
// encounters they tell of, on short remarks written for the probe (a
// State Department transcript of two officials before their meeting),
// never copied from the corpus. The speaker is in what they tell in the
// first person; the other official of the headline is in it only where
// "you" is a party to it, not where "you" is a formula of address ("thank
// you", "as you know", "if you allow me").
func TestMeetingSpeakers(t *testing.T) {
	const head = "Secretary Antony J. Blinken and Ukrainian Foreign Minister Dmytro Kuleba Before Their Meeting"
	remarks := func(text string) Article {
		return Article{Date: probePub, Source: "state.gov", Title: head, Text: text}
	}
	const today = "meeting held 2022-06-08: " + pairBK
	cases := []meetingProbe{
		{"thank you, then the speaker's own meeting with a third", remarks(
			"FOREIGN MINISTER KULEBA: Thank you, Mr. Secretary, and I had a fine meeting with President Biden yesterday."),
			[]string{"meeting held 2022-06-07: Dmytro Kuleba + Joe Biden", today}},
		{"thank you for words, then the speaker's own meeting with a third", remarks(
			"FOREIGN MINISTER KULEBA: Thank you for the kind words, and I had a fine meeting with President Biden yesterday."),
			[]string{"meeting held 2022-06-07: Dmytro Kuleba + Joe Biden", today}},
		{"if you allow me, in the speaker's own meeting with a third", remarks(
			"FOREIGN MINISTER KULEBA: I had a fine meeting with President Biden yesterday, if you allow me to say so."),
			[]string{"meeting held 2022-06-07: Dmytro Kuleba + Joe Biden", today}},
		{"as you know, opening the speaker's own meeting with a third", remarks(
			"FOREIGN MINISTER KULEBA: As you know, I met President Biden in Kyiv last month."),
			[]string{"meeting held 2022-05: Dmytro Kuleba + Joe Biden", today}},
		{"as you saw, in the speaker's own meetings", remarks(
			"FOREIGN MINISTER KULEBA: As you saw, I met President Biden yesterday."),
			[]string{"meeting held 2022-06-07: Dmytro Kuleba + Joe Biden", today}},
		{"we just came from seeing a third", Article{Date: probePub, Source: "state.gov",
			Title: "Secretary Antony J. Blinken Remarks to Traveling Press",
			Text:  "SECRETARY BLINKEN: Good morning. We just came from seeing Prime Minister Fumio Kishida in Tokyo."},
			[]string{"meeting held 2022-06-08: Antony Blinken + Fumio Kishida"}},
		{"seeing progress is no encounter (guard)", Article{Date: probePub, Source: "state.gov",
			Title: "Secretary Antony J. Blinken Remarks to Traveling Press",
			Text:  "SECRETARY BLINKEN: Good morning. We just came from seeing Tokyo’s progress with Prime Minister Fumio Kishida’s plan."},
			nil},
		{"we had an opportunity to meet, before", remarks(
			"SECRETARY BLINKEN: Dmytro, thank you. We had an opportunity to meet actually before the war, when I was in Ukraine a few weeks ago."),
			[]string{today, "meeting held 2022: " + pairBK}},
		{"we had a chance to meet, last month", remarks(
			"SECRETARY BLINKEN: We had a chance to meet in Kyiv last month."),
			[]string{"meeting held 2022-05: " + pairBK, today}},
		{"we had the opportunity to meet with others (guard)", remarks(
			"SECRETARY BLINKEN: We had the opportunity to meet with civil society leaders in Kyiv last month."),
			[]string{today}},
		{"we will have an opportunity to meet (guard)", remarks(
			"SECRETARY BLINKEN: We will have an opportunity to meet again in Kyiv next month."),
			[]string{"meeting planned 2022-07: " + pairBK, today}},
		{"you and I met (guard)", remarks(
			"SECRETARY BLINKEN: Dmytro, you and I met in Kyiv last month."),
			[]string{"meeting held 2022-05: " + pairBK, today}},
		{"as you know, we met (guard)", remarks(
			"FOREIGN MINISTER KULEBA: As you know, we met in Kyiv last month."),
			[]string{"meeting held 2022-05: " + pairBK, today}},
		{"you joined us (guard)", remarks(
			"FOREIGN MINISTER KULEBA: Thank you, Mr. Secretary. I met President Biden yesterday, and you joined us."),
			[]string{"meeting held 2022-06-07: " + pairBK + " + Joe Biden", today}},
		{"thank you for meeting with me", remarks(
			"FOREIGN MINISTER KULEBA: Thank you for meeting with me in Kyiv last month."),
			[]string{"meeting held 2022-05: " + pairBK, today}},
		{"the President in a foreign minister's words", remarks(
			"FOREIGN MINISTER KULEBA: We were all moved by yesterday’s meeting with the President in the Oval Office."),
			[]string{"meeting held 2022-06-07: Dmytro Kuleba + Joe Biden", today}},
		{"his meeting, told by the other", remarks(
			"SECRETARY BLINKEN: The foreign minister’s visit follows his meeting with President Biden yesterday."),
			[]string{"meeting held 2022-06-07: Dmytro Kuleba + Joe Biden", today}},
	}
	// open says why a probe's wrong answer is left for now (checkProbes).
	open := map[string]string{
		"we will have an opportunity to meet (guard)":                      "a plan of 'we' in a transcript is not read as the headline's two (weMet and hadChanceTo read the past only)",
		"thank you for words, then the speaker's own meeting with a third": "withoutThankers drops whoever thanks 'for' something before the meeting word, even across 'and' and a clause of its own",
		"thank you for meeting with me":                                    "an earlier encounter thanked for ('thank you for meeting with me', 'for receiving me') is read as the one of the headline: 'thank you' names no time of its own",
		"the President in a foreign minister's words":                      "'the President' by title alone is read for a US release's own voice (namedHolder), not in the words of a foreign speaker of its transcript",
		"his meeting, told by the other":                                   "'his' after 'the foreign minister's …' names no one: possessives resolve to a named owner only",
	}
	checkProbes(t, cases, open)
}
