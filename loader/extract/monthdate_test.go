package extract

import (
	"testing"
	"time"
)

// TestMonthDateSteps pins monthDate's steps that the date tests before
// did not: "since" before "May" makes it the month (mayIsVerb), and the
// four-digit number after a day-first month is its year
// (yearAfterDayFirst), which decides only where numberAfterMonth has not
// read it as a year already, that is outside 1900-2100.
func TestMonthDateSteps(t *testing.T) {
	pub := time.Date(2023, 6, 19, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text, want string
	}{
		{"since May is the month", "They have not met since May.", "2023-05"},
		{"May before a verb is the verb (guard)", "Officials May attend.", ""},
		{"a day-first date's year outside the usual range", "On 24 June 2150 they met.", "2150-06-24"},
		{"a day-first date's usual year (guard)", "On 24 June 2021 they met.", "2021-06-24"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := tokenize(c.text, 0)
			v := ""
			if got := findDates(toks, 0, len(toks), pub, false); len(got) > 0 {
				v = got[0].value
			}
			if v != c.want {
				t.Errorf("%q: got %q, want %q", c.text, v, c.want)
			}
		})
	}
}
