package extract

import "testing"

// roleProbe is a sentence of an open article, a person it names and the
// role the person must get.
type roleProbe struct{ name, source, text, person, role string }

func checkRoleProbes(t *testing.T, cases []roleProbe) {
	t.Helper()
	for _, c := range cases {
		res, err := Extract(Article{ID: "t", Title: "Press Briefing", Date: probePub, Source: c.source, Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		t.Run(c.name, func(t *testing.T) { checkPersonRole(t, res, c.person, c.role) })
	}
}

// TestTheOpensNoRole: a capitalised "The" before a title opens the
// sentence, and is no word of the office (capitalTitleWord). The guard: a
// title after a lower-case "the" is read as before.
func TestTheOpensNoRole(t *testing.T) {
	checkRoleProbes(t, []roleProbe{
		{"apposition (whitehouse-48034)", "whitehouse.gov", "Q The Prime Minister of Canada, Justin Trudeau, just announced that he — the Canadians would unilaterally ban Russian crude oil imports.",
			"Justin Trudeau", "Prime Minister"},
		{"before the name (usdos-364177)", "state.gov", "The National Security Advisor Jake Sullivan, the Secretary of Defense, the Treasury Secretary, the Chairman of the Joint Chiefs of Staff have each had recent conversations.",
			"Jake Sullivan", "National Security Advisor"},
		{"before a surname (whitehouse-48648)", "whitehouse.gov", "The Vice President Harris is going to be traveling to meet with our allies in Poland and Romania later this week as well.",
			"Kamala Harris", "Vice President"},
		// guard
		{"lower-case the (usdos-312648)", "state.gov", "I spent some time talking to the National Security Advisor Jake Sullivan as well.",
			"Jake Sullivan", "National Security Advisor"},
	})
}

// TestStyleEndsTheRolesComplement: "His Excellency" after an office's
// complement is the person's style, no word of the office (styleOpener);
// and the state's form a country's name leaves behind ("of the State of
// Israel") goes with it (stripOfCountry). The guards: a style right after
// the office, and a complement that names no country.
func TestStyleEndsTheRolesComplement(t *testing.T) {
	checkRoleProbes(t, []roleProbe{
		{"style after the complement (usdos-328858)", "state.gov", "First to address us is our host, Foreign Minister of the State of Israel His Excellency Yair Lapid.",
			"Yair Lapid", "Foreign Minister"},
		{"the State of Israel (whitehouse-57471)", "whitehouse.gov", "President of the State of Israel, Isaac Herzog, will bestow the Presidential Medal of Honor upon the President of the United States of America, Joe Biden.",
			"Isaac Herzog", "President"},
		{"the Republic of Korea (whitehouse-53639)", "whitehouse.gov", "Today, President Biden and the President of the Republic of Korea (ROK) Yoon Seok-youl will tour the Samsung Electronics Pyeongtaek Campus.",
			"Yoon Seok-youl", "President"},
		{"the Kingdom of Saudi Arabia (usdos-246738)", "state.gov", "Secretary of State Antony J. Blinken spoke today with the Foreign Minister of the Kingdom of Saudi Arabia, Faisal bin Farhan Al Saud.",
			"Faisal bin Farhan Al Saud", "Foreign Minister"},
		// guards
		{"style after the office", "state.gov", "Secretary Blinken met with Nigerian President His Excellency Muhammadu Buhari.",
			"Muhammadu Buhari", "President"},
		{"no country (whitehouse-51222)", "whitehouse.gov", "The Secretary of the Department of Education, Miguel Cardona",
			"Miguel Cardona", "Secretary of the Department of Education"},
	})
}

// TestUnitedStatesOfAmericaFoldsToTheListedOffice: "of America" cut, a
// role's "of the United States" left of the state's formal name folds to
// the office the lists hold for the US (stripOfTheUnitedStates; open
// articles: 110 records "President of the United States", Blinken's
// "Secretary of State of the United States"). The guard: an office the
// lists do not hold keeps its words.
func TestUnitedStatesOfAmericaFoldsToTheListedOffice(t *testing.T) {
	checkRoleProbes(t, []roleProbe{
		{"a proclamation's President (whitehouse-21365)", "whitehouse.gov", "NOW, THEREFORE, I, JOSEPH R. BIDEN JR., President of the United States of America, by virtue of the authority vested in me, do hereby proclaim June 2021.",
			"Joe Biden", "President"},
		{"the Vice President (whitehouse-53292)", "whitehouse.gov", "The Honorable Kamala Harris, Vice President of the United States of America, will lead the delegation.",
			"Kamala Harris", "Vice President"},
		{"the Secretary of State (usdos-361144)", "state.gov", "H.E. Hayashi Yoshimasa, Minister for Foreign Affairs of Japan and the Honorable Antony Blinken, Secretary of State of the United States of America, met.",
			"Antony Blinken", "Secretary of State"},
		// guard
		{"an office the lists do not hold", "whitehouse.gov", "The Honorable Jane Doe, Commissioner of the United States of America, will lead the delegation.",
			"Jane Doe", "Commissioner of the United States"},
	})
}

// TestSendingStateKeepsItsRepresentative: a representative "of" a state
// "to" an organisation acts for the state (sentToOrg), not for the body the
// complement names after it. The guards: an organisation's own officials.
func TestSendingStateKeepsItsRepresentative(t *testing.T) {
	for _, c := range []struct{ name, text, person, country string }{
		{"on the Economic and Social Council (whitehouse-22195)", "Lisa Carty, Nominee for Representative of the United States of America on the Economic and Social Council of the United Nations with the rank of Ambassador",
			"Lisa Carty", "US"},
		{"to the General Assembly (whitehouse-48661)", "Robert A. Wood, of New York, to be an Alternate Representative of the United States of America to the Sessions of the General Assembly of the United Nations.",
			"Robert Wood", "US"},
		// guards
		{"the UN's Secretary General (whitehouse-55889)", "His Excellency António Guterres, Secretary-General of the United Nations", "António Guterres", "UN"},
		{"the UN's envoy (usdos-315484)", "Secretary of State Antony J. Blinken spoke today with UN Special Envoy for Yemen Hans Grundberg.", "Hans Grundberg", "UN"},
	} {
		res, err := Extract(Article{ID: "t", Title: "Nominations Sent to the Senate", Date: probePub, Source: "whitehouse.gov", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, p := range res.People {
			got[p.Name] = p.Country
		}
		if got[c.person] != c.country {
			t.Errorf("%s: %s acts for %q, want %q (%v)", c.name, c.person, got[c.person], c.country, got)
		}
	}
}
