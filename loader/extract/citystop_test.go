package extract

import "testing"

// TestTripStopAtAListedCity probes the country of an official a US
// traveller will meet at a trip's stop whose city the gazetteer lists only
// since issue 10 (places_manual.tsv, "after-model"; text written for the
// probe): the city's country, not the US default of a US release; a stop at a
// US city leaves the default (guard).
func TestTripStopAtAListedCity(t *testing.T) {
	checkCountries(t, "Deputy Secretary Sherman’s Travel", []countryProbe{
		{"Ho Chi Minh City", "In Ho Chi Minh City, Deputy Secretary Wendy Sherman will meet with municipal Party Secretary Tran Van Long.",
			"Tran Van Long", "VN"},
		{"Cape Town", "In Cape Town, Deputy Secretary Wendy Sherman will meet with Chairperson Thabo Nkosi.",
			"Thabo Nkosi", "ZA"},
		// guard
		{"a US city", "In Boston, Deputy Secretary Wendy Sherman will meet with Chairperson Thabo Nkosi.",
			"Thabo Nkosi", "US"},
	})
}
