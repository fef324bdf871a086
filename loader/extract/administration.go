package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A surname before "Administration" names a government, not its head: "FACT
// SHEET: Biden Administration Opens Pacific Coast …", "the 107 Biden
// administration designations", "the Biden-Harris Administration's
// commitment". The dev gold holds no person for the phrase alone (batch T's
// judgement calls: A's usdos-322220, S's usdos-362186, B's whitehouse-57804,
// C's whitehouse-19791; H's "the Obama-Biden Administration"), so it
// mentions no one; a person named elsewhere in the article is found there.
// A possessive is left alone ("President Biden's administration" names him).

// administrationAfter: the text after byte end is, past spaces, the word
// "administration" or "administrations" in any case.
func administrationAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	const word = "administration"
	if len(rest) < len(word) || !strings.EqualFold(rest[:len(word)], word) {
		return false
	}
	rest = rest[len(word):]
	if rest != "" && (rest[0] == 's' || rest[0] == 'S') {
		rest = rest[1:] // "both the Trump and Biden administrations"
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !unicode.IsLetter(r)
}

// namesAdministration: the one-word name ending before token e is followed
// by "Administration" or "administrations".
func (d *doc) namesAdministration(e int) bool {
	return e < len(d.toks) && (d.toks[e].key == "administration" || d.toks[e].key == "administrations")
}
