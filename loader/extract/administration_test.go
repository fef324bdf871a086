package extract

import (
	"strings"
	"testing"
)

// TestAdministrationNamesNoOne probes a surname before "Administration"
// (cut from open articles: the White House's fact-sheet titles, a
// briefing's "107 Biden administration designations", a trip announcement's
// "Pinera administration officials"); another official in the text makes
// the bare surname a candidate, as in the articles. The guards keep a
// possessive after a title and a person named elsewhere in the article.
func TestAdministrationNamesNoOne(t *testing.T) {
	const convened = " Today, the White House convened National Climate Advisor Gina McCarthy and Interior Secretary Deb Haaland."
	checkPeopleAmong(t, []peopleProbe{
		{"a fact sheet's title (whitehouse-18355)", "FACT SHEET: Biden Administration Opens Pacific Coast to New Jobs and Clean Energy Production with Offshore Wind Development",
			"White House Marshals Departments of the Interior, Defense, and Energy." + convened, "Gina McCarthy", "Joe Biden"},
		{"a State Department title (usdos-344831)", "Biden Administration Expands Support to the Cuban People",
			"Secretary Blinken welcomed the measures." + convened, "Antony Blinken", "Joe Biden"},
		{"a lower-case administration (usdos-333088)", "Department Press Briefing",
			"Secretary Blinken spoke today. QUESTION: Should it remain on the U.S. list of terror organizations?\n\nMS PORTER: Thanks, Elizabeth. I’d say that the President shares the chairman’s view that IRGC Qods Forces are terrorists. But what I would say is out of the 107 Biden administration designations in relation to Iran, 86 have specifically targeted the IRGC-related persons.",
			"Antony Blinken", "Joe Biden"},
		{"an outgoing government's officials (usdos-320882)", "Assistant Secretary Nichols’ Travel to Chile",
			"Assistant Secretary for Western Hemisphere Affairs Brian A. Nichols will travel to Santiago, Chile March 7-9. Assistant Secretary Nichols will meet with Pinera administration officials to thank them for their governance.",
			"Brian Nichols", "Sebastián Piñera"},
		{"an incoming government's representatives (usdos-320882)", "Assistant Secretary Nichols’ Travel to Chile",
			"Assistant Secretary for Western Hemisphere Affairs Brian A. Nichols will travel to Santiago. Assistant Secretary Nichols will meet with senior government officials and representatives from the incoming Boric administration.",
			"Brian Nichols", "Gabriel Boric"},
		{"a plural after two names (whitehouse-46493)", "Press Briefing by White House COVID-19 Response Team",
			"Q Senators Murray and Burr have proposed a legislation that would create a task force to examine the initial emergence of the coronavirus and also assess the United States’ response across both the Trump and Biden administrations.",
			"", "Joe Biden"},
		// guards
		{"a possessive after a title (guard, usdos-249509)", "Interview",
			"Secretary Blinken answered. Where do you think you are at now this number of days into President Biden’s administration?", "Joe Biden", ""},
		{"the person named elsewhere (guard)", "FACT SHEET: Biden Administration Opens Pacific Coast",
			"President Biden signed the order today." + convened, "Joe Biden", ""},
	})
}

// TestAdministrationIsNoRecognisedPerson: the recogniser's one-word person
// before "Administration" (the open output's "Biden-Harris" in 50 articles,
// "Trump" in 27, "Kennedy" and "Eisenhower" in one) is no person entity;
// the guard: another person's own name stays one.
func TestAdministrationIsNoRecognisedPerson(t *testing.T) {
	checkEntityProbes(t, "state.gov", []entityProbe{
		{"usdos-256358", "Senior Bureau Official Moy emphasized the Biden-Harris administration’s priority to revitalize our multilateral partnerships to advance our shared prosperity, security, and values in the Indo-Pacific.",
			"person:biden-harris", ""},
		{"whitehouse-19331", "This morning, on the centennial of that massacre, the Biden-Harris administration announced new steps to help narrow the racial wealth gap. Interior Secretary Deb Haaland spoke.",
			"person:biden-harris", "person:deb-haaland"},
		{"usdos-264944", "QUESTION: You know the Obama administration wanted to do the TPP, and then the Trump administration initially wanted to do bilateral deals in the area.",
			"person:trump", ""},
		{"usdos-353148", "QUESTION: I’m here to speak to the Biden administration, not to the Kennedy administration or the Eisenhower administration.",
			"person:kennedy", ""},
	})
}

// TestAdministrationAfter reads the word after a name's end.
func TestAdministrationAfter(t *testing.T) {
	for text, want := range map[string]bool{
		"Biden Administration Opens": true, "Biden administration’s": true, "Biden  Administration.": true,
		"Biden administrations.": true, "Biden administered": false, "Biden said": false, "Biden": false,
		"Biden administrationally": false,
	} {
		if got := administrationAfter(text, strings.Index(text, "Biden")+len("Biden")); got != want {
			t.Errorf("administrationAfter(%q) = %v, want %v", text, got, want)
		}
	}
}
