package ner

import (
	"slices"
	"strings"
	"testing"
)

// TestTallyNamesGroupsSpansByWords: spans of the same words are one name,
// keyed by the words joined by spaces, with every mention's tokens, in the
// order first seen; each span's key is its name's.
func TestTallyNamesGroupsSpansByWords(t *testing.T) {
	text := "Joe Biden met Olaf Scholz. Biden and Joe Biden spoke in Berlin."
	toks := Tokenize(text)
	info := docInfoNoLexicon(toks, nil)
	span := func(s string, from int) Span {
		i := strings.Index(text[from:], s) + from
		return Span{Start: i, End: i + len(s), Type: Person}
	}
	spans := []Span{span("Joe Biden", 0), span("Olaf Scholz", 0), span("Biden", 20), span("Joe Biden", 30), span("Berlin", 0)}
	keys := make([]string, len(spans))
	taken := make([]bool, len(toks))
	names, order := tallyNames(toks, info, spans, taken, keys)
	if want := []string{"Joe Biden", "Olaf Scholz", "Biden", "Joe Biden", "Berlin"}; !slices.Equal(keys, want) {
		t.Errorf("keys %q, want %q", keys, want)
	}
	if want := []string{"Joe Biden", "Olaf Scholz", "Biden", "Berlin"}; !slices.Equal(order, want) {
		t.Errorf("order %q, want %q", order, want)
	}
	jb := names["Joe Biden"]
	if jb == nil || len(jb.mentions) != 2 || !slices.Equal(jb.words, []string{"Joe", "Biden"}) || jb.votes[Person] != 2 {
		t.Fatalf("Joe Biden: %+v", jb)
	}
	for _, m := range jb.mentions {
		if got := joinTokens(toks, m.s, m.e); got != "Joe Biden" {
			t.Errorf("mention %v is %q", m, got)
		}
	}
	if n := names["Biden"]; n == nil || len(n.mentions) != 1 || !slices.Equal(n.words, []string{"Biden"}) {
		t.Errorf("Biden: %+v", n)
	}
	for i, tk := range toks {
		if want := slices.Contains(strings.Fields("Joe Biden Olaf Scholz Berlin"), tk.Text); taken[i] != want {
			t.Errorf("token %q taken %v, want %v", tk.Text, taken[i], want)
		}
	}
}
