package gazetteer

import "testing"

// TestALaterTermLeavesAnEarlierOnePast: a person the lists hold in an office
// twice, with a gap ("Donald Trump", President 2017-2021 and from 2025),
// held it before a date in the gap, whatever the later term: "President
// Trump" in 2022 is a past office. In either term it is held.
func TestALaterTermLeavesAnEarlierOnePast(t *testing.T) {
	cases := []struct {
		date string
		want bool
	}{
		{"2022-03-07", true},  // between the terms
		{"2021-06-04", true},  // the gap's first year
		{"2019-05-01", false}, // in the first term
		{"2025-03-01", false}, // in the second
	}
	for _, c := range cases {
		if got := ListedPastOffice("Donald Trump", "US", "President", c.date); got != c.want {
			t.Errorf("ListedPastOffice(Donald Trump, US, President, %s) = %v, want %v", c.date, got, c.want)
		}
	}
}

func TestLaterTerm(t *testing.T) {
	cases := []struct {
		start, date string
		want        bool
	}{
		{"2025-01-20", "2022-03-07", true},
		{"2025", "2024-12-31", true},
		{"2025", "2025-06-01", false}, // the term's year, at its precision
		{"2017-01-20", "2022-03-07", false},
		{"", "2022-03-07", false},
	}
	for _, c := range cases {
		if got := laterTerm(Official{Start: c.start}, c.date); got != c.want {
			t.Errorf("laterTerm(start %q, %s) = %v, want %v", c.start, c.date, got, c.want)
		}
	}
}
