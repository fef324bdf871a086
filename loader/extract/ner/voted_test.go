package ner

import "testing"

// TestFindTokensVotedGivesTheTaggersTypeOfARetypedName: the embedded
// model's typer re-types "Gabrielle Union" (whitehouse-50184) an
// organisation, and FindTokensVoted gives the tagger's vote, a person, for
// that span and for no span the typer left as the tagger typed it.
func TestFindTokensVotedGivesTheTaggersTypeOfARetypedName(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Henson will co-produce Sorcerority with Game Changer Films and Gabrielle Union’s I’ll Have Another Productions."
	voted := map[[2]int]Type{}
	spans := m.FindTokensVoted(Tokenize(text), voted)
	found := false
	for _, sp := range spans {
		v, ok := voted[[2]int{sp.Start, sp.End}]
		name := text[sp.Start:sp.End]
		switch {
		case name == "Gabrielle Union":
			found = true
			if sp.Type == Person || v != Person {
				t.Errorf("%q: typed %v, voted %v (%v); want typed other than a person, voted a person", name, sp.Type, v, ok)
			}
		case ok && v == sp.Type:
			t.Errorf("%q: voted %v recorded, though the typer left it so", name, v)
		}
	}
	if !found {
		t.Errorf("no span Gabrielle Union in %v", spans)
	}
	if got := m.FindTokens(Tokenize(text)); len(got) != len(spans) {
		t.Errorf("FindTokens gives %d spans, FindTokensVoted %d", len(got), len(spans))
	}
}
