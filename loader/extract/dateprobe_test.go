package extract

import (
	"strings"
	"testing"
)

// TestMeetingDateForms probes how a meeting's date is decided, one form of
// date at a time, on short texts written for the probe (readout style and
// news style). Each wants the date GUIDELINES.md asks for: relative words
// resolved against the article's date; YYYY-MM-DD, YYYY-MM or YYYY by what
// the text lets one work out.
func TestMeetingDateForms(t *testing.T) {
	const (
		bj = "Antony Blinken + Subrahmanyam Jaishankar"
		bk = "Antony Blinken + Dmytro Kuleba"
	)
	// 2022-06-08 is a Wednesday.
	readout := func(pub, text string) Article {
		title := "Secretary Blinken’s Meeting with Indian External Affairs Minister Jaishankar"
		if strings.Contains(text, "Kuleba") {
			title = "Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba"
			if !strings.Contains(text, "spoke") {
				title = "Secretary Blinken’s Meeting with Ukrainian Foreign Minister Kuleba"
			}
		}
		return Article{Date: pub, Source: "state.gov", Title: title, Text: text}
	}
	news := func(pub, title, text string) Article {
		return Article{Date: pub, Source: "newswire", Title: title, Text: text}
	}
	cases := []meetingProbe{
		// Days named relative to the article's date.
		{"today", readout("2022-06-08", "Secretary of State Antony J. Blinken met today with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting held 2022-06-08: " + bj}},
		{"on a weekday", readout("2022-06-08", "Secretary of State Antony J. Blinken met on Monday with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"a bare weekday", news("2022-06-08", "Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar Monday in Washington, officials said."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"last with a weekday of the week before", news("2022-06-13", "Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar last Thursday in Washington."),
			[]string{"meeting held 2022-06-09: " + bj}},
		{"this with a weekday of a planned meeting", news("2022-06-08", "Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken will meet Indian External Affairs Minister Subrahmanyam Jaishankar this Friday in Washington."),
			[]string{"meeting planned 2022-06-10: " + bj}},
		{"yesterday", readout("2022-06-08", "Secretary of State Antony J. Blinken spoke yesterday with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06-07: " + bk}},
		{"this morning", readout("2022-06-08", "Secretary of State Antony J. Blinken spoke this morning with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06-08: " + bk}},
		{"this afternoon", readout("2022-06-08", "This afternoon, Secretary of State Antony J. Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06-08: " + bk}},
		{"this evening", readout("2022-06-08", "Secretary of State Antony J. Blinken spoke this evening with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06-08: " + bk}},
		{"tonight", readout("2022-06-08", "Secretary of State Antony J. Blinken spoke tonight with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06-08: " + bk}},
		{"earlier today", readout("2022-06-08", "Secretary of State Antony J. Blinken spoke earlier today with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06-08: " + bk}},
		{"earlier this week inside one month", readout("2022-06-08", "Secretary of State Antony J. Blinken spoke earlier this week with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06: " + bk}},
		{"earlier this week across a month's end", readout("2022-06-01", "Secretary of State Antony J. Blinken spoke earlier this week with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022: " + bk}},
		{"earlier this month", readout("2022-06-08", "Secretary of State Antony J. Blinken spoke earlier this month with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06: " + bk}},
		{"last week", readout("2022-06-16", "Secretary of State Antony J. Blinken spoke last week with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06: " + bk}},
		{"last month", readout("2022-06-08", "Secretary of State Antony J. Blinken spoke last month with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-05: " + bk}},
		{"this week", readout("2022-06-08", "Secretary of State Antony J. Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba this week."),
			[]string{"call held 2022-06: " + bk}},
		{"over the weekend", readout("2022-06-06", "Over the weekend, Secretary of State Antony J. Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06: " + bk}},

		// Calendar dates.
		{"on a month and day", readout("2022-06-08", "Secretary of State Antony J. Blinken met on June 3 with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting held 2022-06-03: " + bj}},
		{"a bare month and day", readout("2022-06-08", "Secretary of State Antony J. Blinken met June 3 with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting held 2022-06-03: " + bj}},
		{"day before month", readout("2022-06-08", "Secretary of State Antony J. Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on 3 June."),
			[]string{"meeting held 2022-06-03: " + bj}},
		{"month, day and year", readout("2022-06-08", "On June 3, 2022, Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting held 2022-06-03: " + bj}},
		{"an ordinal day of the article's month", readout("2022-06-08", "Secretary of State Antony J. Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on the 3rd."),
			[]string{"meeting held 2022-06-03: " + bj}},
		{"in a month", readout("2022-06-20", "In June, Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting held 2022-06: " + bj}},
		{"early in a month", readout("2022-06-20", "In early June, Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting held 2022-06: " + bj}},
		{"the middle of a month, hyphenated", readout("2022-06-20", "In mid-May, Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting held 2022-05: " + bj}},
		{"late in a month", readout("2022-06-20", "Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington in late May."),
			[]string{"meeting held 2022-05: " + bj}},
		{"a range of days with a dash", readout("2022-06-08", "Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar during his visit to Washington June 3–5."),
			[]string{"meeting held 2022-06: " + bj}},
		{"a range of days from one to another", readout("2022-06-08", "During his visit to Washington from June 3 to 5, Indian External Affairs Minister Subrahmanyam Jaishankar met with Secretary of State Antony J. Blinken."),
			[]string{"meeting held 2022-06: " + bj}},
		{"a range across two months", readout("2022-06-08", "During his visit to Washington from May 30 to June 2, Indian External Affairs Minister Subrahmanyam Jaishankar met with Secretary of State Antony J. Blinken."),
			[]string{"meeting held 2022: " + bj}},

		{"an ordinal day of a named month", readout("2022-03-08", "Secretary of State Antony J. Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on the 16th of February."),
			[]string{"meeting held 2022-02-16: " + bj}},
		{"an ordinal day after the article's day is of the month before", readout("2022-06-08", "Secretary of State Antony J. Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on the 28th."),
			[]string{"meeting held 2022-05-28: " + bj}},
		{"an ordinal day of a planned meeting", news("2022-05-25", "Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken will meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on the 16th."),
			[]string{"meeting planned 2022-06-16: " + bj}},
		{"the day after a dated one", readout("2022-06-08",
			"On June 3, Secretary of State Antony J. Blinken arrived in New Delhi. The next day, he met with Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-04: " + bj}},
		{"the same day as a dated one", readout("2022-06-08",
			"On June 3, Secretary of State Antony J. Blinken arrived in New Delhi. The same day, he met with Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-03: " + bj}},
		{"the day before a dated one", readout("2022-06-08",
			"On June 3, Secretary of State Antony J. Blinken spoke at the university in New Delhi. The day before, he met with Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-02: " + bj}},
		{"a weekday with its date", readout("2022-06-08", "On Friday, June 3, Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting held 2022-06-03: " + bj}},
		{"an abbreviated month", readout("2022-09-30", "Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar in New York on Sept. 21."),
			[]string{"meeting held 2022-09-21: " + bj}},
		{"a month and ordinal day", readout("2022-06-08", "Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on June 3rd."),
			[]string{"meeting held 2022-06-03: " + bj}},
		{"a month and year", readout("2022-06-08", "Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington in March 2021."),
			[]string{"meeting held 2021-03: " + bj}},
		{"a year", readout("2022-06-08", "Secretary of State Antony J. Blinken first met with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington in 2021."),
			[]string{"meeting held 2021: " + bj}},
		{"a month of a planned meeting", news("2022-06-08", "Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken will meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington in May."),
			[]string{"meeting planned 2023-05: " + bj}},
		{"next week of a planned meeting", news("2022-06-08", "Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken will meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington next week."),
			[]string{"meeting planned 2022-06: " + bj}},
		{"tomorrow of a planned meeting", news("2022-06-08", "Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken will meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington tomorrow."),
			[]string{"meeting planned 2022-06-09: " + bj}},
		{"later this month of a planned meeting", news("2022-06-08", "Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken will meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington later this month."),
			[]string{"meeting planned 2022-06: " + bj}},
		{"days ago", news("2022-06-08", "Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar in Washington two days ago."),
			[]string{"meeting held 2022-06-06: " + bj}},

		// Dates given elsewhere in the text.
		{"the margins of a summit dated elsewhere", news("2022-11-17", "Blinken meets Jaishankar in Bali",
			"The G20 Leaders’ Summit took place in Bali on November 15-16. U.S. Secretary of State Antony Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar on the margins of the G20 Summit."),
			[]string{"meeting held 2022-11: " + bj}},
		{"a dateline with a city", news("2022-06-05", "Blinken meets Jaishankar",
			"WASHINGTON, June 3 — U.S. Secretary of State Antony Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar today."),
			[]string{"meeting held 2022-06-03: " + bj}},
		{"a dateline's weekday", news("2022-06-06", "Blinken meets Jaishankar",
			"WASHINGTON, June 3 — U.S. Secretary of State Antony Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar on Thursday."),
			[]string{"meeting held 2022-06-02: " + bj}},
		{"a date in an earlier paragraph", readout("2022-06-08",
			"Secretary of State Antony J. Blinken traveled to New Delhi on June 3.\n\nIn New Delhi, the Secretary met with Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-03: " + bj}},
		{"a trip's dates in an earlier paragraph", readout("2022-06-08",
			"Secretary of State Antony J. Blinken traveled to New Delhi, India, June 1-3.\n\nIn New Delhi, the Secretary met with Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06: " + bj}},
		{"a summit's dates in the same sentence", news("2022-07-02", "Blinken meets Kuleba in Madrid",
			"On the margins of the NATO Summit in Madrid on June 29-30, U.S. Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"meeting held 2022-06: " + bk}},
		{"a dateline of a full date", news("2022-06-05", "Blinken meets Jaishankar",
			"June 3, 2022\n\nU.S. Secretary of State Antony Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar today in Washington."),
			[]string{"meeting held 2022-06-03: " + bj}},
		{"a date given only in the headline", Article{Date: "2022-06-06", Source: "state.gov",
			Title: "Secretary Blinken’s Meeting with Indian External Affairs Minister Jaishankar, June 3, 2022",
			Text:  "Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington. They discussed trade."},
			[]string{"meeting held 2022-06-03: " + bj}},
		{"a readout's meeting told by titles, on a day weeks before the article", readout("2022-06-08",
			"On May 27, the Secretary met with the External Affairs Minister in Washington to discuss trade."),
			[]string{"meeting held 2022-05-27: " + bj}},
		{"a readout's meeting told by titles, last month", readout("2022-06-08",
			"The Secretary met with the External Affairs Minister in Washington last month to discuss trade."),
			[]string{"meeting held 2022-05: " + bj}},
		{"a readout's call told by titles after an older meeting keeps the article's day", readout("2022-06-08",
			"The Secretary spoke with the Foreign Minister, following their meeting in Rome in October 2021, about Russia’s war against Ukraine. Secretary Blinken thanked Foreign Minister Kuleba."),
			[]string{"call held 2022-06-08: " + bk, "meeting held 2021-10: " + bk}},
		{"a date in the sentence before, same paragraph", readout("2022-06-08",
			"On June 3, Secretary of State Antony J. Blinken traveled to New Delhi. He met with Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-03: " + bj}},
		{"an earlier meeting in the body keeps its own date", readout("2022-06-08",
			"Secretary of State Antony J. Blinken met today with Ukrainian Foreign Minister Dmytro Kuleba in Washington.\n\nSecretary Blinken and Foreign Minister Kuleba last met in Kyiv on April 24."),
			[]string{"meeting held 2022-04-24: " + bk, "meeting held 2022-06-08: " + bk}},

		// Boundaries of months and years.
		{"a weekday across a month's end", readout("2022-07-01", "Secretary of State Antony J. Blinken spoke on Wednesday with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06-29: " + bk}},
		{"a weekday across a year's end", readout("2023-01-02", "Secretary of State Antony J. Blinken spoke on Thursday with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-12-29: " + bk}},
		{"a month of the year before", readout("2023-01-02", "In December, Secretary of State Antony J. Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-12: " + bk}},
		{"a month and day of the year before", readout("2023-01-02", "Secretary of State Antony J. Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba on December 30."),
			[]string{"call held 2022-12-30: " + bk}},
		{"yesterday across a year's end", readout("2023-01-01", "Secretary of State Antony J. Blinken spoke yesterday with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-12-31: " + bk}},

		// Held meetings the text does not date.
		{"a readout without a date word takes the article's day", readout("2022-06-08",
			"Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting held 2022-06-08: " + bj}},
		{"an earlier meeting built on is undated", readout("2022-06-08",
			"Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. Building on President Biden’s meeting with Prime Minister Kishida in Tokyo, the two governments will expand cooperation."),
			[]string{"call held 2022-06-08: " + bk, "meeting held : Fumio Kishida + Joe Biden"}},
		{"an earlier meeting recalled by a participle is undated", readout("2022-06-08",
			"Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. Recalling the meeting between President Biden and Prime Minister Modi at the White House, the Secretary discussed trade."),
			[]string{"call held 2022-06-08: " + bk, "meeting held : Joe Biden + Narendra Modi"}},
		{"an earlier meeting that a clause opened by since tells is undated", readout("2022-06-08",
			"Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. Since President Biden and President Xi Jinping met in Bali, the two sides have kept lines of communication open."),
			[]string{"call held 2022-06-08: " + bk, "meeting held : Joe Biden + Xi Jinping"}},
		{"following a meeting is of the article's day", Article{Date: "2022-06-08", Source: "whitehouse.gov", Title: "Joint Statement",
			Text: "Following their meeting at the White House, President Joseph R. Biden, Jr. and Prime Minister Fumio Kishida of Japan issued the following statement."},
			[]string{"meeting held 2022-06-08: Fumio Kishida + Joe Biden"}},
		{"an earlier meeting recalled without a date is undated", readout("2022-06-08",
			"Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. The Secretary recalled his meeting with Foreign Minister Kuleba in Kyiv."),
			[]string{"call held 2022-06-08: " + bk, "meeting held : " + bk}},
	}
	// open says why a probe's wrong answer is left for now; once it is
	// right, the probe fails until its note is dropped.
	open := map[string]string{
		"a range of days with a dash":                           "the range's first day, which the scorer takes as its month",
		"a range of days from one to another":                   "the range's first day, which the scorer takes as its month",
		"a range across two months":                             "a range across two months is dated by its first day",
		"the day after a dated one":                             "a day counted from another sentence's date is not read",
		"the same day as a dated one":                           "a day counted from another sentence's date is not read",
		"the day before a dated one":                            "a day counted from another sentence's date is not read",
		"a date in an earlier paragraph":                        "a trip's day dates the encounters of its own paragraph only",
		"a dateline with a city":                                "datelines are not read; the corpus has hardly any",
		"a dateline of a full date":                             "datelines are not read; the corpus has five",
		"a date given only in the headline":                     "a headline's date is not read; in the corpus it is nearly always the article's",
		"an earlier meeting recalled without a date is undated": "a meeting only recalled is not found",
	}
	checkProbes(t, cases, open)
}
