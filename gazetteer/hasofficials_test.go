package gazetteer

import (
	"strings"
	"testing"
)

// TestHasOfficialsAsTheirTerms: HasOfficialsBySurname and
// HasOfficialsByGivenName say what a look at OfficialsBySurname's and
// OfficialsByGivenName's terms says, for every word of every listed name
// (first, last and between) and for words that name no one.
func TestHasOfficialsAsTheirTerms(t *testing.T) {
	words := map[string]bool{"meeting": true, "Washington": true, "": true, "Zzyzx": true}
	for _, o := range Officials() {
		for _, w := range strings.Fields(o.Name) {
			words[w] = true
		}
	}
	surnames, givens := 0, 0
	for w := range words {
		if got, want := HasOfficialsBySurname(w), len(OfficialsBySurname(w)) > 0; got != want {
			t.Errorf("HasOfficialsBySurname(%q) = %v, want %v", w, got, want)
		} else if got {
			surnames++
		}
		if got, want := HasOfficialsByGivenName(w), len(OfficialsByGivenName(w)) > 0; got != want {
			t.Errorf("HasOfficialsByGivenName(%q) = %v, want %v", w, got, want)
		} else if got {
			givens++
		}
	}
	if surnames < 100 || givens < 100 {
		t.Errorf("%d surnames and %d given names held: too few words checked", surnames, givens)
	}
}
