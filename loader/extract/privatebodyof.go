package extract

// privateBodyOf: the office an apposition gives, whose head is token h and
// whose role ends before token r1, is held "of" a body whose name marks it as one of civil
// society ("Al Sharpton, President of the National Action Network",
// "Alexandra de Hoop Scheffer, Director of the German Marshall Fund"), so
// the office is no public one and the person acts for no state
// (GUIDELINES.md: private people are left out). privateBodyAfter reads the
// same words in a body after a comma; here the body is the office's own
// complement, which roleAt may have read in part ("Director of the
// German"). A public word in the name keeps the office, and so does an
// agency's acronym ("Chair of the Council of Economic Advisers",
// "Chairperson of the African Union Commission", "Deputy Director of
// Science and Society of OSTP"); a private word inside a gazetteer span
// counts for nothing ("of the United Nations").
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
