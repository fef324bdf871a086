package extract

import (
	"slices"
	"testing"
)

// TestInPersonOnTheDay probes transcripts whose title puts their people in
// one room (issue 10, audit10; texts cut from the open corpus's transcripts,
// usdos-260177, usdos-354674, usdos-322610, whitehouse-50894): the day's
// encounter of the headline's people is a meeting at the place line, though
// a word of speaking or a phone in the remarks made it a call; a call told
// as virtual today, a call of the day in a title of a call, and an earlier
// call dated otherwise stay calls, and so does the day's call with someone
// the title does not name (other).
func TestInPersonOnTheDay(t *testing.T) {
	const day = "2022-06-24"
	cases := []struct {
		name, title, text string
		kind, place       string // the held encounter of Blinken and the minister on the day
		other             string // one the title does not name, whose held call on the day stays a call
	}{
		{"remarks of speaking before their meeting",
			"Secretary Antony J. Blinken And Chilean Foreign Minister Andres Allamand Before Their Meeting",
			"Antony J. Blinken, Secretary of State\n\nWashington, D.C.\n\nSECRETARY BLINKEN: Well, good afternoon, everyone. Andres and I have had the opportunity to speak, but now we have the opportunity to spend some time together face-to-face.\n\nFOREIGN MINISTER ALLAMAND: Thank you, Tony.",
			"meeting", "Washington", ""},
		{"a phone in the remarks before their meeting",
			"Secretary Antony J. Blinken And French Foreign Minister Catherine Colonna Before Their Meeting",
			"Antony J. Blinken, Secretary of State\n\nBerlin, Germany\n\nSECRETARY BLINKEN: Catherine, welcome. But we’ve had the chance to work together already in some depth by phone and at a distance, but it’s wonderful to be here together today.\n\nFOREIGN MINISTER COLONNA: Thank you.",
			"meeting", "Berlin", ""},
		{"a joint press availability",
			"Secretary Antony J. Blinken and UK Foreign Secretary Elizabeth Truss at a Joint Press Availability",
			"Antony J. Blinken, Secretary of State\n\nWashington, D.C.\n\nBenjamin Franklin Room\n\nSECRETARY BLINKEN: It’s very good to see everyone here today, and especially good to see my colleague and friend, Foreign Secretary Truss.\n\nLiz and I have been working around the world together almost non-stop on the most immediate matter at hand, Russia’s aggression against Ukraine, but on a multiplicity of other things, because our countries are joined in having shared interests across virtually every significant issue before the world now.",
			"meeting", "Washington", ""},
		{"statements to the press of the two (usdos-246201, tidy39)",
			"Secretary Antony J. Blinken and Palestinian Authority President Mahmoud Abbas Statements to the Press",
			"Antony J. Blinken, Secretary of State\n\nRamallah, West Bank\n\nPRESIDENT ABBAS: We would like to welcome Secretary Blinken, who visits us in these days.\n\nSECRETARY BLINKEN: Thank you, Mr. President. We also talked a little bit about a challenge that all of us have faced together in the past year, and that is COVID-19.",
			"meeting", "Ramallah", ""},
		// guards
		{"the day's encounter told as virtual",
			"Remarks by Secretary Antony J. Blinken and Chilean Foreign Minister Andres Allamand Before Bilateral Meeting",
			"Antony J. Blinken, Secretary of State\n\nWashington, D.C.\n\nSECRETARY BLINKEN: Andres, I'm pleased to have this opportunity to speak with you today virtually.\n\nFOREIGN MINISTER ALLAMAND: Thank you.",
			"call", "", ""},
		{"a title of a call",
			"Secretary Antony J. Blinken And Chilean Foreign Minister Andres Allamand Before Their Call",
			"Antony J. Blinken, Secretary of State\n\nWashington, D.C.\n\nSECRETARY BLINKEN: Andres and I have had the opportunity to speak today.\n\nFOREIGN MINISTER ALLAMAND: Thank you.",
			"call", "", ""},
		{"a call of the day with someone the title does not name",
			"Secretary Antony J. Blinken And Chilean Foreign Minister Andres Allamand Before Their Meeting",
			"Antony J. Blinken, Secretary of State\n\nWashington, D.C.\n\nSECRETARY BLINKEN: Well, good afternoon, everyone. Earlier today I spoke by phone with French Foreign Minister Catherine Colonna about Ukraine.\n\nFOREIGN MINISTER ALLAMAND: Thank you, Tony.",
			"meeting", "Washington", "Catherine Colonna"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Extract(Article{Date: day, Source: "state.gov", Title: c.title, Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []Meeting
			otherCalled := false
			for _, m := range res.Meetings {
				if m.Status != "held" || m.Date != day || len(m.Participants) != 2 {
					continue
				}
				if c.other != "" && slices.Contains(m.Participants, c.other) {
					otherCalled = m.Kind == "call"
					continue
				}
				got = append(got, m)
			}
			if c.other != "" && !otherCalled {
				t.Errorf("no held call with %s on the day, want it to stay a call (meetings %+v)", c.other, res.Meetings)
			}
			if c.kind == "call" {
				for _, m := range got {
					if m.Kind != "call" {
						t.Errorf("%s of %v at %q, want only calls", m.Kind, m.Participants, m.Place)
					}
				}
				return
			}
			if len(got) != 1 || got[0].Kind != c.kind || got[0].Place != c.place {
				t.Errorf("held on the day: %+v, want one %s at %s", got, c.kind, c.place)
			}
		})
	}
}
