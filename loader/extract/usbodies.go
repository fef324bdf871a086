package extract

import "strings"

// usBodies are the US federal departments and agencies the news names in
// several forms, each under its official name with the other forms it
// takes: without them "State Department" and "Department of State",
// "CDC" and "Centers for Disease Control and Prevention" were two nodes each
// (issue 10, audit10: on the open corpus "State Department" 417 mentions
// and "Department of State" 296, "HHS" and its full name 116 each).
// Acronyms are only those the news gives no other body; "DOE", "ED" and
// "VA" are left out (a surname, a word, Virginia: "Old Town Alexandria,
// VA").
var usBodies = map[string][]string{
	"Department of State":                              {"State Department", "Departments of State", "DOS"},
	"Department of the Treasury":                       {"Treasury Department", "Department of Treasury", "Treasury"},
	"Department of Defense":                            {"Defense Department", "Departments of Defense", "DOD", "DoD"},
	"Department of Justice":                            {"Justice Department", "DOJ"},
	"Department of the Interior":                       {"Interior Department", "Department of Interior"},
	"Department of Agriculture":                        {"Agriculture Department", "USDA"},
	"Department of Commerce":                           {"Commerce Department", "Departments of Commerce"},
	"Department of Labor":                              {"Labor Department", "DOL"},
	"Department of Health and Human Services":          {"HHS", "Departments of Health and Human Services", "Department of Health & Human Services", "Health and Human Services"},
	"Department of Housing and Urban Development":      {"HUD", "Housing and Urban Development"},
	"Department of Transportation":                     {"Transportation Department", "DOT"},
	"Department of Energy":                             {"Energy Department"},
	"Department of Education":                          {"Education Department"},
	"Department of Veterans Affairs":                   {"Department of Veteran Affairs", "Veterans Affairs Department"},
	"Department of Homeland Security":                  {"DHS", "Homeland Security Department"},
	"Centers for Disease Control and Prevention":       {"CDC", "Centers for Disease Control"},
	"Food and Drug Administration":                     {"FDA"},
	"National Institutes of Health":                    {"NIH"},
	"Environmental Protection Agency":                  {"EPA"},
	"Federal Emergency Management Agency":              {"FEMA"},
	"Federal Bureau of Investigation":                  {"FBI", "Federal Bureau of Investigations"},
	"National Aeronautics and Space Administration":    {"NASA"},
	"Office of Management and Budget":                  {"OMB"},
	"National Security Council":                        {"NSC"},
	"Small Business Administration":                    {"SBA"},
	"Federal Aviation Administration":                  {"FAA"},
	"General Services Administration":                  {"GSA"},
	"Federal Trade Commission":                         {"FTC"},
	"National Oceanic and Atmospheric Administration":  {"NOAA"},
	"National Institute of Standards and Technology":   {"NIST"},
	"Office of the United States Trade Representative": {"USTR"},
	"Transportation Security Administration":           {"TSA"},
	"U.S. Customs and Border Protection":               {"CBP", "Customs and Border Protection"},
	"Central Intelligence Agency":                      {"CIA"},
	// bodies whose names the recogniser cut at "and" (andnames.go, issue
	// 11/10: "Substance Abuse" 8 open-corpus mentions, "Office of
	// Science" 7, "Patent" 6, "Fish" 5); "SEC" and "ICE" left out (a
	// conference, a word)
	"Office of Science and Technology Policy":                   {"OSTP"},
	"Substance Abuse and Mental Health Services Administration": {"SAMHSA"},
	"Cybersecurity and Infrastructure Security Agency":          {"CISA"},
	"Centers for Medicare & Medicaid Services":                  {"Centers for Medicare and Medicaid Services", "CMS"},
	"U.S. Fish and Wildlife Service":                            {"Fish and Wildlife Service", "USFWS"},
	"U.S. Patent and Trademark Office":                          {"Patent and Trademark Office", "USPTO"},
	"U.S. Citizenship and Immigration Services":                 {"Citizenship and Immigration Services", "USCIS"},
	"Privacy and Civil Liberties Oversight Board":               {"PCLOB"},
	"Chemical Safety and Hazard Investigation Board":            {"Chemical Safety Board"},
	"Securities and Exchange Commission":                        {},
	// the Under Secretary's office the recogniser cut at "and" ("Arms
	// Control": 10 open articles, orgs11), and the State Department's two
	// services, which "the Foreign and Civil Service" names together
	// (sharedHeadStart, andnames.go: 7 open articles)
	"Office of the Under Secretary for Arms Control and International Security": {"Arms Control and International Security"},
	"Foreign Service": {},
	"Civil Service":   {},
}

// usBodyOf maps each form of a body (usBodies) to its official name.
var usBodyOf = func() map[string]string {
	m := map[string]string{}
	for name, forms := range usBodies {
		m[name] = name
		for _, f := range forms {
			m[f] = name
		}
	}
	return m
}()

// usBodyName is the official name of a US federal body named in one of its
// forms, with or without "U.S." or "United States" before it ("U.S.
// Department of State", "the State Department"); any other name as it is.
func usBodyName(name string) string {
	if official, ok := usBodyOf[name]; ok {
		return official
	}
	for _, prefix := range []string{"U.S. ", "US ", "United States "} {
		if rest, ok := strings.CutPrefix(name, prefix); ok {
			if official, ok := usBodyOf[rest]; ok {
				return official
			}
		}
	}
	return name
}
