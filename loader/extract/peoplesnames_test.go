package extract

import (
	"testing"

	"newsgraph/loader/extract/ner"
)

// TestPeoplesNameEnd: a name that ends in "People" before a possessive goes
// on through the capitalised words after it, and "of" joins one more; the
// guards keep a name that does not end so, a possessive without a name
// after it and a lower-case word.
func TestPeoplesNameEnd(t *testing.T) {
	for _, c := range []struct {
		text, name, want string
	}{
		{"the so-called Donetsk People’s Republic (DNR) or", "Donetsk People", "Donetsk People’s Republic"},
		{"members of the Tigray People’s Liberation Front in the", "Tigray People", "Tigray People’s Liberation Front"},
		{"the Donetsk and Luhansk People’s Republics. We", "Luhansk People", "Luhansk People’s Republics"},
		{"the Chinese People's Liberation Army said", "Chinese People", "Chinese People's Liberation Army"},
		{"the Democratic People’s Republic of Korea and", "Democratic People", "Democratic People’s Republic of Korea"},
		{"the Democratic People’s Republic in Korea", "Democratic People", "Democratic People’s Republic"},
		{"the Sudan People’s Liberation Army/Movement", "Sudan People", "Sudan People’s Liberation Army"},
		{"the Ukrainian People’s rights were", "Ukrainian People", "Ukrainian People"},
		{"the Donetsk People’s of course", "Donetsk People", "Donetsk People"},
		{"Donetsk People’s", "Donetsk People", "Donetsk People"},
		{"Donald Trump’s Administration", "Donald Trump", "Donald Trump"},
		{"the People’s Republic of China", "Republic of China", "Republic of China"},
	} {
		s, e := at(t, c.text, c.name)
		if got := c.text[s:peoplesNameEnd(c.text, s, e)]; got != c.want {
			t.Errorf("peoplesNameEnd(%q, %q) gives %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// TestWidenedPeoples: the widened name takes its head's type and the
// recogniser's names inside it go; a name beside it stays.
func TestWidenedPeoples(t *testing.T) {
	text := "the so-called Donetsk People’s Republic and Luhansk, said Kyiv."
	s, e := at(t, text, "Donetsk People")
	rs, re := at(t, text, "Republic")
	ls, le := at(t, text, "Luhansk")
	got := widenedPeoples(text, []ner.Span{
		{Start: s, End: e, Type: ner.Organization},
		{Start: rs, End: re, Type: ner.Place},
		{Start: ls, End: le, Type: ner.Place},
	})
	if len(got) != 2 {
		t.Fatalf("widenedPeoples kept %d names, want 2: %+v", len(got), got)
	}
	if name := text[got[0].Start:got[0].End]; name != "Donetsk People’s Republic" || got[0].Type != ner.Place {
		t.Errorf("first name %q %v, want the place Donetsk People’s Republic", name, got[0].Type)
	}
	if name := text[got[1].Start:got[1].End]; name != "Luhansk" {
		t.Errorf("second name %q, want Luhansk", name)
	}
	front := "the Tigray People’s Liberation Front"
	fs, fe := at(t, front, "Tigray People")
	if got := widenedPeoples(front, []ner.Span{{Start: fs, End: fe, Type: ner.Place}}); got[0].Type != ner.Organization {
		t.Errorf("a front widened is %v, want an organisation", got[0].Type)
	}
}

// TestPeoplesNodeName: a plural that a coordination made names one
// republic; other names stay as they are.
func TestPeoplesNodeName(t *testing.T) {
	for name, want := range map[string]string{
		"Luhansk People’s Republics":       "Luhansk People’s Republic",
		"Luhansk People's Republics":       "Luhansk People's Republic",
		"Donetsk People’s Republic":        "Donetsk People’s Republic",
		"the Baltic Republics":             "the Baltic Republics",
		"Tigray People’s Liberation Front": "Tigray People’s Liberation Front",
	} {
		if got := peoplesNodeName(name); got != want {
			t.Errorf("peoplesNodeName(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestChamberName: a legislative chamber named by one word is a body; a
// longer name with such a word is not one by this rule.
func TestChamberName(t *testing.T) {
	for name, want := range map[string]bool{
		"House": true, "Senate": true, "Rada": true, "Knesset": true,
		"Blair House": false, "Housing": false, "White House": false, "Ukraine": false,
	} {
		if got := chamberName(name); got != want {
			t.Errorf("chamberName(%q) = %v, want %v", name, got, want)
		}
	}
}
