package extract

import "testing"

// TestServesAsSteps pins servesAs's verbs (texts written for the test):
// "will serve as", "serves as" and a nomination's "to serve as" give the
// office; "to be" right after the name, with no clause between, gives
// none.
func TestServesAsSteps(t *testing.T) {
	cases := []officeCase{
		{"will serve as", "Maria Lindqvist will serve as Deputy Assistant Secretary for Europe.", "Maria Lindqvist", "Deputy Assistant Secretary for Europe", ""},
		{"serves as", "Ben Ostrow serves as Special Envoy for Climate.", "Ben Ostrow", "Special Envoy for Climate", ""},
		{"a nomination's to serve as", "Dana Wexler, of Ohio, to serve as a Member of the National Council on the Arts.", "Dana Wexler", "Member of the National Council on the Arts", ""},
		{"to be right after the name is no nomination (guard)", "We expect Dana Wexler to be Director of the office.", "Dana Wexler", "", ""},
	}
	for _, c := range cases {
		found := false
		for _, m := range newDoc(c.text, false).findPeople("2022-06-01") {
			if m.name == c.person {
				found = true
				if m.role != c.role || m.role != "" && !m.strong {
					t.Errorf("%s: got role %q strong %v, want %q", c.name, m.role, m.strong, c.role)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q not found", c.name, c.person)
		}
	}
}
