package extract

import "testing"

// TestTwoBodiesSharingAHeadWordStayTwo probes sentences of the open corpus
// that name two bodies with one head word (usdos-247353,
// whitehouse-23341): the far side is an organisation of its own and the
// joined name none. Each fails without sharedHeadStart. The guards, from
// the same corpus, keep one name whose near side is no listed body of its
// own (whitehouse-22195's "Wage and Hour Division", a listed whole), and a
// listed whole whose near side with the head is listed too (whitehouse-55124's
// "Chemical Safety and Hazard Investigation Board": fails without the
// whole-name check).
func TestTwoBodiesSharingAHeadWordStayTwo(t *testing.T) {
	checkOrgCases(t, []orgCase{
		{"two services", "That’s why this budget includes the largest staffing increase for the Department in a decade, covering both the Foreign and Civil Service.",
			[]string{"Civil Service"}, []string{"Foreign and Civil Service"}},
		{"two departments", "He’s scheduled to meet with State and Defense Department officials as well.",
			[]string{"Department of Defense"}, []string{"State and Defense Department"}},
		// guards
		{"one division", "Prior to joining the Heller School in August 2017, he served as Administrator of the Wage and Hour Division at the United States Department of Labor under President Obama from 2014 to 2017.",
			[]string{"Wage and Hour Division"}, []string{"Hour Division"}},
		{"a listed whole", "The Food and Drug Administration approved the vaccine.",
			[]string{"Food and Drug Administration"}, []string{"Drug Administration"}},
		{"a listed whole whose near side with the head is listed too", "Catherine J.K. Sandoval, of California, to be a Member of the Chemical Safety and Hazard Investigation Board for a term of five years, vice Kristen Marie Kulinowski, term expired.",
			[]string{"Chemical Safety and Hazard Investigation Board"}, []string{"Hazard Investigation Board"}},
	})
}

// TestUnderSecretarysOfficeIsWhole probes titles of the open corpus
// (usdos-323016, usdos-328186) whose office the recogniser cut at "and"
// ("Arms Control"): the list's whole is the organisation now. Each fails
// without its row of gazetteer/data/us_bodies.tsv.
func TestUnderSecretarysOfficeIsWhole(t *testing.T) {
	for _, text := range []string{
		"Undersecretary of State for Arms Control and International Security Bonnie Jenkins signed for the United States, and Mr. Gerardo Erguiza Jr. signed for the Philippines.",
		"Under Secretary of State for Arms Control and International Security Bonnie D. Jenkins will travel to Vienna, Austria.",
	} {
		checkOrganisations(t, text, []string{"Office of the Under Secretary for Arms Control and International Security"}, []string{"Arms Control"})
	}
}
