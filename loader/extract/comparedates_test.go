package extract

import "testing"

func TestCompareDatesAtTheCoarserPrecision(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		want int
	}{
		{"the same day", "2022-06-10", "2022-06-10", 0},
		{"two days", "2022-06-09", "2022-06-10", -1},
		{"a month holds its days", "2022-06", "2022-06-10", 0},
		{"a day is in its month", "2022-06-10", "2022-06", 0},
		{"a year holds its months", "2022", "2022-06", 0},
		{"a year holds its days", "2022-06-10", "2022", 0},
		{"a month before a day of the next", "2022-05", "2022-06-01", -1},
		{"a day after the month before", "2022-06-01", "2022-05", 1},
		{"a year before a day of the next", "2021", "2022-01-01", -1},
		{"a month after the year before", "2022-01", "2021", 1},
		{"an unknown date is no earlier or later", "", "2022-06-10", 0},
		{"two unknown dates", "", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := compareDates(tc.a, tc.b); got != tc.want {
				t.Errorf("compareDates(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
			}
			if got := compareDates(tc.b, tc.a); got != -tc.want {
				t.Errorf("compareDates(%q, %q) = %d, want %d (the other way round)", tc.b, tc.a, got, -tc.want)
			}
		})
	}
}

// TestAllAfterAtTheCoarserPrecision: a term that began in the year another
// ended, to the day or to the year, is not known to have begun after it.
func TestAllAfterAtTheCoarserPrecision(t *testing.T) {
	for _, tc := range []struct {
		name   string
		starts []string
		end    string
		want   bool
	}{
		{"a later year", []string{"2019-01-20"}, "2018", true},
		{"a later day", []string{"2018-09-18"}, "2018-09-17", true},
		{"the same day", []string{"2018-09-17"}, "2018-09-17", false},
		{"a day in the year the other term ended", []string{"2018-09-17"}, "2018", false},
		{"a year that holds the other term's last day", []string{"2018"}, "2018-09-17", false},
		{"one start before the end is enough", []string{"2019", "2017-03"}, "2018", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := allAfter(tc.starts, tc.end); got != tc.want {
				t.Errorf("allAfter(%q, %q) = %v, want %v", tc.starts, tc.end, got, tc.want)
			}
		})
	}
}
