package extract

import "testing"

// TestPreviousEncountersKeepTheirDates: a date after "most recently" that
// follows a second meeting word modified by "previous", "prior" or
// "earlier" dates those earlier encounters, not the one the sentence tells
// (usdos-364177's call of Biden and Xi, dated March by "this followed
// previous discussions, including most recently in March"); the guards: a
// series told with its last time ("have met several times, most recently
// in March") and a date right after the sentence's own meeting word keep
// their dates.
func TestPreviousEncountersKeepTheirDates(t *testing.T) {
	answer := transcriptTurn("2022-07-29", "state.gov", "Secretary Blinken at a Press Availability", "SECRETARY BLINKEN")
	checkProbes(t, []meetingProbe{
		{"previous discussions, most recently in March (usdos-364177)", // not March; retold, undated (retoldNounUndated)
			answer("With regard to the call between President Biden and President Xi, first, as you know, this followed previous discussions, including most recently in March, and it also builds on a number of recent engagements."),
			[]string{"call held : Joe Biden + Xi Jinping"}},
		{"previous talks' month",
			answer("Secretary Blinken spoke with Foreign Minister Wang Yi, which followed previous talks in May."),
			[]string{"call held 2022-07-29: Antony Blinken + Wang Yi"}},
		{"prior talks' month",
			answer("The call between Secretary Blinken and Foreign Minister Wang Yi followed prior talks in May."),
			[]string{"call held 2022-07-29: Antony Blinken + Wang Yi"}},
		// guards
		{"a series' last time (guard)",
			answer("President Biden and President Xi have spoken several times, most recently in March."),
			[]string{"call held 2022-03: Joe Biden + Xi Jinping"}},
		{"the call's own date (guard)",
			answer("President Biden spoke with President Xi on July 28, after previous discussions."),
			[]string{"call held 2022-07-28: Joe Biden + Xi Jinping"}},
	}, nil)
}

// transcriptTurn makes articles of one transcript turn: the label's
// speaker says text, in an article of that date, source and title.
func transcriptTurn(date, source, title, label string) func(text string) Article {
	return func(text string) Article {
		return Article{Date: date, Source: source, Title: title, Text: label + ": " + text}
	}
}
