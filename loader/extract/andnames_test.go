package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestOrganisationNameGoesOnOverAnd probes sentences of the open corpus
// (whitehouse-19139 twice, whitehouse-22439, whitehouse-18227,
// usdos-355916, whitehouse-21907): a name the recogniser cut at "and" is
// the whole listed name now, and the cut one is no organisation. The six
// cases fail without widenOverAnd; the guards name two bodies joined by
// "and", which stay two (usdos-247220, usdos-328816, whitehouse-46999).
func TestOrganisationNameGoesOnOverAnd(t *testing.T) {
	cases := []struct {
		name, text string
		orgs       []string // organisations the text must give
		notOrg     string   // one it must not
	}{
		{"the rest after and", "(ii) the functions of the Director of the Office of Management and Budget relating to budgetary, administrative, or legislative proposals.",
			[]string{"Office of Management and Budget"}, "Office of Management"},
		{"the start before and", "(b) The Commission shall be led by two Co-Chairs, one of whom shall be the Secretary of Health and Human Services, the other of whom shall be the head of an executive department or agency (agency) designated by the President.",
			[]string{"Department of Health and Human Services"}, "Human Services"},
		{"before an acronym", "So the National Institute of Standards and Technology — NIST — is authorized to investigate building failures.",
			[]string{"National Institute of Standards and Technology"}, "National Institute of Standards"},
		{"both halves tagged", "The National Oceanic and Atmospheric Administration (NOAA) is anticipating another above-normal hurricane season this year.",
			[]string{"National Oceanic and Atmospheric Administration"}, "Atmospheric Administration"},
		{"in a list", "It included representatives from the Department of State, the Department of Commerce, the National Aeronautics and Space Administration, the Department of Defense, the Department of Homeland Security, and the Department of Interior.",
			[]string{"National Aeronautics and Space Administration"}, "Space Administration"},
		{"a secretary's department", "David Uejio, of California, to be an Assistant Secretary of Housing and Urban Development, vice Anna Maria Farias.",
			[]string{"Department of Housing and Urban Development"}, "Urban Development"},
		// guards: two bodies named together stay two
		{"a department and an agency", "The President’s Budget for FY 2022 requests $58.5 billion for the Department of State and USAID, a 10 percent increase over FY 2021 as enacted.",
			[]string{"Department of State"}, "Department of State and USAID"},
		{"a department and an acronym", "Led by the Department of State and NASA, the Artemis Accords are grounded in the Outer Space Treaty of 1967.",
			[]string{"Department of State", "National Aeronautics and Space Administration"}, "Department of State and NASA"},
		{"two acronyms", "So, operationally, we will be ready once FDA and CDC make their recommendations.",
			[]string{"Food and Drug Administration", "Centers for Disease Control and Prevention"}, "Food and Drug Administration and CDC"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkOrganisations(t, c.text, c.orgs, []string{c.notOrg})
		})
	}
}

// checkOrganisations: Extract finds each of want among the organisations of
// text and none of not.
// orgCase is a probe or a guard: the organisations a text must give, and
// those it must not.
type orgCase struct {
	name, text string
	orgs       []string
	notOrgs    []string
}

// checkOrgCases runs each case as a subtest (checkOrganisations).
func checkOrgCases(t *testing.T, cases []orgCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkOrganisations(t, c.text, c.orgs, c.notOrgs)
		})
	}
}

func checkOrganisations(t *testing.T, text string, want, not []string) {
	t.Helper()
	orgs := organisationsOf(t, text)
	for _, w := range want {
		if !slices.Contains(orgs, w) {
			t.Errorf("%s not found (organisations %v)", w, orgs)
		}
	}
	for _, n := range not {
		if slices.Contains(orgs, n) {
			t.Errorf("%s is an organisation (organisations %v)", n, orgs)
		}
	}
}

// organisationsOf is the names of the organisations Extract finds in a
// White House text of probePub.
func organisationsOf(t *testing.T, text string) []string {
	t.Helper()
	res, err := Extract(Article{Date: probePub, Source: "whitehouse.gov", Title: "Remarks", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var orgs []string
	for _, e := range res.Entities {
		if e.Type == "Organization" {
			orgs = append(orgs, e.Name)
		}
	}
	return orgs
}

// TestWidenOverAndStopsAtTheLine: the name goes on over "and" only on its
// line and only to a listed name; the text's bounds are as before otherwise.
func TestWidenOverAndStopsAtTheLine(t *testing.T) {
	cases := []struct {
		name, text, span, want string
	}{
		{"on the line", "the Office of Management and Budget said", "Office of Management", "Office of Management and Budget"},
		{"with a full stop", "to the Office of Management and Budget.", "Office of Management", "Office of Management and Budget"},
		{"an ampersand the list has", "the Department of Health & Human Services said", "Department of Health", "Department of Health & Human Services"},
		{"an ampersand the list has not", "the Centers for Disease Control & Prevention said", "Centers for Disease Control", "Centers for Disease Control"},
		{"a line break", "the Office of Management and\nBudget", "Office of Management", "Office of Management"},
		{"no listed whole", "the Office of Management and Planning said", "Office of Management", "Office of Management"},
		{"before, on the line", "Secretary of Health and Human Services", "Human Services", "Health and Human Services"},
		{"before, a line break", "Health\nand Human Services", "Human Services", "Human Services"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := strings.Index(c.text, c.span)
			ws, we := widenOverAnd(c.text, s, s+len(c.span))
			if got := c.text[ws:we]; got != c.want {
				t.Errorf("widened to %q, want %q", got, c.want)
			}
		})
	}
}
