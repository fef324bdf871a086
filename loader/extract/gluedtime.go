package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/gazetteer"
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
		toks = appendWordToken(toks, w[:n-1], start, tokWord)
		return appendWordToken(toks, w[n:], start+n, tokWord)
	}
	return appendWordToken(toks, w, start, tokWord)
}

// pastTitles are the time words that make the title after them an office
// held before the article's date.
var pastTitles = setOf("then", "former")

// pastTitleAt: the title at tokens [r0, r1) follows or holds "then" or
// "former" ("then Secretary of State Colin Powell", "the Passing of Former
// President Benigno Aquino III").
func (d *doc) pastTitleAt(r0, r1, t0 int) bool {
	if r0 > t0 && pastTitles[d.toks[r0-1].key] && !d.sequenceThen(r0-1) {
		return true
	}
	if d.pastBeforeQualifier(r0, t0) >= 0 {
		return true
	}
	for k := r0; k < r1; k++ {
		if pastTitles[d.toks[k].key] {
			return true
		}
	}
	return false
}

// pastBeforeQualifier is the index of a "former" or "then" that stands
// before the title at r0 with only a capitalised qualifier between, a
// place's or a party's words that say whose office it was ("former
// California Attorney General Kamala D. Harris", "Former Massachusetts
// Governor Deval Patrick", "former Knox County Mayor Tim Burchett", "former
// Colombian Senator …"), or -1. Up to three words, none of them a title's
// own time word; a sequence's "and then" is none.
func (d *doc) pastBeforeQualifier(r0, t0 int) int {
	k := r0 - 1
	for n := 0; k >= t0 && n < 3 && d.toks[k].kind == tokWord && d.toks[k].cap && (!d.toks[k].upper || d.acronymQualifier(k, r0)) &&
		!pastTitles[d.toks[k].key]; n++ {
		k--
	}
	if k < t0 || k == r0-1 || !pastTitles[d.toks[k].key] || d.sequenceThen(k) {
		return -1
	}
	return k
}

// sequenceThen: the "then" at token k, after "and" and not glued to the
// title by a hyphen, tells what comes next ("and then President Michel
// will escort President Biden", "and then Vice Chair Ray Chambers"), no
// past office.
func (d *doc) sequenceThen(k int) bool {
	t := &d.toks[k]
	return t.key == "then" && k > 0 && d.toks[k-1].key == "and" && (t.end >= len(d.text) || d.text[t.end] != '-')
}

// takesRole: mention m's role becomes person p's: p has none; or m names p
// in full where p's role came with a surname, its title present or past as
// p's is; or m's title is present and p's past ("President Biden" after
// "then-Senator Joe Biden"), for the role is the office on the article's
// date. The same title told as past once and bare elsewhere is the past
// office ("then-Senator Kamala Harris’ presidential campaign. Before
// launching Senator Harris’ campaign …"; roles43), whichever comes first.
// Where the present role ends with the past one, they are one office
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
		if present == past {
			return m.pastTitle // one office, told as past once: held before ("then-Senator Kamala Harris" … "Senator Harris' campaign")
		}
		return !m.pastTitle
	}
	return full && !p.roleFull && len(m.role) >= len(p.role)/2
}

// pastTitleHolder is the one official in office on the article's date
// whom a past title's surname names, whatever the office: "then-Senator
// Biden" is the President, "then-Judge Garland" the Attorney General. The
// title was held before, so it filters nothing, and no list holds its
// term. A spouse's title is no office the past title could have led to
// (Jill Biden, First Lady, is not "then-Senator Biden").
func (r *resolver) pastTitleHolder(m *personMention) (gazetteer.Official, bool) {
	var cands []gazetteer.Official
	for _, o := range r.activeOfficials(m.name) {
		if (m.country == "" || o.Country == m.country) && !spouseRole(o.Role) {
			cands = append(cands, o)
		}
	}
	if _, ok := onePerson(cands); !ok {
		return gazetteer.Official{}, false
	}
	return homeRealm(cands, r.named), true
}

// officeOnDate gives person p the office on the article's date of the
// listed official o, where p's only role so far is the past title of
// mention m, which found o (pastTitleHolder): "then-Senator Biden" alone
// is the President, whose role is not "Senator".
func (r *resolver) officeOnDate(p *personEntity, m *personMention, o gazetteer.Official) {
	if m.pastTitle && p.rolePast && p.role == m.role && o.ActiveOn(r.date) && !sameOffice(o.Role, m.role) {
		p.role, p.roleFull, p.rolePast = o.Role, false, false
	}
}
