package extract

import "testing"

// TestNameSuffixIsNoRecognisedPerson: the recogniser tags the ", Jr." of
// "Dr. Martin Luther King, Jr." as a person of its own (a "Jr." person
// entity in 8 open articles: whitehouse-20475, -23255, -46453, -48442,
// -50526 …); a suffix alone names no one (the probe: whitehouse-48442).
// The guard: the sentence's other person stays.
func TestNameSuffixIsNoRecognisedPerson(t *testing.T) {
	text := "It is a particular honor to be joined by the family of Congressman John Lewis and the family of Reverend Dr. Martin Luther King, Jr. (Applause.)"
	res, err := Extract(Article{ID: "t", Title: "Remarks", Date: probePub, Source: "The White House Briefing Room", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	got := entityForms(res, text)
	if forms, ok := got["person:jr"]; ok {
		t.Errorf("person:jr is an entity (%q): %v", forms, got)
	}
	if _, ok := got["person:john-lewis"]; !ok {
		t.Errorf("person:john-lewis is no entity (guard): %v", got)
	}
}
