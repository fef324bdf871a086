package extract

import "testing"

// TestBareSurname: a surname written with its article, spaced or
// hyphenated, is looked up without it; other names are not.
func TestBareSurname(t *testing.T) {
	cases := []struct {
		key  []string
		want string
	}{
		{[]string{"al", "sisi"}, "sisi"},
		{[]string{"el", "sisi"}, "sisi"},
		{[]string{"al-sisi"}, "sisi"},
		{[]string{"el-sisi"}, "sisi"},
		// guards
		{[]string{"sisi"}, ""},
		{[]string{"al", "gore", "jr"}, ""},
		{[]string{"bin", "zayed"}, ""},
		{[]string{"al-ab"}, ""},
		{[]string{"al-bu-said"}, ""},
	}
	for _, c := range cases {
		if got := bareSurname(c.key); got != c.want {
			t.Errorf("bareSurname(%q) = %q, want %q", c.key, got, c.want)
		}
	}
}

// TestArticleSurnameByTitle probes a titled surname written with an article
// the lists spell otherwise, with no full name in the text (texts written
// for the probe): the one listed holder of the title, by either spelling;
// untitled, or a royal house's name under a title many of it hold, no one.
func TestArticleSurnameByTitle(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"the article spaced", "Readout",
			"The President spoke today with President Al Sisi about Gaza.",
			"Abdel Fattah el-Sisi", "Al Sisi"},
		{"the article hyphenated", "Readout",
			"The President spoke today with President Al-Sisi about Gaza.",
			"Abdel Fattah el-Sisi", ""},
		{"a royal house's name under one office", "Readout",
			"Secretary Blinken spoke with Qatari Foreign Minister Al-Thani about Iran.",
			"Mohammed bin Abdulrahman Al Thani", ""},
		// guards
		{"a royal house's name under a style", "Readout",
			"Secretary Blinken met Sheikh Al Nahyan in Abu Dhabi.",
			"", "Mohammed bin Zayed Al Nahyan"},
		{"untitled", "Readout",
			"Secretary Blinken said Al Sisi would attend.",
			"", "Abdel Fattah el-Sisi"},
	})
}
