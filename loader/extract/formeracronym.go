package extract

import "unicode/utf8"

// acronymQualifier: token k, between a "former" or "then" and the title at
// r0, is an organisation's acronym that says whose office it was ("former
// USAID Mission Director Dirk Dijkerman", "Former FDA Commissioner Scott
// Gottlieb", "former NEC Director Jason Furman"), a qualifier as a place's
// words are (pastBeforeQualifier). Two to six letters in upper case, before
// a title that is not in upper case itself: a headline written all in
// capitals ("FORMER NSC ADVISER") is no case of it.
func (d *doc) acronymQualifier(k, r0 int) bool {
	t := &d.toks[k]
	n := utf8.RuneCountInString(t.text)
	return t.upper && n >= 2 && n <= 6 && r0 < len(d.toks) && !d.toks[r0].upper
}
