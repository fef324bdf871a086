package extract

import "testing"

// TestAStopOfAnItinerary: a trip of several stops gives a plan told after it
// in a sentence that names one of its countries (and no city) the city the
// itinerary names there (usdos-255310's and usdos-325092's forms); each case
// has no place with the rule off. Guards: a sentence naming no country, two
// foreign countries, a country of no one city of the itinerary.
func TestAStopOfAnItinerary(t *testing.T) {
	const spox = "Office of the Spokesperson\n\n"
	const nuland = spox + "Under Secretary of State Victoria Nuland will travel to Asuncion, Paraguay; Panama City, Panama; and San Salvador, El Salvador, June 27-30.\n\n"
	cases := []struct {
		name, text, pair, want string
	}{
		{"'during their trip to' the country", nuland + "During their trip to Paraguay, Under Secretary Nuland and the U.S. delegation will meet with Paraguayan President Mario Abdo Benitez.",
			"Mario Abdo Benítez + Victoria Nuland", "Asunción"},
		{"'in' the country, opening the sentence", nuland + "In Panama, the delegation will meet with President Laurentino Cortizo.",
			"Laurentino Cortizo + Victoria Nuland", "Panama City"},
		{"the country in a compound", nuland + "Under Secretary Nuland and Foreign Minister Euclides Acevedo will co-chair the second U.S.-Paraguay Strategic Partnership Dialogue.",
			"Euclides Acevedo + Victoria Nuland", "Asunción"},
		// guards
		{"no country named (guard)", nuland + "Under Secretary Nuland will meet with Paraguayan President Mario Abdo Benitez.",
			"Mario Abdo Benítez + Victoria Nuland", ""},
		{"two foreign countries (guard)", nuland + "In Panama and El Salvador, Under Secretary Nuland will meet with President Laurentino Cortizo.",
			"Laurentino Cortizo + Victoria Nuland", ""},
		{"two cities of the country (guard)", spox + "Under Secretary of State Victoria Nuland will travel to Istanbul, Turkey; Ankara, Turkey; and Athens, Greece, June 27-30.\n\nIn Turkey, the delegation will meet with Foreign Minister Mevlut Cavusoglu.",
			"Mevlut Cavusoglu + Victoria Nuland", ""},
	}
	run := func(off bool) {
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				places := placesOfStatus(t, Article{Date: "2021-06-25", Source: "state.gov", Title: "Under Secretary Nuland’s Travel", Text: c.text}, "planned")
				got, ok := places[c.pair]
				if !ok {
					t.Fatalf("no planned meeting of %s: %v", c.pair, places)
				}
				want := c.want
				if off {
					want = ""
				}
				if got != want {
					t.Errorf("%s (rule off %v): place %q, want %q", c.pair, off, got, want)
				}
			})
		}
	}
	run(false)
	tripItineraryOff = true
	defer func() { tripItineraryOff = false }()
	run(true)
}
