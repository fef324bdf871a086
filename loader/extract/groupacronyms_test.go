package extract

import (
	"slices"
	"testing"
)

// TestGroupAcronymIsNoOrganisation probes sentences of the open corpus
// (whitehouse-21975, whitehouse-52302, whitehouse-21127, whitehouse-46333,
// whitehouse-19139): a group's or a programme's short form is no
// organisation, and a name that starts with one still is. The first four
// fail without the rule; the fifth's sentence alone gives no organisation.
func TestGroupAcronymIsNoOrganisation(t *testing.T) {
	cases := []struct {
		name, text string
		org        string // an organisation the text must give, "" for none
		notOrg     string
	}{
		{"a community among others", "The Secretary met with key business groups, including those representing Black, LGBTQ+, Hispanic, AAPI, women and small business leaders.", "", "AAPI"},
		{"a community alone", "The majority of patients seeking abortions identify as Black, Hispanic, and AAPI.", "", "AAPI"},
		{"a policy defined by its long form", "The Obama-Biden Administration created the Deferred Action for Childhood Arrivals (DACA) policy. Since that date, DACA has allowed hundreds of thousands of young people to remain.", "", "DACA"},
		{"a class of colleges", "So, Jen, back on the HBCU bomb threats, is there an update?", "", "HBCU"},
		{"a community's short form", "Asian American, Native Hawaiian, and Pacific Islander (AA and NHPI) individuals and communities are irrefutably part of the fabric of our Nation. NHPI leaders met today.", "", "NHPI"},
		// guard: the acronym opening an organisation's name
		{"an organisation whose name opens with one", "The President spoke at an event of the AAPI Victory Alliance in Washington.", "AAPI Victory Alliance", "AAPI"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			orgs := organisationsOf(t, c.text)
			if slices.Contains(orgs, c.notOrg) {
				t.Errorf("%s is an organisation", c.notOrg)
			}
			if c.org != "" && !slices.Contains(orgs, c.org) {
				t.Errorf("%s not found (organisations %v)", c.org, orgs)
			}
		})
	}
}
