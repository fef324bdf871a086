package extract

import "testing"

// TestGivenNameAfterStyle probes an office word that opens a name after an
// academic style (texts written for the probe): "Dr. Sultan Al Jaber" is
// Sultan Al Jaber, no Sultan "Al Jaber"; a style that also goes before an
// office, or a style with no name after the word, leaves the word a title.
func TestGivenNameAfterStyle(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"after an office and the style", "Readout",
			"Special Presidential Envoy John Kerry met with Special Envoy for Climate Change Dr. Sultan Al Jaber.",
			"Sultan Al Jaber", "Al Jaber"},
		{"after the style alone", "Readout",
			"Special Presidential Envoy John Kerry thanked Minister of Industry Dr. Amir Peretz for the visit.",
			"Amir Peretz", "Peretz"},
		// guards
		{"Mr. before an office", "Readout",
			"Thank you, Mr. President Joe Biden, for the visit.",
			"Joe Biden", "President Joe Biden"},
		{"an office word with no name after it", "Readout",
			"The marchers walked with Dr. King in Selma. Secretary Blinken recalled it.",
			"Antony Blinken", "King"},
	})
}

// TestTravellersMetAcrossAGroup probes the country of officials a US
// traveller met abroad, listed after a group of officials ("as well as top
// UAE officials including …") and after names with lower-case particles,
// far from the "met with" (texts written for the probe): the host's, not
// the US default; without the trip's place, no host.
func TestTravellersMetAcrossAGroup(t *testing.T) {
	const abroad = "In the United Arab Emirates, Special Presidential Envoy John Kerry met with the Crown Prince of Abu Dhabi, " +
		"Sheikh Mohamed bin Zayed bin Sultan Al Nahyan, as well as top UAE officials including Foreign Minister Sheikh " +
		"Abdullah bin Zayed bin Sultan Al Nahyan, National Security Advisor Sheikh Tahnoun bin Zayed Al Nahyan, and Special Envoy for Climate Change Dr. Hamad Al Kaabi."
	checkCountries(t, "Special Presidential Envoy Kerry’s Travel", []countryProbe{
		{"a group's list after the host's prince", abroad, "Hamad Al Kaabi", "AE"},
		// guard: no foreign place, so the US release's default stands
		{"no trip place", "Special Presidential Envoy John Kerry met with top officials including Special Envoy for Climate Change Dr. Hamad Al Kaabi.",
			"Hamad Al Kaabi", "US"},
	})
}
