package extract

import "newsgraph/gazetteer"

// privateBodyOf: the office an apposition gives at tokens [r0, r1), whose
// head is token h, is held "of" a body whose name marks it as one of civil
// society ("Al Sharpton, President of the National Action Network",
// "Alexandra de Hoop Scheffer, Director of the German Marshall Fund"), so
// the office is no public one and the person acts for no state
// (GUIDELINES.md: private people are left out). privateBodyAfter reads the
// same words in a body after a comma; here the body is the office's own
// complement, which roleAt may have read in part ("Director of the
// German"). A public word or an international organisation in the name
// keeps the office, and so does an agency's acronym ("Chair of the Council
// of Economic Advisers", "Chairperson of the African Union Commission",
// "Deputy Director of Science and Society of OSTP").
func (d *doc) privateBodyOf(h, r1, s1 int) bool {
	k := h + 1
	for k < r1 && k < s1 && d.toks[k].key != "of" {
		k++
	}
	if k >= s1 || d.toks[k].key != "of" {
		return false
	}
	private := false
	for k++; k < s1 && k < r1+12; k++ {
		t := &d.toks[k]
		if t.kind != tokWord && t.text != "&" {
			break
		}
		if t.kind == tokWord && !t.cap && !bodyNameConnectors[t.key] {
			break
		}
		if sp := d.spanOf(k); sp != nil && sp.phrase.Kind == gazetteer.KindOrg {
			return false // "of the African Union Commission", "of the United Nations"
		}
		if publicBodyWords[t.key] || d.agencyAcronym(k) {
			return false // "Deputy Director of Science and Society of OSTP"
		}
		if privateWords[t.key] && d.spanAt[k] < 0 {
			private = true
		}
	}
	return private
}

// bodyNameConnectors are the lower-case words inside a body's name.
var bodyNameConnectors = setOf("of", "and", "for", "the", "on")
