package ner

import (
	"slices"
	"unicode/utf8"

	"newsgraph/gazetteer"
)

// Invisible format characters (Unicode category Cf: the word joiner U+2060,
// zero-width spaces and joiners, soft hyphens, direction marks) are no text
// a reader sees. The White House writes "Biden-\u2060Harris Administration" and
// "COVID-\u206019" with a word joiner after the hyphen; read as a mark, it cut
// the compound and left "Biden" a name of its own. JoinInvisible reads a
// text's tokens as if the characters were not there: a word, an inner
// joining mark ('-', '.', '&', an apostrophe) and a word on either side of
// one are one word, as without it, and one standing alone is no token, like
// a space. The extraction pipeline applies it after Tokenize; Tokenize
// itself, which the embedded model was trained on, is left as it was:
// retraining on the joined words (two sentences of usgov-names.jsonl hold
// such a character) moved 1,011 and 773 of the open corpus's entities by
// the perceptron's sensitivity alone, people and meetings unchanged.

// invisibleToken: the token is one invisible character (a token of its own,
// for no other rule puts one in a word).
func invisibleToken(t Token) bool {
	if t.Text[0] < utf8.RuneSelf {
		return false
	}
	r, size := utf8.DecodeRuneInString(t.Text)
	return size == len(t.Text) && gazetteer.Invisible(r)
}

// innerMark: the token is a mark that joins words inside one ("Biden-Harris",
// "U.S.", "AT&T", "d'Ivoire").
func innerMark(t Token) bool {
	if len(t.Text) > 3 {
		return false
	}
	r, size := utf8.DecodeRuneInString(t.Text)
	return size == len(t.Text) && (r == '-' || r == '.' || r == '&' || isApostrophe(r))
}

// wordToken: the token starts and ends with a letter or digit.
func wordToken(t Token) bool {
	first, _ := utf8.DecodeRuneInString(t.Text)
	last, _ := utf8.DecodeLastRuneInString(t.Text)
	return isWordRune(first) && isWordRune(last)
}

// JoinInvisible merges the tokens of text that an invisible character
// split and drops the invisible tokens left, passing their line and
// sentence starts to the next token. Tokens without one are returned as
// they are. It works in place: the tokens returned are toks's first, and
// toks is not to be read after. (A copy of them was a fifth of the
// pipeline's memory on a 10 MB article with one such character.)
func JoinInvisible(text string, toks []Token) []Token {
	first := slices.IndexFunc(toks, invisibleToken)
	if first < 0 {
		return toks
	}
	// out never passes the token read (toks[k] is copied before out[len(out)]
	// ≤ k is written), and the tokens read ahead are after k.
	out := toks[:first]
	line, sent := false, false
	for k := first; k < len(toks); k++ {
		t := toks[k]
		if !invisibleToken(t) {
			t.LineStart, t.SentStart = t.LineStart || line, t.SentStart || sent
			line, sent = false, false
			out = append(out, t)
			continue
		}
		if n := wordAfterInvisible(toks, k); n > k && joinsBefore(text, &out, t) {
			last := &out[len(out)-1]
			last.End, last.Text = toks[n].End, text[last.Start:toks[n].End]
			k = n
			continue
		}
		line, sent = line || t.LineStart, sent || t.SentStart
	}
	return out
}

// wordAfterInvisible returns the index of the word that the invisible token
// k (and any more right after it) touches, or k where no word does.
func wordAfterInvisible(toks []Token, k int) int {
	n := k + 1
	for n < len(toks) && invisibleToken(toks[n]) && toks[n].Start == toks[n-1].End {
		n++
	}
	if n >= len(toks) || toks[n].Start != toks[n-1].End || !wordToken(toks[n]) {
		return k
	}
	return n
}

// joinsBefore: the invisible token inv touches a word before it, or an
// inner mark that touches a word ("Biden-" of "Biden-\u2060Harris"); the mark
// is folded into the word, the last token of out.
func joinsBefore(text string, out *[]Token, inv Token) bool {
	o := *out
	last := len(o) - 1
	if last < 0 || o[last].End != inv.Start {
		return false
	}
	if wordToken(o[last]) {
		return true
	}
	if !innerMark(o[last]) || last == 0 || o[last-1].End != o[last].Start || !wordToken(o[last-1]) {
		return false
	}
	o[last-1].End, o[last-1].Text = o[last].End, text[o[last-1].Start:o[last].End]
	*out = o[:last]
	return true
}
