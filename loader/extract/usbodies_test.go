package extract

import "testing"

// TestUSBodyName pins the official name of a US federal body's forms, with
// "U.S." before them or not, and leaves other names as they are.
func TestUSBodyName(t *testing.T) {
	cases := []struct{ name, want string }{
		{"State Department", "Department of State"},
		{"U.S. Department of State", "Department of State"},
		{"Department of State", "Department of State"},
		{"Treasury Department", "Department of the Treasury"},
		{"Department of Treasury", "Department of the Treasury"},
		{"CDC", "Centers for Disease Control and Prevention"},
		{"United States Centers for Disease Control", "Centers for Disease Control and Prevention"},
		{"HHS", "Department of Health and Human Services"},
		// guards: another body, a body inside a longer name, Virginia's abbreviation
		{"Department of State INL", "Department of State INL"},
		{"Fire Department", "Fire Department"},
		{"Africa Centers for Disease Control and Prevention", "Africa Centers for Disease Control and Prevention"},
		{"VA", "VA"},
	}
	for _, c := range cases {
		if got := usBodyName(c.name); got != c.want {
			t.Errorf("usBodyName(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestUSBodyFormsAreOneNode: an article that names a body in two forms
// gives one organisation (issue 10, audit10; sentences of the open corpus's
// press briefings, whitehouse-57840 and whitehouse-25157).
func TestUSBodyFormsAreOneNode(t *testing.T) {
	res, err := Extract(Article{Date: probePub, Source: "whitehouse.gov", Title: "Press Briefing",
		Text: "We do very important work with the NSC, with the State Department, and with the FBI. The Department of State has said so. The CDC said it too, and the Centers for Disease Control and Prevention will publish its data."})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, e := range res.Entities {
		if e.Type == "Organization" {
			got[e.Name] = len(e.Mentions)
		}
	}
	for name, mentions := range map[string]int{"Department of State": 2, "Centers for Disease Control and Prevention": 2} {
		if got[name] != mentions {
			t.Errorf("%s: %d mentions, want %d (organisations %v)", name, got[name], mentions, got)
		}
	}
	for _, form := range []string{"State Department", "CDC"} {
		if _, ok := got[form]; ok {
			t.Errorf("%s is a node of its own (organisations %v)", form, got)
		}
	}
}

// TestUSBodyIsGovernment: a federal body under its official name is a
// government body though the name has no government word ("Centers",
// "Institutes", "Office"); before, "CDC" was one by its typed body's row
// (gazetteer/data/bodies_typed.tsv) and
// its full name, which usBodyName gives it, was "other".
func TestUSBodyIsGovernment(t *testing.T) {
	res, err := Extract(Article{Date: probePub, Source: "whitehouse.gov", Title: "Press Briefing",
		Text: "The CDC said so, and the NIH will publish its data. The OMB agrees."})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range res.Entities {
		if e.Type == "Organization" {
			got[e.Name] = e.OrgType
		}
	}
	for _, name := range []string{"Centers for Disease Control and Prevention", "National Institutes of Health", "Office of Management and Budget"} {
		if got[name] != OrgGovernment {
			t.Errorf("%s: type %q, want %q (organisations %v)", name, got[name], OrgGovernment, got)
		}
	}
}
