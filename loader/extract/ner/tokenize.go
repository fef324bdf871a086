package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word, number or punctuation mark of a text, with its byte
// range. A possessive "'s" is a token of its own, so "Trump's" gives the
// name "Trump".
type Token struct {
	Start, End int
	Text       string
	LineStart  bool // first token of its line
	SentStart  bool // first token of its sentence
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isWordRune(r rune) bool {
	if r < firstMark {
		return unicode.IsLetter(r) || unicode.IsDigit(r) // their Latin-1 fast paths; no mark is this low
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// asciiWordByte is isWordRune of each ASCII byte: its letters and digits.
var asciiWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// firstMark is the lowest rune of category M (U+0300, the combining grave
// accent): below it unicode.IsMark, a search of its range table, is false.
const firstMark = 0x300

// abbrevs keep their final period and do not end a sentence ("Mr.", "St.").
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "messrs": true, "dr": true, "jr": true, "sr": true, "st": true,
	"gen": true, "gens": true, "lt": true, "col": true, "sen": true, "rep": true, "gov": true, "amb": true,
	"pres": true, "prof": true, "adm": true, "capt": true, "cmdr": true, "brig": true, "maj": true,
	"sgt": true, "hon": true, "rev": true, "corp": true, "inc": true, "ltd": true, "co": true,
	"dept": true, "mt": true, "ft": true, "no": true, "vol": true, "fig": true, "vs": true, "etc": true,
	"approx": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// Tokenize splits text into tokens in one pass and marks line and sentence
// starts. It is the project's one word splitter: the extraction pipeline's
// tokens are these too, so the recogniser and the rules see the same words. Words are runs of letters and digits joined by inner hyphens,
// apostrophes, ampersands or periods ("U.S.", "Thomas-Greenfield", "AT&T");
// an initial or abbreviation keeps its period ("J.", "Mr."). A sentence
// starts after '.', '!' or '?' (and any closing quotes) and at every line.
func Tokenize(text string) []Token {
	return TokenizeInto(nil, text)
}

// TokenizeInto is Tokenize writing into buf's room, from its start, so that
// a caller tokenizing text after text reuses one slice; it allocates only
// where buf has too little room.
func TokenizeInto(buf []Token, text string) []Token {
	toks := buf[:0]
	if cap(toks) < len(text)/5+1 {
		toks = make([]Token, 0, len(text)/5+1)
	}
	line, sent := true, true
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			line, sent = true, true
			i++
		case unicode.IsSpace(r) || r == utf8.RuneError && size <= 1:
			i += size
		case isWordRune(r):
			j := keepAbbrevPeriod(text, i, wordEnd(text, i+size))
			toks = append(toks, Token{Start: i, End: j, Text: text[i:j], LineStart: line, SentStart: sent})
			i = j
			line, sent = false, false
		default:
			end := punctEnd(text, toks, i, r, size)
			toks = append(toks, Token{Start: i, End: end, Text: text[i:end], LineStart: line, SentStart: sent})
			i = end
			line, sent = startsAfterPunct(r, line, sent)
		}
	}
	return toks
}

// wordEnd returns where the word whose runes run up to j ends: a hyphen,
// period, ampersand or apostrophe inside letters joins ("U.S.",
// "Thomas-Greenfield", "AT&T", "d'Ivoire"), but a possessive "'s" does not,
// so "Trump's" gives the name "Trump" and the "'s" a token of its own.
func wordEnd(text string, j int) int {
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf && asciiWordByte[c] {
			j++ // most of a word's bytes: isWordRune of an ASCII letter or digit
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		switch {
		case isWordRune(r):
			j += size
		case joinsWords(text, j, r, size):
			j += size
		default:
			return j
		}
	}
	return j
}

// joinsWords reports whether the joiner r at j (size bytes) sits between two
// word runes and is not the apostrophe of a possessive, which ends the word
// unless more letters follow ("d'Ivoire" joins, "Trump's" does not).
func joinsWords(text string, j int, r rune, size int) bool {
	if r != '-' && r != '.' && r != '&' && !isApostrophe(r) {
		return false
	}
	next, nextSize := utf8.DecodeRuneInString(text[j+size:])
	if j+size >= len(text) || !isWordRune(next) {
		return false
	}
	if isApostrophe(r) && (next == 's' || next == 'S') {
		after, _ := utf8.DecodeRuneInString(text[j+size+nextSize:])
		return j+size+nextSize < len(text) && isWordRune(after)
	}
	return true
}

// keepAbbrevPeriod returns the end of the word text[i:j] with its period when
// the word is an initial, a dotted short form or a known abbreviation ("J.",
// "U.S.", "Mr."): that period belongs to the word and does not end a sentence.
func keepAbbrevPeriod(text string, i, j int) int {
	if j < len(text) && text[j] == '.' {
		w := text[i:j]
		if initialOrDotted(w) || len(w) <= 6 && abbrevs[strings.ToLower(w)] {
			return j + 1
		}
	}
	return j
}

// punctEnd returns the end of the one-rune punctuation token r at i, taking
// an "s" after an apostrophe that follows a word with it, so a possessive is
// one token ("'s") the name recogniser can skip.
func punctEnd(text string, toks []Token, i int, r rune, size int) int {
	end := i + size
	if isApostrophe(r) && len(toks) > 0 && toks[len(toks)-1].End == i {
		if r2, s2 := utf8.DecodeRuneInString(text[end:]); r2 == 's' || r2 == 'S' {
			end += s2
		}
	}
	return end
}

// startsAfterPunct returns the line and sentence flags for the token after
// punctuation r: '.', '!' and '?' start a sentence; quotes and brackets right
// after a sentence break keep both flags, so the next word starts the
// sentence; anything else is inside the line and the sentence.
func startsAfterPunct(r rune, line, sent bool) (bool, bool) {
	if r == '.' || r == '!' || r == '?' {
		return false, true
	}
	if sent && (r == '"' || r == '“' || r == '”' || r == '\'' || r == '‘' || r == '’' || r == '(' || r == ')') {
		return line, sent
	}
	return false, false
}

// initialOrDotted reports "J", "U.S", "D.C" (before the final period).
func initialOrDotted(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if size == len(w) {
		return unicode.IsUpper(r)
	}
	return strings.Contains(w, ".") && !strings.ContainsAny(w, "0123456789")
}
