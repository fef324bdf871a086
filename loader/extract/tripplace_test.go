package extract

import "testing"

func TestAPlanTakesTheCityOfItsTrip(t *testing.T) {
	const spox = "Office of the Spokesperson\n\n"
	for _, c := range []struct {
		name, date, title, text, pair, want string
	}{
		{"a trip to a city, then whom he will meet", "2021-07-26", "Secretary Blinken’s Travel to India",
			spox + "Secretary of State Antony J. Blinken will travel to New Delhi, India, July 27-28 to reaffirm our partnership.\n\nSecretary Blinken will meet with Prime Minister Narendra Modi to discuss a wide range of issues.",
			"Antony Blinken + Narendra Modi", "New Delhi"},
		{"the next stop of a trip, then whom she will meet", "2022-03-03", "Deputy Secretary Sherman’s Travel",
			spox + "Deputy Secretary of State Wendy Sherman will travel to Madrid, Spain from March 6 to 8.\n\nNext, Deputy Secretary Sherman will travel to Algiers, Algeria from March 9 to 10. She will meet with President Abdelmadjid Tebboune to discuss bilateral and regional issues.",
			"Abdelmadjid Tebboune + Wendy Sherman", "Algiers"},
		// guards
		{"a trip to several cities (guard)", "2021-06-25", "Under Secretary Nuland’s Travel",
			spox + "Under Secretary of State Victoria Nuland will travel to Asuncion, Paraguay; Panama City, Panama; and San Salvador, El Salvador, June 27-30.\n\nUnder Secretary Nuland will meet with Paraguayan President Mario Abdo Benitez.",
			"Mario Abdo Benítez + Victoria Nuland", ""},
		{"two cities of one country (guard)", "2022-03-01", "Deputy Secretary Sherman’s Travel to Turkey",
			spox + "Deputy Secretary of State Wendy Sherman will travel to Istanbul and Ankara March 4-5.\n\nDeputy Secretary Sherman will meet with Foreign Minister Mevlut Cavusoglu.",
			"Mevlut Cavusoglu + Wendy Sherman", ""},
		{"another country named after the trip (guard)", "2021-07-21", "Deputy Secretary Sherman’s Travel",
			spox + "Deputy Secretary Wendy Sherman will travel to Tianjin, China July 25-26.\n\nIn Oman, the Deputy Secretary will meet with Deputy Foreign Minister Sheikh Khalifa Al Harthy.",
			"Khalifa Al Harthy + Wendy Sherman", ""},
		{"a venue of its own (guard)", "2021-06-02", "President Biden’s Travel to Europe",
			"President Biden will travel to Carbis Bay, United Kingdom for the G7 Summit.\n\nOn June 13, President Biden will meet Her Majesty Queen Elizabeth at Windsor Castle.",
			"Elizabeth II + Joe Biden", ""},
		{"a trip told after the plan (guard)", "2021-07-26", "Secretary Blinken’s Travel to India",
			spox + "Secretary Antony J. Blinken will meet with Prime Minister Narendra Modi to discuss a wide range of issues.\n\nSecretary Blinken will travel to New Delhi, India, July 27-28 to reaffirm our partnership.",
			"Antony Blinken + Narendra Modi", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			places := placesOfStatus(t, Article{Date: c.date, Source: "state.gov", Title: c.title, Text: c.text}, "planned")
			got, ok := places[c.pair]
			if !ok {
				t.Fatalf("no planned meeting of %s: %v", c.pair, places)
			}
			if got != c.want {
				t.Errorf("%s: place %q, want %q", c.pair, got, c.want)
			}
		})
	}
}
