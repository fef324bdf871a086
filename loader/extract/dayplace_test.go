package extract

import "testing"

// TestTheDaysEncounterTakesThePlaceLine: a transcript's held in-person
// encounter of its own day takes the place line where it is the title's
// own meeting told in the body, or an encounter of one of the title's
// people that the sentence dates to the day (placeTheDaysEncounters). The
// probes are cut from open articles; each had no place before.
func TestTheDaysEncounterTakesThePlaceLine(t *testing.T) {
	const blinken = "Antony J. Blinken, Secretary of State\n\n"
	cases := []placeCase{
		{"the joint press conference's meeting told in the body", "whitehouse-48821", "2022-03-10",
			"Remarks by Vice President Harris and President Andrzej Duda of Poland in Joint Press Conference",
			"Belweder Palace\n\nWarsaw, Poland\n\n12:57 P.M. CEST\n\nPRESIDENT DUDA: Thank you very much, Madam Vice President, for coming. Thank you for our meetings today, for the conversations that we have had.",
			"Andrzej Duda + Kamala Harris", "Warsaw"},
		{"the title's meeting told as a visit received", "usdos-248006", "2021-06-01",
			"Secretary Antony J. Blinken and Costa Rican President Carlos Alvarado Before Their Meeting",
			blinken + "San Jose, Costa Rica\n\nCasa Presidencial\n\nPRESIDENT ALVARADO: But just to say first that, as Costa Ricans, we are very happy to receive your visit to reinforce our partnership as democracies.",
			"Antony Blinken + Carlos Alvarado", "San Jose"},
		{"the speaker's meeting earlier today", "usdos-358182", "2022-07-09",
			"Secretary Antony J. Blinken at a Press Availability",
			blinken + "Bali, Indonesia\n\nRitz-Carlton Nusa Dua\n\nSECRETARY BLINKEN: Good afternoon, everyone.\n\nEarlier today, I met with State Councilor Wang Yi of the People’s Republic of China for a little over five hours.",
			"Antony Blinken + Wang Yi", "Bali"},
		{"the speaker's meeting today at a ministerial", "usdos-332697", "2022-04-07",
			"Secretary Antony J. Blinken Press Availability at the Meeting of NATO Foreign Ministers",
			blinken + "Brussels, Belgium\n\nNATO Headquarters\n\nSECRETARY BLINKEN: Well, good evening, everyone.\n\nToday, I met again with my colleague and friend, Dmytro Kuleba, Ukraine’s foreign minister, to discuss how we can continue to provide Ukraine’s courageous defenders with what they need.",
			"Antony Blinken + Dmytro Kuleba", "Brussels"},
		// guards
		{"a meeting the article dates only by default (guard)", "whitehouse-22529", "2021-06-29",
			"Remarks by President Biden on the Bipartisan Infrastructure Framework",
			"La Crosse Municipal Transit Utility\n\nLa Crosse, Wisconsin\n\n12:58 P.M. CDT\n\nTHE PRESIDENT: Good afternoon.\n\nI just met with the G7. I just met with all of NATO. And I just met with President Vladimir Putin of Russia.",
			"Joe Biden + Vladimir Putin", ""},
		{"a briefing's news of others today (guard)", "usdos-258028", "2021-07-08",
			"Department Press Briefing – July 8, 2021",
			"Ned Price, Department Spokesperson\n\nWashington, DC\n\n2:43 p.m. EDT\n\nMR PRICE: But I will say that the French Ambassador Anne Grillo and U.S. Ambassador Dorothy Shea, they’ve conducted important trilateral consultations with Saudi Foreign Minister Faisal bin Farhan today to discuss the situation in Lebanon.",
			"Anne Grillo + Dorothy Shea + Faisal bin Farhan Al Saud", ""},
		{"a place line en route (guard)", "whitehouse-53646", "2022-05-19",
			"Press Gaggle by President Biden and National Security Advisor Jake Sullivan",
			"Aboard Air Force One\n\nEn Route Anchorage, Alaska\n\n3:35 P.M. EDT\n\nMR. SULLIVAN: And today, President Biden met with President Sauli Niinistö of Finland and Prime Minister Magdalena Andersson of Sweden.",
			"Joe Biden + Magdalena Andersson + Sauli Niinistö", ""},
	}
	checkPlaces(t, cases)
}

// placeCase is an article of one probe or guard of a place rule: its held
// meeting of pair (sorted participants, " + " between) is placed in want.
type placeCase struct{ name, id, date, title, text, pair, want string }

// checkPlaces extracts each case's article and checks its meeting's place.
func checkPlaces(t *testing.T, cases []placeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			places := heldPlaces(t, Article{Date: c.date, Source: "state.gov", Title: c.title, Text: c.text})
			got, ok := places[c.pair]
			if !ok {
				t.Fatalf("no held meeting of %s: %v", c.pair, places)
			}
			if got != c.want {
				t.Errorf("%s (%s): place %q, want %q", c.pair, c.id, got, c.want)
			}
		})
	}
}

// heldPlaces maps each held meeting's sorted participants to its place.
func heldPlaces(t *testing.T, a Article) map[string]string {
	t.Helper()
	return placesOfStatus(t, a, "held")
}
