package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"abbreviation U.S. inside a sentence", "The U.S. Secretary of State met Xi. He left.", []string{"The U.S. Secretary of State met Xi.", "He left."}},
		{"U.S. at the end before a new sentence", "He visited the U.S. The trip was short.", []string{"He visited the U.S.", "The trip was short."}},
		{"honorifics and initials", "Mr. Blinken and Antony J. Blinken, Jr. met. Then they left.", []string{"Mr. Blinken and Antony J. Blinken, Jr. met.", "Then they left."}},
		{"closing quotes", "He said “progress.” Then he left.", []string{"He said “progress.”", "Then he left."}},
		{"blank lines are hard breaks", "Rome, Italy\n\nWestin Excelsior\n\nHello", []string{"Rome, Italy", "Westin Excelsior", "Hello"}},
		{"question and exclamation", "Is it? Yes! Good.", []string{"Is it?", "Yes!", "Good."}},
		{"decimal numbers", "It grew 3.5 percent. Good.", []string{"It grew 3.5 percent.", "Good."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := tokenize(c.text, 0)
			ss := splitSentences(toks)
			var got []string
			for _, s := range ss {
				got = append(got, c.text[s.start:s.end])
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("sentence %d: got %q, want %q", i, got[i], c.want[i])
				}
			}
		})
	}
}

func TestTokenizeSplitsPossessives(t *testing.T) {
	toks := tokenize("Blinken’s talks with China's top diplomat", 0)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.text)
	}
	want := []string{"Blinken", "’s", "talks", "with", "China", "'s", "top", "diplomat"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

// The pipeline's tokens are the recogniser's words plus one token per line
// break, so both stages agree on every word boundary and abbreviation.
func TestTokenizeIsTheRecognisersWordsAndLineBreaks(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"ampersand joins a name", "AT&T and S&P rose.", []string{"AT&T", "and", "S&P", "rose", "."}},
		{"abbreviations keep their period", "Messrs. Lee and Gen. Cho met Pres. Yoon.", []string{"Messrs.", "Lee", "and", "Gen.", "Cho", "met", "Pres.", "Yoon", "."}},
		{"every line break is a token", "Rome\n\nItaly\n", []string{"Rome", "\n", "\n", "Italy", "\n"}},
		{"numbers and words", "In 2022 the G7 met.", []string{"In", "2022", "the", "G7", "met", "."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks, words := tokenizeWords(c.text, 0)
			var got []string
			for _, tk := range toks {
				got = append(got, tk.text)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("tokens (-want +got):\n%s", diff)
			}
			var nonBreak []string
			for _, tk := range toks {
				if tk.kind != tokNewline {
					nonBreak = append(nonBreak, c.text[tk.start:tk.end])
				}
			}
			var fromWords []string
			for _, w := range words {
				fromWords = append(fromWords, w.Text)
			}
			if diff := cmp.Diff(fromWords, nonBreak); diff != "" {
				t.Errorf("pipeline tokens differ from the recogniser's words (-words +pipeline):\n%s", diff)
			}
		})
	}
}
