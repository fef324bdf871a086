package extract

import (
	"strings"
	"testing"
)

// TestHolidaysAreNoPeople probes sentences of open articles (usdos-260792,
// whitehouse-52151, whitehouse-49201) in which the recogniser
// gives a holiday or a holy month as a person: there is none. The holy
// month's probe fails without holidayName's first word, the saint's day's
// without its "’s Day" (rev37 broke each); the feast's passes without
// either, so only the table of holidayName's calls below holds "Eid". The
// guards keep a person whose given name is followed by "Day"
// (whitehouse-48665) and one whose surname is a holiday's.
func TestHolidaysAreNoPeople(t *testing.T) {
	checkTypedCases(t, []typedCase{
		{"a feast", "The Secretary conveyed his best wishes to the King and the Jordanian people for Eid al-Adha.",
			map[string]string{"Eid": ""}},
		{"a holy month", "Participants and Administration Officials also discussed the recent tensions in Jerusalem and the West Bank, and expressed hope that the final week of Ramadan would pass peacefully.",
			map[string]string{"Ramadan": ""}},
		{"a day named by its saint", "And — and so, Jill’s favorite day is — of the year is Valentine’s Day. And so, she had gotten, as a professor — a teacher — she’s still teaching full-time — a teacher, she got that erasable paint you can, you know, use.",
			map[string]string{"Valentine": ""}},
	})
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"the people for Eid al-Adha.", "Eid", true},
		{"Eid Mubarak to all celebrating", "Eid Mubarak", true},
		{"the year is Valentine’s Day.", "Valentine", true},
		{"slower than Sandra Day O’Connor’s", "Sandra", false},
		{"said Tariq Ramadan on Monday", "Tariq Ramadan", false},
		{"Jill Biden's Day of Service", "Jill Biden", false},
	} {
		end := strings.Index(c.text, c.name) + len(c.name)
		if got := holidayName(c.text, c.name, end); got != c.want {
			t.Errorf("holidayName(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}
