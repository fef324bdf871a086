package loader

import "testing"

// TestADescriptionIsTheListedOffice: a lower-case describing word before or
// after a listed holder's name keys the listed office, not an entry of its
// own ("Chinese leader Xi Jinping" is the President); in capitals it is a
// title and stays; a person no list holds keeps the text's word (roles46).
func TestADescriptionIsTheListedOffice(t *testing.T) {
	for _, c := range []struct{ name, party, role, date, want string }{
		{"Xi Jinping", "CN", "leader", "2022-03-18", "President"},
		{"Xi Jinping", "CN", "top diplomat", "2022-03-18", "President"},
		{"Antony Blinken", "US", "diplomat", "2022-03-18", "Secretary of State"},
		{"Someone Unlisted", "BY", "leader", "2022-03-18", "Leader"},
		{"Someone Unlisted", "US", "Leader", "2022-03-18", "Leader"},
		{"Xi Jinping", "CN", "Chairman", "2022-03-18", "Chairman"},
	} {
		if got := timelineOffice(c.name, c.party, c.role, c.date); got != c.want {
			t.Errorf("timelineOffice(%q, %q, %q, %q) = %q, want %q", c.name, c.party, c.role, c.date, got, c.want)
		}
	}
}
