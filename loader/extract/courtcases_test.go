package extract

import (
	"strings"
	"testing"
)

// TestCourtCasesNameNoPerson probes sentences of open articles
// (whitehouse-22059, whitehouse-56340, whitehouse-52393, whitehouse-55881,
// whitehouse-56253) in which the recogniser gives a case's party, or a
// case named by one party, as a person or a place: the graph has none. The
// first three fail without caseParties, the last two without
// caseShortForms. The guards keep a person whose full name the text gives
// ("Lou Dobbs"; that his bare surname stays his is
// TestACaseShortFormEndingAFullNameIsThePersons), an organisation that is
// a party ("West Virginia vs. EPA": namesNoOne leaves organisations alone)
// and a name beside a capital "V" (a king's numeral).
func TestCourtCasesNameNoPerson(t *testing.T) {
	checkTypedCases(t, []typedCase{
		{"a party before v.", "The bill builds on the Supreme Court’s ruling in Bostock v. Clayton County by making explicit that non-discrimination protections cover sexual orientation and gender identity.",
			map[string]string{"Bostock": ""}},
		{"a party of a long case name", "Participants discussed how a ruling in Dobbs v. Jackson Women’s Health Organization might impact access to sexual and reproductive health and rights around the world, and offered recommendations to the Administration to protect and advance women’s health globally.",
			map[string]string{"Dobbs": "", "Jackson Women": ""}},
		{"vs. and the party again alone", "You don’t remember, but we had a debate about Griswold vs. Connecticut. There’d been a law saying a married couple could not purchase birth control in the privacy of their own bedroom and use it. Well, that got struck down. Griswold was thought to be a bad decision.",
			map[string]string{"Griswold": ""}},
		{"a listed case alone", "Q What should American people expect from the administration, in terms of executive action, if Roe is overturned?",
			map[string]string{"Roe": ""}},
		{"a listed case before case", "Before I start speaking as I planned to speak, I do want to speak briefly about the decision from today’s United States Supreme Court decision in the Dobbs case.",
			map[string]string{"Dobbs": ""}},
		{"guard: a body that is a case's party stays a body (whitehouse-56580)", "The Supreme Court’s ruling in West Virginia vs. EPA is another devastating decision that aims to take our country backwards.",
			map[string]string{"Environmental Protection Agency": OrgGovernment}},
		{"guard: a full name ends with the listed form", "Lou Dobbs, the television host, spoke to reporters in New York on Tuesday. Dobbs said the economy was strong.",
			map[string]string{"Lou Dobbs": "Person"}},
	})
	for _, c := range []struct {
		before, after string
		want          bool
	}{
		{"overturn ", " v. Wade?", true},
		{"Griswold vs. ", ". There", true},
		{"if ", " v Wade is", true},
		{"King Henry ", " V of England", false},
		{"the ", " vs. the rest", false},
		{"voters chose ", ", and then", false},
	} {
		if got := versusAfter(c.after) || versusBefore(c.before); got != c.want {
			t.Errorf("party between %q and %q: %v, want %v", c.before, c.after, got, c.want)
		}
	}
}

// TestACaseShortFormEndingAFullNameIsThePersons guards caseName's
// exception: where a person's full name in the text ends with a listed
// short form ("Lou Dobbs"), the surname alone later ("Dobbs said") is that
// person's mention, not a ruling. TestCourtCasesNameNoPerson's guard
// cannot see it (the full name keeps the person either way); this fails
// without the exception, the bare mention dropped.
func TestACaseShortFormEndingAFullNameIsThePersons(t *testing.T) {
	text := "Lou Dobbs, the television host, spoke to reporters in New York on Tuesday. Dobbs said the economy was strong."
	res, err := Extract(Article{Date: probePub, Source: "whitehouse.gov", Title: "Remarks", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	bare := strings.LastIndex(text, "Dobbs")
	for _, e := range res.Entities {
		if e.Name != "Lou Dobbs" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start == bare && m.End == bare+len("Dobbs") {
				return
			}
		}
		t.Fatalf("Lou Dobbs's mentions %v lack the bare \"Dobbs\" at %d", e.Mentions, bare)
	}
	t.Fatalf("no Lou Dobbs among %v", res.Entities)
}
