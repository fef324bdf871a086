package extract

import "testing"

// tokenAt is the index of the first token of d whose key is word, -1 if none.
func tokenAt(d *doc, word string) int {
	for i, t := range d.toks {
		if t.key == word {
			return i
		}
	}
	return -1
}

// TestVirtuallyAlmost: "virtually" before a quantifier or a determiner means
// "almost" and tells no virtual encounter; before a verb, a preposition or a
// stop it still does. The texts are written for the test, never copied from
// the corpus.
func TestVirtuallyAlmost(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"The response came from virtually the entirety of the world.", true},
		{"Virtually everything we do is done together.", true},
		{"They agreed on virtually every point.", true},
		{"There was virtually no progress.", true},
		{"The leaders met virtually on Monday.", false},
		{"The Secretary virtually hosted the ministers.", false},
		{"The ministers met virtually.", false},
		{"She joined virtually with the ministers.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text, false)
		i := tokenAt(d, "virtually")
		if got := virtuallyAlmost(d, i, len(d.toks)); got != c.want {
			t.Errorf("%q: virtuallyAlmost = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestSpeaksToNoOne: a speaking verb followed by a complement of speech
// alone, by a dash, or "about" after "he" or "she", is a speech; with
// "with", "to" a person, or "about" after a plural subject it is still a
// conversation.
func TestSpeaksToNoOne(t *testing.T) {
	cases := []struct {
		text, verb string
		want       bool
	}{
		{"Leaders must speak out on human rights.", "speak", true},
		{"Nobody there can speak truth to power.", "speak", true},
		{"The President spoke – compared himself to a tsar.", "spoke", true},
		{"He talked about his aspirations for the army.", "talked", true},
		{"She has talked about the plan before.", "talked", true},
		{"We talked about a lot of things.", "talked", false},
		{"They talked about the plan.", "talked", false},
		{"The Secretary spoke with the Foreign Minister.", "spoke", false},
		{"The Secretary spoke to the Foreign Minister.", "spoke", false},
		{"The two leaders spoke about trade.", "spoke", false},
		{"The leaders spoke.", "spoke", false},
	}
	for _, c := range cases {
		d := newDoc(c.text, false)
		i := tokenAt(d, c.verb)
		if got := speaksToNoOne(d, i, len(d.toks)); got != c.want {
			t.Errorf("%q: speaksToNoOne = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestWishedEncounter: a meeting word after "to" and a word of wishing is
// wished for or offered, no encounter; after a word of pleasure or a plan
// it is left to the other rules.
func TestWishedEncounter(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"He is open to meeting with the leader.", "meeting", true},
		{"He had indicated he wanted to meet with me.", "meet", true},
		{"She is still willing to meet the President.", "meet", true},
		{"They are ready to meet at any time.", "meet", true},
		{"I am pleased to meet with the Foreign Minister.", "meet", false},
		{"He looks forward to meeting the President.", "meeting", false},
		{"He travelled to Paris to meet the President.", "meet", false},
		{"The Secretary met the President.", "met", false},
	}
	for _, c := range cases {
		d := newDoc(c.text, false)
		i := tokenAt(d, c.word)
		if got := wishedEncounter(d, i, 0); got != c.want {
			t.Errorf("%q: wishedEncounter = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestOtherPersonsEncounter: a meeting word whose subject is "he", "she"
// or "they" is a third person's encounter, unless the speaker is its
// object ("with me", "with us").
func TestOtherPersonsEncounter(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"We saw it coming, and he had conversations with the President well before.", "conversations", true},
		{"As we said, she also spoke with the Prime Minister.", "spoke", true},
		{"They held a long call with the Chancellor, as we expected.", "call", true},
		{"He met with me on Monday.", "met", false},
		{"They spoke with us yesterday.", "spoke", false},
		{"I met with the President on Monday.", "met", false},
		{"We spoke with the Prime Minister.", "spoke", false},
		{"He said that I met with the President.", "met", false},
	}
	for _, c := range cases {
		d := newDoc(c.text, false)
		s := sentence{start: 0, end: len(c.text), t0: 0, t1: len(d.toks)}
		if got := otherPersonsEncounter(d, s, tokenAt(d, c.word)); got != c.want {
			t.Errorf("%q: otherPersonsEncounter = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestOutOfOfficeDate: a date two years or more before the article's on
// which no more than one of the encounter's listed people held a listed
// office dates no encounter of theirs; one on which two held one does, and
// people the lists do not know decide nothing.
func TestOutOfOfficeDate(t *testing.T) {
	r := &resolver{people: []*personEntity{
		{name: "Antony Blinken"}, {name: "Luis Almagro"}, {name: "Joe Biden"}, {name: "Mohammed VI"},
		{name: "Unlisted Personname"},
	}}
	const pub = "2022-06-08"
	cases := []struct {
		people []int
		value  string
		want   bool
	}{
		{[]int{0, 1}, "1992", true},        // neither in office
		{[]int{2, 3}, "2016", false},       // a vice president and a king
		{[]int{0, 1}, "2021-06", false},    // within two years: not read
		{[]int{0, 1}, "2014", true},        // a deputy national security advisor, and the secretary general not yet
		{[]int{0, 4}, "1992", false},       // one listed person only
		{[]int{0, 1}, "2023", false},       // after the article's year
		{[]int{2, 3}, "1992", true},        // a king, and no vice president yet
		{[]int{0, 1, 2, 3}, "2016", false}, // two of four in office
	}
	for _, c := range cases {
		if got := outOfOfficeDate(r, c.people, c.value, pub); got != c.want {
			t.Errorf("people %v on %s: outOfOfficeDate = %v, want %v", c.people, c.value, got, c.want)
		}
	}
}

// TestFalseHeldProbes runs whole articles through Extract: each rule of
// falseheld.go takes away the held meeting its sentence would otherwise
// give, and leaves the encounters its guards name. The texts are written
// for the probe, never copied from the corpus.
func TestFalseHeldProbes(t *testing.T) {
	const pub = "2022-06-10" // a Friday
	readout, _ := probeArticles(pub)
	avail := "Secretary Antony J. Blinken at a Press Availability"
	release := "Secretary Blinken’s Remarks on Ukraine"
	cases := []meetingProbe{
		{"virtually every", readout(release,
			"Secretary Antony Blinken said that virtually every ally stands with Ukrainian Foreign Minister Dmytro Kuleba."),
			nil},
		{"met virtually (guard)", readout(release,
			"Secretary Antony Blinken met virtually with Ukrainian Foreign Minister Dmytro Kuleba today."),
			[]string{"call held 2022-06-10: " + pairBK}},
		{"he had conversations, said by the speaker", readout(avail,
			"SECRETARY BLINKEN: We saw this coming, and he had conversations with Foreign Minister Dmytro Kuleba well before."),
			nil},
		{"I had conversations (guard)", readout(avail,
			"SECRETARY BLINKEN: We saw this coming, and I had conversations with Foreign Minister Dmytro Kuleba on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"brought together in a year neither held office", readout(release,
			"Secretary Antony Blinken and Ukrainian Foreign Minister Dmytro Kuleba recalled the aspirations that brought us together 30 years ago, when the United States hosted the first summit in Miami."),
			[]string{"summit held : " + pairBK}},
	}
	checkProbes(t, cases, nil)
}

// TestEncounterWordAtFalseHeld: encounterWordAt takes the words
// toldOfNoEncounter reads for no meeting word, and keeps their guards.
func TestEncounterWordAtFalseHeld(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"The minister must speak out on human rights.", "speak", false},
		{"He talked about his aspirations for the army.", "talked", false},
		{"He is open to meeting with the leader.", "meeting", false},
		{"It came from virtually every country.", "virtually", false},
		{"The minister spoke with the Secretary.", "spoke", true},
		{"He met with the leader.", "met", true},
		{"The ministers met virtually on Monday.", "virtually", true},
	}
	for _, c := range cases {
		d := newDoc(c.text, false)
		i := tokenAt(d, c.word)
		if _, got := encounterWordAt(d, i, 0, len(d.toks)); got != c.want {
			t.Errorf("%q: encounterWordAt(%q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
