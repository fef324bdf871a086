package extract

import "testing"

// TestCallsSomeoneSomething: "called" with a name for its object and a noun
// or a quotation after it names someone as something, no call with them
// (usdos-363017's "he called President Zelenskyy and his government in Kyiv
// a quote/unquote “unacceptable regime”"); the guards are calls whose object
// a day, a purpose or a time ends.
func TestCallsSomeoneSomething(t *testing.T) {
	_, news := probeArticles("2022-07-26")
	state, _ := briefingProbes("2022-07-26")
	cases := []ruleProbe{
		{meetingProbe{"a briefer's 'he called' a quotation (usdos-363017)",
			state("MR PRICE: Refer to what Sergey Lavrov said yesterday – and you alluded to this – he called President Zelenskyy and his government in Kyiv a quote/unquote “unacceptable regime,” making clear that this was not what Russia purported it to be just the previous week."),
			nil}, false},
		{meetingProbe{"called a name a noun in quotes",
			news("Lavrov and Zelenskyy", "Foreign Minister Lavrov called President Zelenskyy a “clown” yesterday."),
			nil}, false},
		{meetingProbe{"the object's own government, then an",
			news("Lavrov and Zelenskyy", "Russian Foreign Minister Sergey Lavrov called Ukrainian President Volodymyr Zelenskyy and his government in Kyiv an “unacceptable regime” on Sunday."),
			nil}, false},
		// guards
		{meetingProbe{"a day after the attack (guard)",
			news("Lavrov and Zelenskyy", "Foreign Minister Lavrov called President Zelenskyy a day after the attack."),
			[]string{"call held 2022-07-26: Sergey Lavrov + Volodymyr Zelenskyy"}}, true},
		{meetingProbe{"the day after the attack (guard)",
			news("Lavrov and Zelenskyy", "Foreign Minister Lavrov called President Zelenskyy the day after the attack."),
			[]string{"call held 2022-07-26: Sergey Lavrov + Volodymyr Zelenskyy"}}, true},
		{meetingProbe{"an hour later (guard)",
			news("Lavrov and Zelenskyy", "Foreign Minister Lavrov called President Zelenskyy an hour later."),
			[]string{"call held 2022-07-26: Sergey Lavrov + Volodymyr Zelenskyy"}}, true},
		{meetingProbe{"to discuss (guard)",
			news("Lavrov and Zelenskyy", "Foreign Minister Lavrov called President Zelenskyy to discuss the grain deal."),
			[]string{"call held 2022-07-26: Sergey Lavrov + Volodymyr Zelenskyy"}}, true},
		{meetingProbe{"two named, on a weekday (guard)",
			news("Lavrov and Zelenskyy", "Foreign Minister Lavrov called President Zelenskyy and Prime Minister Shmyhal on Monday."),
			[]string{"call held 2022-07-25: Denys Shmyhal + Sergey Lavrov + Volodymyr Zelenskyy"}}, true},
	}
	checkRuleProbes(t, cases, &callsSomeoneSomethingOff)
}
