package extract

import "testing"

// TestANameWithADigitIsNoPerson: the recogniser's person whose name has a
// digit (a table's "000Sri Lanka1", trial36's person:000sri-lanka1; a
// variant, a budget line) is no person entity; the guard: a person beside
// a name with a digit stays one.
func TestANameWithADigitIsNoPerson(t *testing.T) {
	checkDatedEntityProbes(t, []datedEntityProbe{
		{"a table's row (whitehouse-25821)", "2021-08-03",
			"Fiji150,000South Africa5,660,000\n\nGambia302,000Sri Lanka1,500,000\n\nGeorgia503,000Sudan604,000\n\nGuatemala4,500,000Taiwan2,500,000",
			"", "person:000sri-lanka1"},
		{"a variant (whitehouse-21663)", "2021-06-22",
			"Let’s take a look at the UK, because we have followed the UK in so many respects, with regard to the B117 Alpha.",
			"", "person:b117-alpha"},
		{"a budget line (whitehouse-53030)", "2022-05-12",
			"Earmarked Rp122,54 trillion of the 2022 national budget to continue vaccination efforts, care for COVID-19 patients, provide health worker and tax incentives, and support local governments.",
			"", "person:earmarked-rp122"},
		// guards
		{"a person beside a name with a digit (guard, whitehouse-25257)", "2021-07-28",
			"Before joining the Administration, Jainey Bavishi served as the Associate Director for Climate Preparedness. Bavishi also served as the Executive Director of R3ADY Asia-Pacific, focused on enhancing disaster risk reduction.",
			"person:jainey-bavishi", ""},
	})
}
