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

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

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
	toks := make([]Token, 0, len(text)/5+1)
	line, sent := true, true
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			line, sent = true, true
			i++
			continue
		case unicode.IsSpace(r) || r == utf8.RuneError && size <= 1:
			i += size
			continue
		case isWordRune(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				if r2 == '-' || r2 == '.' || r2 == '&' || isApostrophe(r2) {
					r3, s3 := utf8.DecodeRuneInString(text[j+s2:])
					if j+s2 < len(text) && isWordRune(r3) {
						if isApostrophe(r2) && (r3 == 's' || r3 == 'S') {
							// a possessive ends the word unless more letters follow ("d'Ivoire")
							r4, _ := utf8.DecodeRuneInString(text[j+s2+s3:])
							if j+s2+s3 >= len(text) || !isWordRune(r4) {
								break
							}
						}
						j += s2
						continue
					}
				}
				break
			}
			if j < len(text) && text[j] == '.' {
				w := text[i:j]
				if initialOrDotted(w) || len(w) <= 6 && abbrevs[strings.ToLower(w)] {
					j++
				}
			}
			toks = append(toks, Token{Start: i, End: j, Text: text[i:j], LineStart: line, SentStart: sent})
			i = j
		default:
			end := i + size
			if isApostrophe(r) && len(toks) > 0 && toks[len(toks)-1].End == i {
				if r2, s2 := utf8.DecodeRuneInString(text[end:]); r2 == 's' || r2 == 'S' {
					end += s2
				}
			}
			toks = append(toks, Token{Start: i, End: end, Text: text[i:end], LineStart: line, SentStart: sent})
			i = end
			if r == '.' || r == '!' || r == '?' {
				line = false
				sent = true
				continue
			}
			if sent && (r == '"' || r == '“' || r == '”' || r == '\'' || r == '‘' || r == '’' || r == '(' || r == ')') {
				continue // quotes and brackets around a sentence break: the next word starts the sentence
			}
		}
		line, sent = false, false
	}
	return toks
}

// initialOrDotted reports "J", "U.S", "D.C" (before the final period).
func initialOrDotted(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if size == len(w) {
		return unicode.IsUpper(r)
	}
	return strings.Contains(w, ".") && !strings.ContainsAny(w, "0123456789")
}
