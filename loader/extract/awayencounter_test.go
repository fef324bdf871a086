package extract

import "testing"

// TestAbroadToldAtHome probes abroadToldAtHome: a US government transcript
// spoken in the US (its place line, or a room of the White House) that tells
// an in-person encounter with a foreign official absent from its headline,
// with no word of the day, tells an earlier one: null, not the day of the
// remarks. The probes are sentences of open articles (whitehouse-22529,
// -24725, -23479, usdos-253663); the guards keep the day.
func TestAbroadToldAtHome(t *testing.T) {
	const pub = "2021-06-29"
	readout, _ := probeArticles(pub)
	infra := "Remarks by President Biden on the Bipartisan Infrastructure Framework"
	wisconsin := "La Crosse Municipal Transit Utility\n\nLa Crosse, Wisconsin\n\n12:58 P.M. CDT\n\n"
	eastRoom := "East Room\n\n2:09 P.M. EDT\n\n"
	cases := []meetingProbe{
		{"met a foreign leader, said in Wisconsin", readout(infra,
			wisconsin+"THE PRESIDENT: We have a lot to do. And I just met with Putin."),
			[]string{"meeting held : Joe Biden + Vladimir Putin"}},
		{"discussions with a foreign leader, said at an airport in Ohio", readout("Remarks by President Biden Before Air Force One Departure",
			"Cincinnati/Northern Kentucky International Airport\n\nCincinnati, Ohio\n\n10:15 P.M. EDT\n\n"+
				"THE PRESIDENT: But I had, as you know, very, very fruitful discussions with Angela Merkel."),
			[]string{"meeting held : Angela Merkel + Joe Biden"}},
		{"a meeting told in the East Room", readout("Remarks by President Biden on the Drawdown of U.S. Forces in Afghanistan",
			eastRoom+"THE PRESIDENT: In our meeting, I also assured President Ghani that U.S. support for the people of Afghanistan will endure."),
			[]string{"meeting held : Ashraf Ghani + Joe Biden"}},
		{"others' meeting asked at a virtual conversation", readout("Secretary Antony J. Blinken At the Atlantic Council’s Virtual Conversation",
			"Antony J. Blinken, Secretary of State\n\nWashington, D.C.\n\nMR CAPEHART: You just got back from Geneva, where President Biden met with Russian President Vladimir Putin."),
			[]string{"meeting held : Joe Biden + Vladimir Putin"}},
		// guards
		{"a word of the day", readout(infra,
			wisconsin+"THE PRESIDENT: I met with Prime Minister Trudeau this morning."),
			[]string{"meeting held 2021-06-29: Joe Biden + Justin Trudeau"}},
		{"the foreign leader in the headline", readout("Remarks by President Biden and President Moon Jae-in of the Republic of Korea at Press Conference",
			eastRoom+"PRESIDENT BIDEN: President Moon and I had a very productive meeting."),
			[]string{"meeting held 2021-06-29: Joe Biden + Moon Jae-in"}},
		{"the foreign leader in the headline, welcomed", readout("Remarks by Vice President Harris and President Samia Suluhu Hassan of Tanzania Before Bilateral Meeting",
			"Vice President’s Ceremonial Office\n\n11:05 A.M. EDT\n\nTHE VICE PRESIDENT: It is my great honor and pleasure to welcome President Hassan."),
			[]string{"meeting held 2021-06-29: Kamala Harris + Samia Hassan"}},
		{"a call", readout(infra,
			wisconsin+"THE PRESIDENT: And I just spoke with President Zelenskyy."),
			[]string{"call held 2021-06-29: Joe Biden + Volodymyr Zelenskyy"}},
		{"said abroad", readout("Remarks by President Biden in Press Conference",
			"Tregenna Castle Resort\n\nCornwall, United Kingdom\n\n6:28 P.M. BST\n\n"+
				"PRESIDENT BIDEN: Prime Minister Johnson and I had a very productive meeting."),
			[]string{"meeting held 2021-06-29: Boris Johnson + Joe Biden"}},
		{"said at a virtual occasion", readout("Remarks by President Biden at a Virtual Event",
			eastRoom+"THE PRESIDENT: We have a lot to do. And I just met with Putin."),
			[]string{"meeting held 2021-06-29: Joe Biden + Vladimir Putin"}},
		{"no place line", readout(infra,
			"THE PRESIDENT: We have a lot to do. And I just met with Putin."),
			[]string{"meeting held 2021-06-29: Joe Biden + Vladimir Putin"}},
		{"a place line en route", readout(infra,
			"Aboard Air Force One\n\nEn Route Washington, D.C.\n\n"+"THE PRESIDENT: We have a lot to do. And I just met with Putin."),
			[]string{"meeting held 2021-06-29: Joe Biden + Vladimir Putin"}},
	}
	checkProbes(t, cases, nil)
}
