package extract

import "testing"

// TestOfficialsOfListedBodiesTakeTheBody: the heads of the international
// bodies gazetteer/data/orgs.tsv lists after the model (OPCW, UNFPA, UNRWA,
// FAO, ICAO; recall11) act for the body, not for the US whose release names
// them, so that an encounter with one is between two parties. The probes are
// sentences of open articles (usdos-353298, -250065, -255539, -319018,
// -250853); each gave the US or no party before the rows were added.
func TestOfficialsOfListedBodiesTakeTheBody(t *testing.T) {
	opcw := "Under Secretary of State Bonnie Jenkins and Assistant Secretary of State Mallory Stewart met with Director-General of the Organization for the Prohibition of Chemical Weapons (OPCW), Ambassador Fernando Arias and thanked the Director-General for his outstanding leadership of the Organization."
	unfpa := "Revitalizing High-Level Engagement: On June 7, U.S. Ambassador to the United Nations Linda Thomas-Greenfield met with UNFPA Executive Director Dr. Natalia Kanem."
	icao := "While in Montreal, Assistant Secretary Sison will meet with senior officials from the International Civil Aviation Organization (ICAO), including President of the ICAO Council Salvatore Sciacchitano and ICAO Secretary General Juan Carlos Salazar. The Assistant Secretary will also meet with Ambassador C.B. “Sully” Sullenberger, U.S. Representative to the ICAO."
	checkCountries(t, "Statement", []countryProbe{
		{"a director-general named after the body's name and an ambassador's style", opcw, "Fernando Arias", "OPCW"},
		{"the US officials who met him stay the US's (guard)", opcw, "Bonnie Jenkins", "US"},
		{"an executive director after the body's acronym", unfpa, "Natalia Kanem", "UNFPA"},
		{"the US ambassador to the UN stays the US's (guard)", unfpa, "Linda Thomas-Greenfield", "US"},
		{"a director-general after the body's name and acronym",
			"Secretary of State Antony J. Blinken met with the heads of the Rome-Based Food Security Agencies today in Rome, including UN World Food Program (WFP) Executive Director David Beasley and UN Food and Agriculture Organization (FAO) Director-General Qu Dongyu.",
			"Qu Dongyu", "FAO"},
		{"a council's president", icao, "Salvatore Sciacchitano", "ICAO"},
		{"a secretary general after the acronym", icao, "Juan Carlos Salazar", "ICAO"},
		{"the US representative to the body stays the US's (guard)", icao, "C.B. Sullenberger", "US"},
		{"a commissioner-general named by surname",
			"I know that there was an interview with Philippe Lazzarini. Lazzarini, who was appointed, as you know, just last year, conveyed his utmost commitment to these principles.",
			"Philippe Lazzarini", "UNRWA"},
	})
}

// TestMeetingsWithAListedBodysHead: with the body's head acting for it, the
// open articles' encounters are found (usdos-353298, usdos-250065: no
// meeting before, both sides taken for the US).
func TestMeetingsWithAListedBodysHead(t *testing.T) {
	checkProbes(t, []meetingProbe{
		{"US officials met the OPCW's director-general", probeReadout("Senior U.S. Officials Discuss Strengthening the Chemical Weapons Convention",
			"Office of the Spokesperson\n\nUnder Secretary of State Bonnie Jenkins and Assistant Secretary of State Mallory Stewart met with Director-General of the Organization for the Prohibition of Chemical Weapons (OPCW), Ambassador Fernando Arias and thanked the Director-General for his outstanding leadership of the Organization."),
			[]string{"meeting held 2022-06-08: Bonnie Jenkins + Fernando Arias + Mallory Stewart"}},
		{"the US ambassador met UNFPA's executive director", probeReadout("U.S. Engagement with the UN Population Fund (UNFPA)",
			"Office of the Spokesperson\n\nRevitalizing High-Level Engagement: On June 7, U.S. Ambassador to the United Nations Linda Thomas-Greenfield met with UNFPA Executive Director Dr. Natalia Kanem."),
			[]string{"meeting held 2022-06-07: Linda Thomas-Greenfield + Natalia Kanem"}},
	}, nil)
}
