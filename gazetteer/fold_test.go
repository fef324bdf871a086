package gazetteer

import "testing"

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
