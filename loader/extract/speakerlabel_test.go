package extract

import "testing"

// TestSpeakerLabelOfficer probes a transcript's label "MR. ZIENTS:": the
// one US officer of that surname in office on the date (texts written for
// the probe on the corpus's COVID-19 and embassy briefings: Walensky,
// Zients and Murthy in 17, 16 and 3 articles). The guards keep out the
// lists' namesakes where the label names a guest or a foreigner: a member
// of Congress or a
// judge ("MR. BRADY:", a football player; "MS THOMAS:", a moderator), an
// official of another state ("MR PRICE:" gave Siân Price, a British
// ambassador, in 41 articles; "MR. PATEL:" a British minister), and a
// label's honorific inside a line.
func TestSpeakerLabelOfficer(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"a surgeon general's label", "Press Briefing by White House COVID-19 Response Team and Public Health Officials",
			"DR. MURTHY: Good morning. And thanks for joining us.\n\nQ Thank you.", "Vivek Murthy", ""},
		{"a director's label after a colleague's", "Press Briefing by White House COVID-19 Response Team and Public Health Officials",
			"DR. MURTHY: Good morning.\n\nDR. WALENSKY: Thank you. Let's begin with an overview of the data.", "Rochelle Walensky", ""},
		// guards
		{"a guest who shares a representative's surname (guard)", "Remarks by President Biden Honoring the Super Bowl Champions",
			"THE PRESIDENT: Thank you all.\n\nMR. BRADY: Thank you, Mr. President. It's an honor to be here.", "", "Kevin Brady"},
		{"a moderator who shares a justice's surname (guard)", "Secretary Blinken Panel Discussion at a Media Summit",
			"MS THOMAS: Okay, and now we would like to get started on our conversation.", "", "Clarence Thomas"},
		{"a guest who shares a British minister's surname (guard)", "Remarks at a Roundtable with Small Business Owners",
			"THE PRESIDENT: Thank you all.\n\nMR. PATEL: Thank you for having me. We run a motel in Georgia.", "", "Priti Patel"},
		{"an honorific inside a line (guard)", "Press Briefing",
			"We thank our team. And DR. WALENSKY: she leads it.", "", "Rochelle Walensky"},
	})
}
