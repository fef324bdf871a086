package extract

import (
	"strings"
	"testing"
)

// TestCountiesOfADisasterDeclarationArePlaces probes the county lists of
// disaster declarations (whitehouse-27291, whitehouse-47693), whose names
// the recogniser takes for people: they are places now. Each fails without
// inCountyList. The guards keep a person named after the list's sentence
// and a person listed after "counties of" on an earlier line.
func TestCountiesOfADisasterDeclarationArePlaces(t *testing.T) {
	checkTypedCases(t, []typedCase{
		{"a short list", "Federal funding is available to state, tribal, and eligible local governments and certain private nonprofit organizations on a cost-sharing basis for emergency work and the repair or replacement of facilities damaged by the straight-line winds in the counties of Dawson, Garfield, McCone, Richland, and Roosevelt.",
			map[string]string{"Roosevelt": "Place"}},
		{"a long list", "Federal funding is available to state, tribal, and eligible local governments and certain private nonprofit organizations on a cost-sharing basis for emergency work and the repair or replacement of facilities damaged by the severe storms, straight-line winds, and tornadoes in the counties of Adams, Buffalo, Burt, Cass, Cuming, Fillmore, Gage, Hamilton, Harlan, Jefferson, Johnson, Kearney, Nemaha, Nuckolls, Otoe, Pawnee, Platte, Polk, Richardson, Saline, Sarpy, Saunders, Thayer, Washington, and Webster.",
			map[string]string{"Jefferson": "Place"}},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"in the counties of Dawson, Garfield, McCone, Richland, and Roosevelt", true},
		{"in the parishes of St. Charles, St. James, and Lafourche", true},
		{"in the counties of Dawson and Garfield. Governor Greg Gianforte", false},
		{"in the counties of Dawson and Garfield.\nGreg Gianforte", false},
		{"in the counties of Dawson and Garfield, said Greg Gianforte", false},
	} {
		k := strings.LastIndexAny(c.text, " \n") + 1
		if got := inCountyList(c.text, k); got != c.want {
			t.Errorf("inCountyList(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
