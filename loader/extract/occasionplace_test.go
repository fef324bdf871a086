package extract

import "testing"

// TestVirtualOccasionHasNoPlace: a headline's occasion that the headline or
// the text tells as held at a distance has no city (occasionPlace; the
// guidelines' null), though the transcript's place line gives the speaker's
// (usdos-324907, usdos-360926); the guards: the same remarks in the room
// keep the place line, and "virtually every issue" tells of no distance
// (usdos-322610).
func TestVirtualOccasionHasNoPlace(t *testing.T) {
	const header = "Antony J. Blinken, Secretary of State\n\nWashington, D.C.\n\n"
	cases := []struct{ name, title, text, want string }{
		{"a virtual headline (usdos-360926)", "Secretary Antony J. Blinken At a Virtual COVID-19 Global Action Plan Foreign Ministerial Meeting",
			header + "SECRETARY BLINKEN: Thank you, Foreign Minister Hayashi, and thank you, Director-General Tedros, for joining us today.", ""},
		{"virtual remarks seen via video (usdos-324907)", "Secretary Antony J. Blinken Virtual Remarks at the UN-Hosted High-Level Yemen Pledging Event",
			header + "SECRETARY BLINKEN: Secretary-General Guterres, thank you very much. It’s very good to see you today via video.", ""},
		{"said today via video under a plain headline (usdos-324907)", "Secretary Antony J. Blinken Remarks at the UN-Hosted High-Level Yemen Pledging Event",
			header + "SECRETARY BLINKEN: Secretary-General Guterres, thank you very much. It’s very good to see you today via video.", ""},
		// guards
		{"the remarks in the room (guard)", "Secretary Antony J. Blinken Remarks at the UN-Hosted High-Level Yemen Pledging Event",
			header + "SECRETARY BLINKEN: Secretary-General Guterres, thank you very much. It’s very good to see you here today.", "Washington"},
		{"virtually every issue (guard, usdos-322610)", "Secretary Antony J. Blinken Remarks at the UN-Hosted High-Level Yemen Pledging Event",
			header + "SECRETARY BLINKEN: Secretary-General Guterres, thank you very much for joining us today. We share interests across virtually every issue.", "Washington"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Extract(Article{Date: "2022-03-16", Source: "state.gov", Title: c.title, Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Meetings) != 1 {
				t.Fatalf("got %d meetings, want the occasion: %+v", len(res.Meetings), res.Meetings)
			}
			if got := res.Meetings[0].Place; got != c.want {
				t.Errorf("place %q, want %q (%+v)", got, c.want, res.Meetings[0])
			}
		})
	}
}
