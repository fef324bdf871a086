package extract

import "testing"

// TestPlaceNotASurname probes a bare capitalised word that is a listed
// official's surname but that the words around it show names a place or an
// institution (texts written for the probe on the corpus's forms: "the
// Moon" for Moon Jae-in in 10 articles, "University of Texas at Austin" in
// 5, county lists, "Austin Mayor Steve Adler", "Austin and Travis County").
// The guards keep the surname where a title or the person's full name
// vouches for it, where the list is one of people, where the word is a
// clause's subject after a place and a comma, and where it owns a noun.
func TestPlaceNotASurname(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"the Moon", "Statement on Artemis",
			"NASA will land the first woman on the Moon, and the next mission goes to the Moon as well.", "", "Moon Jae-in"},
		{"a university's campus", "Nominations",
			"She holds a J.D. from the University of Texas at Austin and a B.A. from Yale.", "", "Lloyd Austin"},
		{"a law school's campus", "Nominations",
			"She received her J.D. from the University of Texas School of Law at Austin in 1993.", "", "Lloyd Austin"},
		{"a mayor's city", "What They Are Saying",
			"Austin Mayor Steve Adler: \"This week is the anniversary of the plan.\"", "", "Lloyd Austin"},
		{"a city beside a county", "Fact Sheet",
			"The program adds to Austin and Travis County's $200 million investment.", "", "Lloyd Austin"},
		{"a county after 'the counties of'", "Disaster Declaration",
			"Federal funding is available in the counties of Carbon, Park, and Stillwater.", "", "Park Jin"},
		{"a county in a list ending 'Counties'", "Statement",
			"Leaders of the Jewish Community Federation of SF Peninsula, Marin, and Sonoma Counties attended.", "", "Sanna Marin"},
		// guards
		{"a title vouches (guard)", "Readout",
			"Secretary Austin met the minister at the University of Texas at Austin.", "Lloyd Austin", ""},
		{"a list of leaders (guard)", "Press Briefing",
			"QUESTION: What did Merkel, Macron, and Suga say about the summit?", "Emmanuel Macron", ""},
		{"a leader named in full, then by surname after a county (guard)", "Readout",
			"President Moon Jae-in visited Travis County. Moon spoke to the mayor.", "Moon Jae-in", ""},
		{"a subject after a place and a comma (guard)", "Nominations",
			"A native of Scranton, Pennsylvania, Biden has served the public for decades.", "Joe Biden", ""},
		{"a possessive after 'the' (guard)", "Press Briefing",
			"QUESTION: Will the opposition and the Maduro's regime start the dialogue in Mexico?", "Nicolás Maduro", ""},
	})
}

// TestPlaceNotASurnameOnlyListedNames: the rule drops only a word the lists
// hold as a name, so another capitalised word after "the" keeps the reading
// the later rules build on (dev's usdos-329441: without the limit, "the
// Personal Envoy of the Secretary-General for Western Sahara" gave Staffan de
// Mistura Western Sahara's code, not the UN).
func TestPlaceNotASurnameOnlyListedNames(t *testing.T) {
	checkCountries(t, "U.S.-Algeria Strategic Dialogue", []countryProbe{
		{"an envoy's office after 'the' (guard)",
			"Earlier this month, Deputy Secretary Wendy Sherman and Foreign Minister Lamamra met in Algiers to express strong support for the efforts of Personal Envoy of the UN Secretary General Staffan de Mistura’s leadership in resuming the UN-led political process in Western Sahara.\n\nWESTERN SAHARA\n\nWe strongly support the efforts of Staffan de Mistura, the Personal Envoy of the Secretary-General for Western Sahara.",
			"Staffan de Mistura", "UN"},
	})
}
