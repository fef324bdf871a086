package extract

import (
	"strings"
	"testing"
)

// TestCleanEntityNameAsItWas: the ASCII fast path of cleanEntityName gives
// what splitting, joining and comparing cases gave on every kind of name:
// single-spaced, spaced otherwise, all capitals, one word, non-ASCII.
func TestCleanEntityNameAsItWas(t *testing.T) {
	slow := func(s string) string {
		s = strings.Join(strings.Fields(s), " ")
		if strings.ContainsRune(s, ' ') && strings.ToUpper(s) == s && strings.ToLower(s) != s {
			s = titleWord(strings.ToLower(s))
		}
		return s
	}
	for _, c := range []struct{ in, want string }{
		{"Joe Biden", "Joe Biden"},
		{"JOE BIDEN", "Joe Biden"},
		{"NATO", "NATO"},
		{"U.S. STATE DEPARTMENT", "U.S. State Department"},
		{"JEAN-YVES LE DRIAN", "Jean-Yves Le Drian"},
		{"Joe  Biden", "Joe Biden"},
		{" Joe Biden", "Joe Biden"},
		{"Joe Biden ", "Joe Biden"},
		{"Joe\nBiden", "Joe Biden"},
		{"JOE\tBIDEN", "Joe Biden"},
		{"G7 2023", "G7 2023"},
		{"1 2", "1 2"},
		{"", ""},
		{" ", ""},
		{"ÉMILE ZOLA", "Émile Zola"},
		{"Émile\u00a0Zola", "Émile Zola"},
		{"BIDEN-HARRIS", "BIDEN-HARRIS"},
	} {
		if got := cleanEntityName(c.in); got != c.want || got != slow(c.in) {
			t.Errorf("cleanEntityName(%q) = %q, want %q (the split and join gives %q)", c.in, got, c.want, slow(c.in))
		}
	}
}
