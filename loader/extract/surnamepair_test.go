package extract

import "testing"

// TestTopOfficialsSurnamesJoinedAreNoPerson: "the Biden-Xi call" (trial36's
// person:biden-xi) and the like, cut from open articles, give no person of
// the joined surnames; the guards: a hyphenated surname of one person
// ("Dr. Nunez-Smith", "Thomas-Greenfield") stays a person.
func TestTopOfficialsSurnamesJoinedAreNoPerson(t *testing.T) {
	checkDatedEntityProbes(t, []datedEntityProbe{
		{"two leaders' call (usdos-363721)", "2022-07-28",
			"QUESTION: I recognize the White House will be briefing on the Biden-Xi call, but just to go back to that for a second.",
			"", "person:biden-xi"},
		{"two leaders' meeting (usdos-253670)", "2021-06-21",
			"Alexandra de Hoop Scheffer: To build on that, there are a few questions on the Biden-Putin bilateral meeting.",
			"", "person:biden-putin"},
		{"a surname and a full name (usdos-357037, offlist46)", "2022-07-05",
			"I’m just wondering what that communication will be like in terms of the Blinken-Wang Yi meeting, what the messaging will be from the Secretary.",
			"", "person:blinken-wang-yi"},
		// guards
		{"a hyphenated surname (guard, whitehouse-19937)", "2021-06-01",
			"Today, I am joined by Dr. Walensky, Dr. Fauci, and Dr. Nunez-Smith. Thank you so much, Dr. Nunez-Smith.",
			"person:nunez-smith", ""},
	})
	for name, want := range map[string]bool{
		"Biden-Xi": true, "Obama-Biden": true, "Biden-Harris": true, "Blinken-Wang Yi": true, "Antony Blinken-Wang Yi": true,
		"Mo-Tracey Mooney": false, "Lars-Hendrik Röller": false, "Jean-Philippe Rolland": false,
		"Thomas-Greenfield": false, "Nunez-Smith": false, "Bork-Biden": false, "Biden-Administration": false, "Biden": false,
	} {
		if got := surnamePair(name); got != want {
			t.Errorf("surnamePair(%q) = %v, want %v", name, got, want)
		}
	}
}
