package extract

import (
	"slices"
	"testing"
)

func TestDateWordsReadsTheExtractorsDates(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The Secretary met with Foreign Minister Lavrov on Monday.", []string{"Monday"}},
		{"They spoke by phone yesterday and met in Geneva on June 16, 2021.", []string{"yesterday", "June 16, 2021"}},
		{"The Secretary met with Foreign Minister Lavrov.", nil},
		{"We discussed the May 21 Summit last week.", []string{"May 21", "last week"}},
	} {
		got, err := DateWords(tc.text, "2022-06-07")
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("DateWords(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	if _, err := DateWords("on Monday", "not a date"); err == nil {
		t.Error("DateWords with a bad article date gave no error")
	}
}
