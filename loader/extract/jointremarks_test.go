package extract

import "testing"

// TestJointRemarks probes a transcript headlined "Remarks by A and B …" whose
// speakers are officials of two parties and whose headline has no meeting
// word (texts written for the probe, in the shape of the open corpus's
// whitehouse-49667, whitehouse-53838 and whitehouse-49707): the two spoke
// together that day, their held meeting. The guards keep a headline whose
// second official is no speaker ("on Gas Prices and Putin's Price Hike", "Honoring
// the Legacy of …"), speakers of one party, and a release that is no transcript.
func TestJointRemarks(t *testing.T) {
	remarks := func(title, text string) Article {
		return Article{Date: probePub, Source: "whitehouse.gov", Title: title, Text: text}
	}
	checkProbes(t, []meetingProbe{
		{"speakers of two parties upon arrival", remarks(
			"Remarks by President Biden and European Council President Charles Michel Upon Arrival at the European Council",
			"PRESIDENT MICHEL: Good afternoon. It is a great honor to welcome President Biden.\n\nPRESIDENT BIDEN: Thank you very much. It is good to be here."),
			[]string{"meeting held 2022-06-08: Charles Michel + Joe Biden"}},
		{"speakers of two parties at a place, the guest's country after him", remarks(
			"Remarks by President Biden and President Yoon Suk Yeol of the Republic of Korea at the Air Operations Center on Osan Air Base",
			"PRESIDENT YOON: It is an honor and pleasure to visit the base.\n\nPRESIDENT BIDEN: Thank you, Mr. President."),
			[]string{"meeting held 2022-06-08: Joe Biden + Yoon Suk-yeol"}},
		{"three speakers, two of one party", remarks(
			"Remarks by President Biden, Secretary of State Antony Blinken, and Prime Minister Kyriakos Mitsotakis of Greece at a Reception",
			"THE PRESIDENT: Welcome, everyone.\n\nPRIME MINISTER MITSOTAKIS: Thank you, Mr. President."),
			[]string{"meeting held 2022-06-08: Antony Blinken + Joe Biden + Kyriakos Mitsotakis"}},
		// guards
		{"a second official in the subject, no speaker (guard)", remarks(
			"Remarks by President Biden on Gas Prices and President Vladimir Putin’s Price Hike",
			"THE PRESIDENT: Good afternoon. Gas prices are up.\n\nQ Mr. President, will you speak with him?"),
			nil},
		{"a second official after a verb of the occasion (guard)", remarks(
			"Remarks by President Biden Honoring the Legacy of Prime Minister Kyriakos Mitsotakis of Greece and the Greek People",
			"THE PRESIDENT: Good evening, everyone."),
			nil},
		{"speakers of one party (guard)", remarks(
			"Remarks by President Biden and Vice President Kamala Harris at a Reception",
			"THE PRESIDENT: Welcome.\n\nTHE VICE PRESIDENT: Thank you, Mr. President."),
			nil},
		{"a release, no transcript (guard)", remarks(
			"Remarks by President Biden and European Council President Charles Michel Upon Arrival at the European Council",
			"The President will travel to Brussels next week."),
			nil},
	}, nil)
}
