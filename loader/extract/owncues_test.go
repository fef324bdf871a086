package extract

import "testing"

// TestOwnCueSteps probes the steps of addOwnCues that no other affiliation
// test pinned, on short texts written for them: a stated country or an
// official list is stronger than the delegation a person led (openToCues),
// and a stated US than a title no US publisher gives its own
// (foreignTitleNotUS).
func TestOwnCueSteps(t *testing.T) {
	usdos := "https://www.state.gov/x"
	cases := []struct {
		name, url, date, text string
		person, want          string
	}{
		{"a stated country over the delegation led", usdos, "2021-08-03",
			"Canadian Ambassador Bob Raeh led the Ukrainian delegation.", "Bob Raeh", "CA"},
		{"the list over the delegation led", "", "2022-05-10",
			"Secretary of State Antony Blinken led the Ukrainian delegation.", "Antony Blinken", "US"},
		{"a foreign body's title in a US release is no US default", usdos, "2022-05-10",
			"European External Action Service Deputy Secretary General Enrique Moras spoke at the event.", "Enrique Moras", "EU"},
		{"a stated US over a foreign body's title", usdos, "2022-05-10",
			"U.S. European External Action Service Deputy Secretary General Enrique Moras spoke at the event.", "Enrique Moras", "US"},
		{"a stated US over a minister's title", usdos, "2022-05-10",
			"American Minister of Foreign Affairs John Doer spoke at the event.", "John Doer", "US"},
		{"a minister's title in a US release, no cue (guard)", usdos, "2022-05-10",
			"Minister of Foreign Affairs John Doer spoke at the event.", "John Doer", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := countryOf(t, Article{ID: "t", Date: tc.date, URL: tc.url, Text: tc.text}, tc.person); got != tc.want {
				t.Errorf("%s: country %q, want %q", tc.person, got, tc.want)
			}
		})
	}
}

// countryOf is the country extraction gives person in a; the person must
// be found.
func countryOf(t *testing.T, a Article, person string) string {
	t.Helper()
	got := peopleOf(t, a)
	country, ok := got[person]
	if !ok {
		t.Fatalf("%s not found among %v", person, got)
	}
	return country
}
