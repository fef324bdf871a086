package extract

import "testing"

// TestMetByTravellersSteps pins metByTravellers' steps on a mention that
// starts at a word (texts written for the test on the corpus's forms): the
// "with" reached back over the list and the title, the meeting verb before
// it, a purpose between them that makes the mention no one met, and a
// pronoun or "the delegation" as the verb's subject.
func TestMetByTravellersSteps(t *testing.T) {
	cases := []struct {
		text, word string
		with       bool   // a "with" of a list that holds the mention
		verb       string // the meeting verb before "with", "" for none
		purpose    bool
		subject    bool // they, he, she or the delegation just before the verb
	}{
		{"They met with Foreign Minister Ana Lopez.", "Ana", true, "met", false, true},
		{"During the trip, she will meet with Mayor Ana Lopez and Governor Juan Cruz.", "Juan", true, "meet", false, true},
		{"The delegation also met with municipal Party Secretary Nguyen Van Nen.", "Nguyen", true, "met", false, true},
		{"Secretary Blinken met with Acting Prime Minister Claude Joseph and Prime Minister-Designate Ariel Henry in a joint meeting, as well as Senate President Joseph Lambert.",
			"Lambert", true, "met", false, false}, // over "…, as well as" to the list's first members
		{"He met to discuss cooperation with Minister Ana Lopez.", "Ana", true, "met", true, true},
		{"He talked with Minister Ana Lopez.", "Ana", true, "", false, false},
		// guards: no "with" of a list
		{"They met Minister Ana Lopez.", "Ana", false, "", false, false},
		{"They met with the staff of Minister Ana Lopez, who spoke.", "Ana", false, "", false, false},
		{"They met with Executive Secretary of the Economic Commission Ana Lopez.", "Ana", false, "", false, false}, // a body's officer
	}
	for _, c := range cases {
		d := newDoc(c.text, false)
		start := tokenOf(t, d, c.word)
		t0 := d.sents[0].t0
		with := withOfMetList(d, t0, start)
		if got := with >= 0; got != c.with {
			t.Errorf("%q, %q: a with of a list %v, want %v", c.text, c.word, got, c.with)
			continue
		}
		if with < 0 {
			continue
		}
		verb, gotVerb := meetVerbBefore(d, t0, with), ""
		if verb >= 0 {
			gotVerb = d.toks[verb].key
		}
		if gotVerb != c.verb {
			t.Errorf("%q: meeting verb %q, want %q", c.text, gotVerb, c.verb)
			continue
		}
		if verb < 0 {
			continue
		}
		if got := purposeBetween(d, verb, with); got != c.purpose {
			t.Errorf("%q: a purpose between the verb and with %v, want %v", c.text, got, c.purpose)
		}
		if got := travellersSubject(d, t0, verb); got != c.subject {
			t.Errorf("%q: the travellers' subject %v, want %v", c.text, got, c.subject)
		}
	}
}
