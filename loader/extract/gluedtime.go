package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A time word glued to a title by a hyphen ("then-Secretary of State Colin
// Powell", "then-Senator Christopher J. Dodd", "former-President …") made
// one word that no title list holds, so the name after it went unread; the
// same text with a space finds the person ("then" and "former" are role
// modifiers). The word is read as the two words it joins.
var gluedTimeWords = []string{"then-", "former-"}

// gluedTimeWord returns the length of the time word and hyphen that open w
// before a capitalised word, or 0.
func gluedTimeWord(w string) int {
	if w == "" || w[0]|0x20 != 't' && w[0]|0x20 != 'f' {
		return 0
	}
	for _, p := range gluedTimeWords {
		if len(w) > len(p) && strings.EqualFold(w[:len(p)], p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			if unicode.IsUpper(r) {
				return len(p)
			}
		}
	}
	return 0
}

// appendWord appends the word w at byte start, as two words where a time
// word is glued to a capitalised one.
func appendWord(toks []token, w string, start int) []token {
	if n := gluedTimeWord(w); n > 0 {
		toks = append(toks, newWordToken(w[:n-1], start, tokWord))
		return append(toks, newWordToken(w[n:], start+n, tokWord))
	}
	return append(toks, newWordToken(w, start, tokWord))
}

// pastTitles are the time words that make the title after them an office
// held before the article's date.
var pastTitles = setOf("then", "former")

// pastTitleAt: the title at tokens [r0, r1) follows or holds "then" or
// "former" ("then Secretary of State Colin Powell", "the Passing of Former
// President Benigno Aquino III").
func (d *doc) pastTitleAt(r0, r1, t0 int) bool {
	if r0 > t0 && pastTitles[d.toks[r0-1].key] {
		return true
	}
	for k := r0; k < r1; k++ {
		if pastTitles[d.toks[k].key] {
			return true
		}
	}
	return false
}

// takesRole: mention m's role becomes person p's: p has none; or m names p
// in full where p's role came with a surname, its title present or past as
// p's is; or m's title is present and p's past ("President Biden" after
// "then-Senator Joe Biden"), for the role is the office on the article's
// date. Where the present role ends with the past one, they are one office
// ("Under President" read from "under President Obama" beside "former
// President Barack Obama"), and the full name's role is taken as before.
func takesRole(p *personEntity, m *personMention, full bool) bool {
	switch {
	case p.role == "":
		return true
	case m.pastTitle != p.rolePast:
		past, present := p.role, m.role
		if m.pastTitle {
			past, present = m.role, p.role
		}
		if strings.HasSuffix(present, " "+past) {
			break // one office, the present one read with a word before it
		}
		return !m.pastTitle
	}
	return full && !p.roleFull && len(m.role) >= len(p.role)/2
}
