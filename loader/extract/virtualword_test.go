package extract

import (
	"testing"
	"unicode"
)

// TestVirtualTodayInIsTheRegexp: the prefilter of virtualToday
// (holdsVirtualWord) answers as the regexp alone does, on texts with and
// without the words in any case, and no letter of the words the regexp
// can match has a case form outside ASCII that the byte scan would miss.
func TestVirtualTodayInIsTheRegexp(t *testing.T) {
	texts := []string{
		"The two leaders met today by video to discuss the war.",
		"Today the President held a VIRTUAL meeting with the Prime Minister.",
		"They met virtually this morning.",
		"A videoconference was held today with the ministers.",
		"Today the Secretary met the Foreign Minister in Paris.",
		"We discussed virtually every issue today.",
		"Vive la France. The Vice President spoke today.",
		"",
	}
	for _, text := range texts {
		if got, want := virtualTodayIn(text), virtualToday.MatchString(text); got != want {
			t.Errorf("virtualTodayIn(%q) = %v, the regexp %v", text, got, want)
		}
	}
	for _, r := range "videoconferencevirtualbyvia" {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f > unicode.MaxASCII {
				t.Errorf("%q folds to %q, which holdsVirtualWord does not read", r, f)
			}
		}
	}
}
