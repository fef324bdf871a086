package extract

import "testing"

// TestBySurnameSteps pins bySurname's steps on the lists as of 2022-06-01:
// the country the text gives narrows many namesakes to one, onlyTop
// refuses a top official whose office is not the title's, the title's
// head and then the very role pick one holder among a person's or
// several people's terms, and a former holder of the title is found when
// no one in office holds it.
func TestBySurnameSteps(t *testing.T) {
	cases := []struct {
		step, surname, role, country string
		onlyTop                      bool
		want                         string // "" when no one fits
	}{
		{"many namesakes, no hint", "Lee", "", "", false, ""},
		{"the country narrows them to one", "Lee", "", "SG", false, "Lee Hsien Loong"},
		{"the title's head picks the holder", "Kim", "Premier", "", false, "Kim Tok-hun"},
		{"two holders of the title are no one", "Kim", "Representative", "", false, ""},
		{"the very role among one person's offices", "Johnson", "Prime Minister", "", false, "Boris Johnson"},
		{"a top official whose office is not the title's", "Kishida", "President", "", true, ""},
		{"a top official holding the title", "Kishida", "Prime Minister", "", true, "Fumio Kishida"},
		{"a former holder of the title", "Abe", "Prime Minister", "JP", false, "Shinzō Abe"},
	}
	for _, c := range cases {
		r := &resolver{date: "2022-06-01"}
		o, ok := r.bySurname(c.surname, c.role, c.country, c.onlyTop)
		if got := o.Name; !ok && got != "" || ok && got == "" || got != c.want {
			t.Errorf("%s: bySurname(%q, %q, %q, %v) = %q, %v; want %q", c.step, c.surname, c.role, c.country, c.onlyTop, got, ok, c.want)
		}
	}
}
