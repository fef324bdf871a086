package extract

import "testing"

// TestTitleEncounter probes a transcript whose headline names officials of
// two parties at an occasion with no meeting word: "Statements to the Press",
// "at a Signing", "Opening Remarks with" (texts written for the probe, in
// the shape of the corpus's usdos-246008, usdos-251613, usdos-340236 and
// batch L's usdos-364078). The headline tells the day's held encounter of
// them, and of the byline's speaker; the guards keep one party's signings,
// previews and releases that are no transcript without one.
func TestTitleEncounter(t *testing.T) {
	transcript := func(title, text string) Article {
		return Article{Date: probePub, Source: "state.gov", Title: title,
			Text: "Antony J. Blinken, Secretary of State\n\nJerusalem\n\n" + text}
	}
	const netanyahu = "meeting held 2022-06-08: Antony Blinken + Benjamin Netanyahu"
	checkProbes(t, []meetingProbe{
		{"statements to the press of the two", transcript(
			"Secretary Antony J. Blinken and Israeli Prime Minister Benjamin Netanyahu Statements to the Press",
			"PRIME MINISTER NETANYAHU: Secretary Blinken, Tony, welcome to Jerusalem.\n\nSECRETARY BLINKEN: Thank you, Mr. Prime Minister. The United States is committed to Israel’s security."),
			[]string{netanyahu}},
		{"a signing of the two", transcript(
			"Secretary Antony J. Blinken and Israeli Prime Minister Benjamin Netanyahu at a Signing of a Memorandum of Understanding",
			"SECRETARY BLINKEN: Mr. Prime Minister, thank you for being here today.\n\nPRIME MINISTER NETANYAHU: Thank you, Tony."),
			[]string{netanyahu}},
		{"opening remarks with others, the byline's speaker", transcript(
			"Opening Remarks with Secretary of Commerce Gina M. Raimondo and Japanese Foreign Minister Hayashi Yoshimasa",
			"SECRETARY BLINKEN: Well, good morning everyone. It’s wonderful to welcome you here to the State Department.\n\nFOREIGN MINISTER HAYASHI: Thank you, Tony."),
			[]string{"meeting held 2022-06-08: Antony Blinken + Gina Raimondo + Yoshimasa Hayashi"}},
		// guards
		{"a signing of one party (guard)", Article{Date: probePub, Source: "whitehouse.gov",
			Title: "Remarks by President Biden and Vice President Harris at Signing of H.R. 3525",
			Text:  "THE PRESIDENT: Thank you. Please, sit down.\n\nTHE VICE PRESIDENT: Thank you, Mr. President."},
			nil},
		{"remarks with officials of one party (guard)", transcript(
			"Opening Remarks with Secretary of Commerce Gina M. Raimondo",
			"SECRETARY BLINKEN: Well, good morning everyone. Gina, thank you for joining."),
			nil},
		{"a release, no transcript (guard)", Article{Date: probePub, Source: "state.gov",
			Title: "Secretary Antony J. Blinken and Israeli Prime Minister Benjamin Netanyahu Statements to the Press",
			Text:  "Office of the Spokesperson\n\nThe United States is committed to Israel’s security."},
			nil},
		{"a preview of remarks with another (guard)", Article{Date: probePub, Source: "state.gov",
			Title: "Secretary Blinken to Deliver Remarks with Japanese Foreign Minister Hayashi Yoshimasa",
			Text:  "Office of the Spokesperson\n\nSecretary of State Antony J. Blinken will deliver remarks on the economic partnership."},
			nil},
	}, nil)
}
