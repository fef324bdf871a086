package ner

import "testing"

// TestJoinInvisibleReadsThroughInvisibleCharacters: a word joiner,
// zero-width space or soft hyphen (cut from open articles' titles and
// texts) neither cuts a word nor stands as a token; the words are those of
// the text without it, and each token's range still holds its text.
func TestJoinInvisibleReadsThroughInvisibleCharacters(t *testing.T) {
	tests := []struct {
		text  string
		words []string
		lines []bool
	}{
		// whitehouse-48901's title: the joiner after "Biden-" had left "Biden" a word of its own
		{"Progress on Biden-\u2060Harris Commitment to Equity", []string{"Progress", "on", "Biden-\u2060Harris", "Commitment", "to", "Equity"},
			nil},
		{"Administration’s Whole-of-Government COVID-\u206019 Response", []string{"Administration", "’s", "Whole-of-Government", "COVID-\u206019", "Response"},
			nil},
		// whitehouse-24965: a zero-width space inside a compound
		{"or “Post-\u200bAcute Sequelae", []string{"or", "“", "Post-\u200bAcute", "Sequelae"}, nil},
		// whitehouse-53791's title and whitehouse-51376: one before a word is no token
		{"Bills Signed: H.R. 7691 and \u200bH.R. 7791", []string{"Bills", "Signed", ":", "H.R.", "7691", "and", "H.R.", "7791"}, nil},
		{"destructive direct \u00adascent ASAT", []string{"destructive", "direct", "ascent", "ASAT"}, nil},
		// usdos-252880: one at a line's end; the next line still starts a line
		{"Spokesperson Ned Price:\u200e\n\nSecretary of State", []string{"Spokesperson", "Ned", "Price", ":", "Secretary", "of", "State"},
			[]bool{true, false, false, false, true, false, false}},
		// whitehouse-53670: one at a line's start passes the start on
		{"in history.\n\n\u200bThis job", []string{"in", "history", ".", "This", "job"}, []bool{true, false, false, true, false}},
		// whitehouse-56417: two between words that a space already parts
		{"fundamental values \u200b\u200bof support", []string{"fundamental", "values", "of", "support"}, nil},
	}
	for _, tt := range tests {
		toks := JoinInvisible(tt.text, Tokenize(tt.text))
		words, lines := tokenTexts(t, tt.text, toks), make([]bool, len(toks))
		for k, tok := range toks {
			lines[k] = tok.LineStart
		}
		if d := diff(tt.words, words); d != "" {
			t.Errorf("Tokenize(%q) words:\n%s", tt.text, d)
		}
		if d := diff(tt.lines, lines); tt.lines != nil && d != "" {
			t.Errorf("Tokenize(%q) line starts:\n%s", tt.text, d)
		}
	}
}

// TestJoinInvisibleLeavesPlainTextsAlone guards the plain texts:
// JoinInvisible hands back their tokens as Tokenize made them.
func TestJoinInvisibleLeavesPlainTextsAlone(t *testing.T) {
	for _, text := range []string{"Biden-Harris Administration", "COVID-19 and the U.S.-EU Summit", "Jill and I — today."} {
		toks := Tokenize(text)
		if d := diff(toks, JoinInvisible(text, toks)); d != "" {
			t.Errorf("%q:\n%s", text, d)
		}
	}
}

// tokenTexts returns the tokens' texts, checking that each range holds its
// text.
func tokenTexts(t *testing.T, text string, toks []Token) []string {
	t.Helper()
	words := make([]string, len(toks))
	for k, tok := range toks {
		if text[tok.Start:tok.End] != tok.Text {
			t.Errorf("%q: token %q has range [%d,%d) holding %q", text, tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
		}
		words[k] = tok.Text
	}
	return words
}

// TestJoinInvisibleWorksInPlace: the joined tokens are written over the
// ones read, so a text with one invisible character costs no second copy of
// its tokens (on a 10 MB article, 80 MB of the pipeline's peak).
func TestJoinInvisibleWorksInPlace(t *testing.T) {
	text := "Progress on Biden-\u2060Harris Commitment. Post-\u200bAcute and \u200bH.R. 7791 \u200b\u200bof support"
	toks := Tokenize(text)
	want := JoinInvisible(text, Tokenize(text))
	buf := make([]Token, len(toks))
	var got []Token
	allocs := testing.AllocsPerRun(10, func() {
		copy(buf, toks)
		got = JoinInvisible(text, buf)
	})
	if allocs != 0 {
		t.Errorf("JoinInvisible allocated %.0f times, want none", allocs)
	}
	if d := diff(want, got); d != "" {
		t.Errorf("in place, the tokens differ:\n%s", d)
	}
}
