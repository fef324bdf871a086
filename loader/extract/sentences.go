package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"newsgraph/gazetteer"
	"newsgraph/loader/extract/ner"
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

// tokenize splits text into the pipeline's tokens: the words and marks of
// ner.Tokenize, the project's one word splitter ("U.S.", "J.", "Mr.",
// "Thomas-Greenfield", "d'Ivoire", "AT&T"; possessive "'s" apart) read
// through invisible characters (ner.JoinInvisible), and a token for every
// line break but a wrap inside a phrase (wrappedPhrase). base is added to
// every offset.
func tokenize(text string, base int) []token {
	toks, _ := tokenizeWords(text, base)
	return toks
}

// openEnders are words that leave a phrase open: no sentence, line or
// title ends on them.
var openEnders = setOf("the", "of", "to", "a", "an", "for")

// wrappedPhrase: the line breaks before word w fall inside a phrase
// ("United States Ambassador to the\n\nRepublic of Liberia"), for the word
// before them leaves it open and a word follows; the text was wrapped, and
// the sentence, and a title in it, go on.
func wrappedPhrase(toks []token, w ner.Token) bool {
	if len(toks) == 0 {
		return false
	}
	p := toks[len(toks)-1]
	r, _ := utf8.DecodeRuneInString(w.Text)
	return p.kind == tokWord && openEnders[p.key] && unicode.IsLetter(r)
}

// tokenizeWords is tokenize that also returns the recogniser's tokens, so
// that a text is split into words once for both.
func tokenizeWords(text string, base int) ([]token, []ner.Token) {
	return tokenizeWordsInto(&tokenBuffers{}, text, base)
}

// tokenBuffers are the two token slices of a text, kept from one article for
// the next (newDoc, release): the body's are the largest allocations of an
// article.
type tokenBuffers struct {
	toks  []token
	words []ner.Token
}

// tokenPool holds the tokenBuffers of texts done with.
var tokenPool sync.Pool

// tokenizeWordsInto is tokenizeWords writing into buf's slices, from their
// start; it allocates only where they have too little room.
func tokenizeWordsInto(buf *tokenBuffers, text string, base int) ([]token, []ner.Token) {
	words := ner.JoinInvisible(text, ner.TokenizeInto(buf.words, text)) // "Biden-\u2060Harris" is one word
	toks := buf.toks[:0]
	if n := len(words) + len(words)/16 + 1; cap(toks) < n {
		toks = make([]token, 0, n)
	}
	prev := 0
	newlines := func(from, to int) {
		for k := from; k < to; k++ {
			if text[k] == '\n' {
				toks = append(toks, token{start: base + k, end: base + k + 1, text: "\n", kind: tokNewline})
			}
		}
	}
	for _, w := range words {
		if w.LineStart && !wrappedPhrase(toks, w) {
			newlines(prev, w.Start)
		}
		prev = w.End
		r, size := utf8.DecodeRuneInString(w.Text)
		switch {
		case r >= '0' && r <= '9':
			toks = appendWordToken(toks, w.Text, base+w.Start, tokNumber)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			toks = appendWord(toks, w.Text, base+w.Start) // "then-Secretary" is two words (gluedtime.go)
		case size < len(w.Text): // possessive 's
			toks = append(toks, token{start: base + w.Start, end: base + w.End, text: w.Text, key: "'s", kind: tokPunct})
		default:
			toks = append(toks, token{start: base + w.Start, end: base + w.End, text: w.Text, key: punctKey(r, w.Text), kind: tokPunct})
		}
	}
	newlines(prev, len(text))
	return toks, words
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

// appendWordToken appends the token of the word w at byte start, made in
// place: its key folded and lower-cased (a misspelt office word mended),
// whether it is capitalised or all upper case.
func appendWordToken(toks []token, w string, start int, kind tokKind) []token {
	toks = append(toks, token{})
	setWordToken(&toks[len(toks)-1], w, start, kind)
	return toks
}

// setWordToken sets *t, a zero token, to the token of the word w.
func setWordToken(t *token, w string, start int, kind tokKind) {
	if !setASCIIWordToken(t, w, start, kind) {
		*t = newRunesWordToken(w, start, kind)
	}
}

// newRunesWordToken is setWordToken's token for any UTF-8 word.
func newRunesWordToken(w string, start int, kind tokKind) token {
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
	if fix, ok := gazetteer.OfficeWordMisspelt(t.key); ok {
		t.key = fix
	}
	return t
}

// setASCIIWordToken sets *t, a zero token, to setWordToken's token for a
// word of ASCII bytes, most words, in one pass over its bytes: such a word
// folds to itself, and its key is the word itself where it has no capital.
// It reports whether w is ASCII, and leaves *t as it was if not.
func setASCIIWordToken(t *token, w string, start int, kind tokKind) bool {
	letters, uppers := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return false
		case 'A' <= c && c <= 'Z':
			letters++
			uppers++
		case 'a' <= c && c <= 'z':
			letters++
		}
	}
	t.start, t.end, t.text, t.kind = start, start+len(w), w, kind
	t.cap = len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z'
	t.upper = letters >= 2 && letters == uppers
	t.key = w
	if uppers > 0 {
		t.key = strings.ToLower(w)
	}
	if fix, ok := gazetteer.OfficeWordMisspelt(t.key); ok {
		t.key = fix
	}
	return true
}

// foldApos folds accents and typographic apostrophes for lookups.
func foldApos(s string) string { return gzFold(s) }

// sentence is a span of the text and its token range.
type sentence struct {
	start, end int // byte offsets
	t0, t1     int // token range [t0, t1)
}

// maxSentenceTokens bounds a sentence: a longer run of text with no
// sentence end (a transcript with no full stop, a pasted list) is cut into
// pieces of this many tokens. The rules read a mention's whole sentence,
// so one sentence of a megabyte made them quadratic. The open corpus's
// longest sentence has 675 tokens; none is cut.
const maxSentenceTokens = 1500

// splitSentences groups tokens into sentences: a line break always ends
// one; '.', '!' or '?' (and closing quotes) end one when a capitalised word,
// quote or digit follows. A period that the word splitter keeps with an
// abbreviation ends one only as abbreviationEnds says: never after an
// initial ("J.") or an honorific ("Mr."). No sentence is longer than
// maxSentenceTokens.
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
		for e-t0 > maxSentenceTokens {
			c := t0 + maxSentenceTokens
			out = append(out, sentence{start: toks[t0].start, end: toks[c-1].end, t0: t0, t1: c})
			t0 = c
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
		case t.kind == tokWord && strings.HasSuffix(t.text, "."):
			endsHere = abbreviationEnds(toks, i)
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
