package extract

import "testing"

// TestEmbassyCityIsThePublishers probes a title after "Embassy <City>", the
// State Department's name for its own embassy there (cut from open
// articles): the person is the publisher's (US), not the city's country.
// The guards keep a foreign embassy's demonym and "of", and a city's own
// office ("Philadelphia Mayor Jim Kenney").
func TestEmbassyCityIsThePublishers(t *testing.T) {
	checkCountries(t, "Announcement", []countryProbe{
		{"U.S. Embassy and a city (usdos-349686)", "Other senior members of the U.S. delegation include Ambassador Lisa Carty, U.S. Representative to the UN Economic and Social Council (ECOSOC); U.S. Embassy Kigali Chargé d’Affaires Deb MacLean; National Security Council Senior Director Monica Medina.",
			"Deb MacLean", "US"},
		{"Embassy and a city's possessive (usdos-335593)", "Panama’s Minister of Security Juan Pino joined Embassy Panama City’s Chargé d’Affaires Stewart Tuttle in signing the Arrangement in Panama City on April 19.",
			"Stewart Tuttle", "US"},
		{"the host beside the envoy keeps the host's (guard, usdos-335593)", "Panama’s Minister of Security Juan Pino joined Embassy Panama City’s Chargé d’Affaires Stewart Tuttle in signing the Arrangement in Panama City on April 19.",
			"Juan Pino", "PA"},
		{"a foreign embassy's demonym (guard, usdos-347949)", "For any questions, please contact Communications Advisor Vanessa Vidal and Dutch Embassy Press Officer Carla Bundy.",
			"Carla Bundy", "NL"},
		{"a foreign embassy's of (guard, written for the probe)", "Secretary Blinken met with the Embassy of Japan’s Minister Kenji Yamada on Tuesday.",
			"Kenji Yamada", "JP"},
		{"a city's own office (guard, open articles' form)", "Secretary Blinken thanked Philadelphia Mayor Jim Kenney and Kigali Mayor Pudence Rubingisa.",
			"Pudence Rubingisa", "RW"},
	})
}

// TestPublisherEmbassyBefore reads the tokens before a title.
func TestPublisherEmbassyBefore(t *testing.T) {
	for text, want := range map[string]bool{
		"U.S. Embassy Kigali Chargé d’Affaires Deb MacLean": true,
		"Embassy Panama City’s Chargé d’Affaires Stewart":   true,
		"the Embassy of Japan’s Minister Kenji Yamada":      false,
		"Kigali Mayor Pudence Rubingisa":                    false,
		"the embassy Kigali Mayor Pudence Rubingisa":        false,
	} {
		d := newDoc(text, false)
		r0 := -1
		for k, tk := range d.toks {
			if tk.key == "chargé" || tk.key == "charge" || tk.key == "minister" || tk.key == "mayor" {
				r0 = k
				break
			}
		}
		if got := d.publisherEmbassyBefore(r0, 0); got != want {
			t.Errorf("publisherEmbassyBefore(%q) = %v, want %v", text, got, want)
		}
	}
}
