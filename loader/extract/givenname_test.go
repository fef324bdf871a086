package extract

import "testing"

// TestGivenNameAfterATitleWithNoCountry probes a title and a given name the
// lists hold as the first word of that office's holder, with no country in
// the text: Ethiopians go by the given name ("Prime Minister Abiy",
// "Director General Tedros"; open-corpus sentences, the ids beside them).
// A word that is a listed surname is left to the surname, and "Ahmed"
// alone is no Abiy Ahmed (guards).
func TestGivenNameAfterATitleWithNoCountry(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"usdos-257522: Prime Minister Abiy", "Department Press Briefing",
			"In the call that you guys read out with Prime Minister Abiy, it talked about Tigray and the troops.",
			"Abiy Ahmed", ""},
		{"usdos-265365: Director-General Tedros", "Department Press Briefing",
			"Number one, the Secretary met with Director-General Tedros in – last week when we were on travel in New Delhi.",
			"Tedros Adhanom Ghebreyesus", ""},
		{"usdos-360926: Director General, no hyphen", "Secretary Blinken at a COVID-19 Global Action Plan Ministerial",
			"And let me thank, as well, Director General Tedros of the World Health Organization for joining us today.",
			"Tedros Adhanom Ghebreyesus", ""},
		{"whitehouse-47359: the releases' short full name is the person's name", "Readout",
			"President Biden spoke today with Prime Minister Abiy Ahmed of Ethiopia.",
			"Abiy Ahmed", "Abiy Ahmed Ali"},
		// guards
		{"usdos-347529: a bare word that ends the name the releases give, no surname of his", "Reward Offers for Information on Two Fugitives",
			"Ahmed has been charged in the United States with wildlife trafficking in violation of the Lacey Act.",
			"", "Abiy Ahmed"},
		{"whitehouse-51404: a surname that is also a given name", "Bill Signed: H.R. 3197 and H.R. 5681",
			"Thank you to Representatives Katko, Cuellar, Cole, Joyce, Mullin, Gallego and Senators Sinema, Hoeven, Kelly, and Hassan for their leadership.",
			"", "Joyce Beatty"},
	})
}
