package extract

import "testing"

// TestTitledSurnameOfAnOfficialTheListsLacked probes sentences of open
// briefings and remarks that name an official of 2021-22 by title and
// surname alone (usdos-262967, whitehouse-20037, whitehouse-49707,
// whitehouse-50902, usdos-349309) or in full with no office
// (whitehouse-23569), whom the generated lists lack in that office: each is
// the official now, by a row of officials_manual.tsv ("foreign officials …
// named by title and surname", "US officials of 2021-2022 …"). Each fails
// without its row.
func TestTitledSurnameOfAnOfficialTheListsLacked(t *testing.T) {
	dos, wh := "state.gov", "whitehouse.gov"
	checkPersonProbes(t, []personProbe{
		{name: "India's national security advisor (usdos-262967)", source: dos, title: "Remarks",
			text:   "Today’s conversations, including my meeting earlier today with National Security Advisor Doval and my meeting later today with Prime Minister Modi, are valuable.",
			person: "Ajit Doval", country: "IN", role: "National Security Advisor"},
		{name: "Israel's national security advisor (usdos-349309)", source: dos, title: "Department Press Briefing",
			text:   "It was just yesterday that the National Security Advisor led a delegation to meet with his counterpart, Israeli National Security Advisor Hulata, to discuss a range of issues, including the challenges that Iran poses.",
			person: "Eyal Hulata", country: "IL", role: "National Security Advisor"},
		{name: "a European Commissioner (whitehouse-49707)", source: wh, title: "Remarks",
			text:   "And I really want to thank Commissioner Reynders and Secretary Raimondo for their tireless efforts over the past month to finish a balanced and effective solution.",
			person: "Didier Reynders", country: "EU", role: "Commissioner for Justice"},
		{name: "a deputy national security advisor (whitehouse-20037)", source: wh, title: "Press Gaggle",
			text:   "MR. HARRELL: So I think you saw, the other day, Deputy National Security Advisor Neuberger talk about some of the steps that the administration is taking.",
			person: "Anne Neuberger", country: "US", role: "Deputy National Security Advisor"},
		{name: "an agency's director (whitehouse-50902)", source: wh, title: "Press Briefing",
			text:   "She’ll be joined by administration leaders, including HHS Secretary Becerra, CFPB Director Chopra, and OMB Director Young.",
			person: "Rohit Chopra", country: "US", role: "Director of the Consumer Financial Protection Bureau"},
		{name: "named in full with no office (whitehouse-23569)", source: wh, title: "Press Briefing",
			text:   "That’s why he fought — nominated and fought for the confirmation of Kristen Clarke and Vanita Gupta, two civil rights activists who are now playing prominent roles in the Department of Justice.",
			person: "Vanita Gupta", country: "US"},
	})
}
