package gazetteer

import (
	"testing"

	"newsgraph/schema"
)

// TestFoldDropsInvisibleCharacters: a word that keeps a word joiner or a
// zero-width space (the White House's "Biden-\u2060Harris", "COVID-\u206019")
// folds as the word without it, so lookups see the same key.
func TestFoldDropsInvisibleCharacters(t *testing.T) {
	for in, want := range map[string]string{
		"Biden-\u2060Harris": "Biden-Harris",
		"COVID-\u206019":     "COVID-19",
		"Post-\u200bAcute":   "Post-Acute",
		"Kuleba’s":           "Kuleba's", // guard: the folds before stay
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestASCIINameKeyIsTheWordsOne: the one-pass key of an ASCII name is the
// one made word by word, on hand-picked forms and on every official's name
// and alias that is ASCII once folded.
func TestASCIINameKeyIsTheWordsOne(t *testing.T) {
	names := []string{"Joseph R. Biden, Jr.", "J. B. Pritzker", "J.B. Pritzker", "Martin Luther King JR", "Pope Leo XIV",
		"B.A.", "A", "  Xi ,Jinping\t", "Henry Kissinger III", "Jr.", "O'Brien", `"Tony" Blinken`, "Ri Yong Ho", ""}
	for _, o := range Officials() {
		names = append(names, o.Name)
		names = append(names, o.Aliases...)
	}
	n := 0
	for _, name := range names {
		name = schema.CloseInitials(Fold(name))
		got, ok := asciiNameKey(name)
		if !ok {
			continue
		}
		n++
		if want := nameKeyOfWords(name); got != want {
			t.Errorf("%q: %q, want %q", name, got, want)
		}
	}
	if n < 1000 {
		t.Errorf("%d ASCII names compared, want 1,000 or more", n)
	}
}
