package extract

import "testing"

// TestListmateCountry probes an official with no country of their own in a
// list right after a meeting verb whose other members share one foreign
// country (texts written for the probe on the corpus's forms: batch K's
// usdos-323108 "meet with Foreign Minister Cavusoglu, Deputy Foreign Minister
// Sedat Onal, and …", usdos-363887's "will meet with President Ferdinand
// Romualdez Marcos Jr. and Secretary of Foreign Affairs Enrique Manalo",
// usdos-268298's "met with Prime Minister Abdalla Hamdok, …, Foreign
// Minister Mariam al-Mahdi"). The guards give nothing where the list holds a
// US official or two foreign countries, or follows no meeting verb.
func TestListmateCountry(t *testing.T) {
	usdos := "https://www.state.gov/x"
	tests := []struct {
		name, text   string
		person, want string
	}{
		{"a deputy minister among a trip's hosts", "Office of the Spokesperson\n\nDeputy Secretary of State Wendy Sherman will travel to Istanbul and Ankara, Turkey; Madrid, Spain; Rabat and Casablanca, Morocco; Algiers, Algeria; and Cairo, Egypt from March 4 to 11.\n\nDeputy Secretary Sherman will begin her trip in Istanbul and Ankara, Turkey from March 4 to 5 to meet with Foreign Minister Cavusoglu, Deputy Foreign Minister Sedat Onal, and Chief Presidential Advisor Ibrahim Kalin to discuss Russia’s invasion of Ukraine.",
			"Sedat Onal", "TR"},
		{"a president before his foreign secretary", "In Manila on August 6, the Secretary will meet with President Ferdinando Romualdo Marcosa and Secretary of Foreign Affairs Enrique Manalo.",
			"Ferdinando Romualdo Marcosa", "PH"},
		{"the last of a held list", "Administrator Power met with Prime Minister Abdalla Hamdok, Sovereign Council Chairman Abdel Fattah al-Burhan, and Foreign Minister Mariam Al-Mahdia.",
			"Mariam Al-Mahdia", "SD"},
		// guards
		{"a US official in the list (guard)", "Deputy Secretary Sherman will meet with Foreign Minister Mevlut Cavusoglu, Deputy Foreign Minister Sedat Onal, and U.S. Ambassador Jeff Flake.",
			"Sedat Onal", ""},
		{"two foreign countries in the list (guard)", "Deputy Secretary Sherman will meet with Foreign Minister Mevlut Cavusoglu, Foreign Minister Nikos Dendias, and Deputy Foreign Minister Sedat Onal.",
			"Sedat Onal", ""},
		{"no meeting verb before the list (guard)", "Foreign Minister Mevlut Cavusoglu, Deputy Foreign Minister Sedat Onal, and Chief Presidential Advisor Ibrahim Kalin opened the dialogue.",
			"Sedat Onal", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := peopleOf(t, Article{ID: "t", Date: "2022-03-03", URL: usdos, Title: "Readout", Text: tc.text})
			country, ok := got[tc.person]
			if !ok {
				t.Fatalf("%s not found among %v", tc.person, got)
			}
			if country != tc.want {
				t.Errorf("%s: country %q, want %q", tc.person, country, tc.want)
			}
		})
	}
}
