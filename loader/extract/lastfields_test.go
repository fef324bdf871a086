package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestLastFieldsAreFieldsEnd: lastFields, which appositionOrList reads
// instead of splitting the whole article before a name, gives the end of
// what strings.Fields gives, whatever the spaces (a no-break space, a
// newline, none) and however few the words.
func TestLastFieldsAreFieldsEnd(t *testing.T) {
	for _, s := range []string{
		"", "   ", "Thank you", "  the opposition leader, ", "Cohen, Cheney,\u00a0Malinowski, Waltz",
		"MS. PSAKI: Okay.\n\nGo ahead,", "ein\u2003zwei\tdrei\n", "word",
	} {
		for n := 1; n <= 4; n++ {
			all := strings.Fields(s)
			want := all[max(0, len(all)-n):]
			if got := lastFields(s, n); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Errorf("lastFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
