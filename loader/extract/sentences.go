package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind separates words from punctuation and line breaks.
type tokKind uint8

const (
	tokWord tokKind = iota
	tokNumber
	tokPunct
	tokNewline
)

// token is one word, number, punctuation mark or line break, with its byte
// range in the text. Possessive "'s" is its own token so that "Blinken's"
// yields the name "Blinken".
type token struct {
	start, end int
	text       string // the original bytes
	key        string // folded lower case, for lookups
	kind       tokKind
	cap        bool // starts with an upper-case letter
	upper      bool // two or more letters, all upper case ("PRC", "LAPID")
	sent       int  // index of the sentence holding the token
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// tokenize splits text into tokens in one pass. Tokens are runs of letters
// and digits joined by inner hyphens, apostrophes or abbreviation periods
// ("U.S.", "D.C.", "J.", "Thomas-Greenfield", "d'Ivoire").
func tokenize(text string, base int) []token {
	toks := make([]token, 0, len(text)/5+1)
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			toks = append(toks, token{start: base + i, end: base + i + 1, text: "\n", kind: tokNewline})
			i++
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				if r2 == '-' || r2 == '.' || isApostrophe(r2) {
					r3, s3 := utf8.DecodeRuneInString(text[j+s2:])
					if j+s2 < len(text) && isWordRune(r3) {
						if isApostrophe(r2) && (r3 == 's' || r3 == 'S') {
							// a possessive ends the word unless more letters follow ("Sa's" vs "d'Ivoire")
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
			// A single letter or dotted abbreviation keeps its final period: "J.", "U.S.", "D.C."
			if j < len(text) && text[j] == '.' {
				w := text[i:j]
				if isInitialOrDotted(w) || isAbbrev(w) {
					j++
				}
			}
			w := text[i:j]
			kind := tokWord
			if r >= '0' && r <= '9' {
				kind = tokNumber
			}
			toks = append(toks, newWordToken(w, base+i, kind))
			i = j
		default:
			// possessive 's after a word
			if isApostrophe(r) && len(toks) > 0 && toks[len(toks)-1].end == base+i && toks[len(toks)-1].kind == tokWord {
				r2, s2 := utf8.DecodeRuneInString(text[i+size:])
				if r2 == 's' || r2 == 'S' {
					end := i + size + s2
					toks = append(toks, token{start: base + i, end: base + end, text: text[i:end], key: "'s", kind: tokPunct})
					i = end
					continue
				}
			}
			toks = append(toks, token{start: base + i, end: base + i + size, text: text[i : i+size], key: punctKey(r, text[i:i+size]), kind: tokPunct})
			i += size
		}
	}
	return toks
}

func punctKey(r rune, s string) string {
	switch r {
	case '’', '‘', 'ʼ':
		return "'"
	case '“', '”':
		return "\""
	case '–', '—':
		return "-"
	}
	return s
}

func newWordToken(w string, start int, kind tokKind) token {
	t := token{start: start, end: start + len(w), text: w, kind: kind}
	first, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(first)
	letters, uppers := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
		}
	}
	t.upper = letters >= 2 && letters == uppers
	t.key = strings.ToLower(foldApos(w))
	if fix, ok := misspelt[t.key]; ok {
		t.key = fix
	}
	return t
}

// misspelt maps common misspellings of office words to the word, so that
// "Prime Minster Johnson" reads as a title and not as a name.
var misspelt = map[string]string{
	"minster": "minister", "minsiter": "minister", "miniser": "minister", "presdient": "president",
	"presient": "president", "secretery": "secretary", "secratary": "secretary", "secetary": "secretary",
	"ambasador": "ambassador", "embassador": "ambassador",
}

// foldApos folds accents and typographic apostrophes for lookups.
func foldApos(s string) string { return gzFold(s) }

// isInitialOrDotted reports "J", "U.S", "D.C" style words (before the final period).
func isInitialOrDotted(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if size == len(w) {
		return unicode.IsUpper(r)
	}
	return strings.Contains(w, ".") && !strings.ContainsAny(w, "0123456789")
}

// abbreviations whose period does not end a sentence when a capitalised word follows.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "jr": true, "sr": true, "st": true, "gen": true,
	"lt": true, "col": true, "sen": true, "rep": true, "gov": true, "amb": true, "no": true, "vol": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "messrs": true, "prof": true,
	"adm": true, "capt": true, "maj": true, "sgt": true, "hon": true, "rev": true, "corp": true,
	"inc": true, "ltd": true, "co": true, "vs": true, "etc": true, "approx": true, "dept": true,
	"pres": true, "gens": true, "cmdr": true, "brig": true, "fig": true, "ft": true, "mt": true,
}

func isAbbrev(w string) bool {
	if len(w) > 6 {
		return false
	}
	return abbrevs[strings.ToLower(w)]
}

// sentenceStarters are words after "U.S." or "D.C." that signal a new sentence.
var sentenceStarters = map[string]bool{
	"the": true, "he": true, "she": true, "they": true, "we": true, "it": true, "in": true, "this": true,
	"these": true, "both": true, "i": true, "our": true, "their": true, "his": true, "her": true,
	"on": true, "at": true, "during": true, "as": true, "but": true, "a": true, "an": true,
}

// sentence is a span of the text and its token range.
type sentence struct {
	start, end int // byte offsets
	t0, t1     int // token range [t0, t1)
}

// splitSentences groups tokens into sentences: a line break always ends
// one; '.', '!' or '?' (and closing quotes) end one when a capitalised word,
// quote or digit follows, unless the period belongs to an abbreviation,
// an initial ("J.") or an honorific ("Mr.").
func splitSentences(toks []token) []sentence {
	var out []sentence
	t0 := 0
	flush := func(t1 int) {
		// skip leading/trailing line breaks
		for t0 < t1 && toks[t0].kind == tokNewline {
			t0++
		}
		e := t1
		for e > t0 && toks[e-1].kind == tokNewline {
			e--
		}
		if e > t0 {
			out = append(out, sentence{start: toks[t0].start, end: toks[e-1].end, t0: t0, t1: e})
		}
		t0 = t1
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind == tokNewline {
			flush(i + 1)
			continue
		}
		endsHere := false
		switch {
		case t.kind == tokPunct && (t.text == "." || t.text == "!" || t.text == "?"):
			endsHere = true
		case t.kind == tokWord && strings.HasSuffix(t.text, ".") && len(t.text) > 2 && strings.Count(t.text, ".") >= 2:
			// "U.S." ends a sentence only before a typical sentence opener
			if i+1 < len(toks) && (toks[i+1].kind == tokNewline || sentenceStarters[toks[i+1].key] && toks[i+1].cap) {
				endsHere = true
			}
		}
		if !endsHere {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].kind == tokPunct && (toks[j].key == "\"" || toks[j].text == ")" || toks[j].key == "'") {
			j++
		}
		if j >= len(toks) {
			continue
		}
		n := toks[j]
		if n.kind == tokNewline || n.cap || n.kind == tokNumber || (n.kind == tokPunct && (n.key == "\"" || n.text == "(")) {
			flush(j)
			i = j - 1
		}
	}
	flush(len(toks))
	for si, s := range out {
		for k := s.t0; k < s.t1; k++ {
			toks[k].sent = si
		}
	}
	return out
}
