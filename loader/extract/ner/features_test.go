package ner

import (
	"strings"
	"testing"
)

// infoOf returns docInfo's entry of the n-th (from 0) token of text whose
// text is word.
func infoOf(t *testing.T, text, word string, n int) tokInfo {
	t.Helper()
	toks := Tokenize(text)
	info := docInfo(toks, nil)
	for i, tk := range toks {
		if tk.Text == word {
			if n == 0 {
				return info[i]
			}
			n--
		}
	}
	t.Fatalf("%q: no token %q", text, word)
	return tokInfo{}
}

// TestSentenceKinds: capitals say little of a name in a headline or a
// shouted line, so docInfo marks every token with its sentence's kind.
func TestSentenceKinds(t *testing.T) {
	cases := []struct {
		text, word string
		want       uint8
	}{
		{"Blinken met Wang in Beijing.", "Wang", sentNormal},
		{"BLINKEN MEETS WANG IN BEIJING", "WANG", sentCaps},
		{"Secretary Blinken Meets the Foreign Minister of China", "Minister", sentTitle},
		{"US AND CHINA talk", "CHINA", sentNormal},            // three in four words upper case: not four in five
		{"Beijing", "Beijing", sentNormal},                    // one word is no headline
		{"Blinken Arrives. He met Wang.", "Wang", sentNormal}, // each sentence its own kind
		{"Blinken Arrives. He met Wang.", "Arrives", sentTitle},
	}
	for _, c := range cases {
		if got := infoOf(t, c.text, c.word, 0).sentKind; got != c.want {
			t.Errorf("%q, %q: sentence kind %d, want %d", c.text, c.word, got, c.want)
		}
	}
}

// TestWhatTheTextSaysOfAWordElsewhere: a capitalised word the text also
// capitalises mid-sentence (flSeenCapMid) is likely a name, and one it
// also writes in lower case (flSeenLower) likely not, wherever the word
// stands.
func TestWhatTheTextSaysOfAWordElsewhere(t *testing.T) {
	cases := []struct {
		text, word string
		n          int
		want       uint16 // of flSeenLower|flSeenCapMid
	}{
		{"Hope came. They said Hope left.", "Hope", 0, flSeenCapMid},
		{"Hope came. There is hope here.", "Hope", 0, flSeenLower},
		{"Hope came. There is hope here.", "hope", 0, flSeenLower},
		{"Hope came. Hope said there is hope.", "Hope", 1, flSeenLower}, // sentence-initial both times
		{"They said Hope left. There is hope.", "hope", 0, flSeenLower | flSeenCapMid},
		{"Hope came. They left.", "Hope", 0, 0},
		{"HOPE CAME. They said HOPE left.", "HOPE", 1, 0}, // upper case says nothing of a name
	}
	for _, c := range cases {
		if got := infoOf(t, c.text, c.word, c.n).flags & (flSeenLower | flSeenCapMid); got != c.want {
			t.Errorf("%q, %q #%d: seen flags %b, want %b", c.text, c.word, c.n, got, c.want)
		}
	}
}

// TestRunGazetteerKinds: every token of a capitalised run carries the
// gazetteer kinds matched anywhere in the run, so a title's words know the
// run holds a demonym or a place.
func TestRunGazetteerKinds(t *testing.T) {
	cases := []struct {
		text, word string
		matched    []string // the run's words that match gazetteer names
	}{
		{"He met Chinese Foreign Minister Wang Yi.", "Minister", []string{"Chinese", "Wang"}},
		{"He met Chinese Foreign Minister Wang Yi.", "Chinese", []string{"Chinese", "Wang"}},
		{"She flew to Mexico City today.", "City", []string{"Mexico"}},
		{"He met Zorblat Quux today.", "Quux", nil},
	}
	for _, c := range cases {
		var want uint8
		for _, w := range c.matched {
			m := infoOf(t, c.text, w, 0)
			if m.gaz == 0 {
				t.Fatalf("%q: %q matches no gazetteer name", c.text, w)
			}
			want |= 1 << (m.gaz >> 2)
		}
		if got := infoOf(t, c.text, c.word, 0).runGaz; got != want {
			t.Errorf("%q, %q: run gazetteer kinds %b, want %b", c.text, c.word, got, want)
		}
	}
}

// TestRunGazetteerKindsOfARunLongerThanRunLen: runLen stops at 255, and a
// run longer than that ("Secretary of State Secretary of State …", 300 times)
// still gives its last word the kinds its first words matched, and does not
// walk past the text's end.
func TestRunGazetteerKindsOfARunLongerThanRunLen(t *testing.T) {
	text := "Blinken met Chinese " + strings.Repeat("Secretary of State ", 300) + "in Kyiv."
	toks := Tokenize(text)
	info := docInfo(toks, nil)
	chinese := infoOf(t, text, "Chinese", 0)
	if chinese.gaz == 0 {
		t.Fatal("Chinese matches no gazetteer name")
	}
	last := -1
	for i, tk := range toks {
		if tk.Text == "State" {
			last = i
		}
	}
	if want := uint8(1) << (chinese.gaz >> 2); info[last].runGaz&want == 0 {
		t.Errorf("the run's last word has kinds %b, want the bit %b of its first word", info[last].runGaz, want)
	}
}

// TestWordInfoFlagsNamesFromTheLists: a capitalised word the officials'
// lists hold as a given name or a surname, or the lexicon as a common word,
// is flagged so; a lower-case word is not, whatever the lists say.
func TestWordInfoFlagsNamesFromTheLists(t *testing.T) {
	cases := []struct {
		text, word string
		want       uint16 // of flGiven|flSurname|flCommon
	}{
		{"Antony Blinken spoke.", "Antony", flGiven},
		{"Antony Blinken spoke.", "Blinken", flSurname},
		{"The Meeting ended.", "Meeting", flCommon},
		{"the meeting ended.", "meeting", 0},
	}
	for _, c := range cases {
		if got := infoOf(t, c.text, c.word, 0).flags & (flGiven | flSurname | flCommon); got != c.want {
			t.Errorf("%q, %q: list flags %b, want %b", c.text, c.word, got, c.want)
		}
	}
}
