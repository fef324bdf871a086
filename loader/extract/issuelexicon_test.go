package extract

import (
	"slices"
	"testing"
)

// TestPlaceIssuesNeedThePlace: a place's issue is named by the place, not by a
// general word that the corpus uses of many places. "Genocide" there is said
// of the Rohingya, Darfur and Ukraine more often than of the Uyghurs (143
// sentences without Xinjiang or Uyghur in the corpus outside test and N/O,
// 39 with); "maritime security" and "freedom of navigation" of the Gulf, the
// Indian Ocean and the Strait of Hormuz; "normalization" of Turkey and
// Armenia, or Kosovo and Serbia, so it names the Middle East's issue only in
// a sentence that names Israel or the Arab states. The East China Sea is an
// issue of its own (Japan's and China's), not the South China Sea's.
func TestPlaceIssuesNeedThePlace(t *testing.T) {
	initIndexes()
	tests := []struct {
		sentence string
		want     []string // issues that must be found
		not      []string // issues that must not be
	}{
		{"They discussed the U.S. determination that members of the military committed genocide and crimes against humanity against Rohingya.",
			nil, []string{"xinjiang"}},
		{"The Secretary raised the genocide and crimes against humanity against Uyghurs in Xinjiang.",
			[]string{"xinjiang"}, nil},
		{"They discussed maritime security in the Gulf of Guinea.",
			[]string{"security"}, []string{"south-china-sea"}},
		{"Iran threatens freedom of navigation through the Strait of Hormuz.",
			nil, []string{"south-china-sea"}},
		{"They reaffirmed freedom of navigation in the South China Sea.",
			[]string{"south-china-sea"}, []string{"east-china-sea"}},
		{"They champion freedom of navigation, including in the East and South China Seas.",
			[]string{"south-china-sea", "east-china-sea"}, nil},
		// the East China Sea is Japan's and China's dispute, not the South China Sea's
		{"They opposed any unilateral attempts to change the status quo in the East China Sea.",
			[]string{"east-china-sea"}, []string{"south-china-sea"}},
		{"They reaffirmed freedom of navigation in the South China Sea.",
			[]string{"south-china-sea"}, []string{"east-china-sea"}},
		{"The leaders discussed Turkey-Armenia normalization.",
			nil, []string{"middle-east-peace"}},
		{"They discussed expanding the Abraham Accords and normalization with Israel.",
			[]string{"middle-east-peace"}, nil},
		{"The United States welcomes the normalization of relations between the Kingdom of Morocco and Israel.",
			[]string{"middle-east-peace"}, nil},
		{"It is about building Israel's normalization and economic integration.",
			[]string{"middle-east-peace"}, nil},
		{"The sides agreed that a normalization of U.S.-Russian relations would be in the interest of both countries.",
			nil, []string{"middle-east-peace"}},
	}
	for _, tc := range tests {
		toks := tokenize(tc.sentence, 0)
		got := findIssues(toks, 0, len(toks))
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: issues %v, want %s among them", tc.sentence, got, w)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: issues %v, must not hold %s", tc.sentence, got, n)
			}
		}
	}
}
