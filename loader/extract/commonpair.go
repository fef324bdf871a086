package extract

import "newsgraph/gazetteer"

// A name of two common words ("Mark Wells", "Don Graves", "Bill Foster")
// fails readName's guard that two common words are a phrase ("Carrier
// Strike Group", "Forest Service"). Right after a title's head, where a
// name is due, two such words are a name when the first is the given name
// of an official the lists hold and nothing capitalised goes on after the
// second: "Deputy Assistant Secretary of State for Western Hemisphere
// Affairs Mark Wells", "Deputy Secretary of Commerce Don Graves". Not in a
// headline or capitals, where every word is capitalised ("… President Will
// Travel …").

// commonWordsName reads the two-word name at token k after a title; it
// returns the end (past a suffix) and the name, or k and "".
func (d *doc) commonWordsName(k, limit int) (int, string) {
	if k+1 >= limit || d.titleCase(k) || d.titleCase(k+1) {
		return k, ""
	}
	a, b := &d.toks[k], &d.toks[k+1]
	if !d.nameWord(k, true) || !d.nameWord(k+1, false) || orgWords[b.key] || d.isInitial(k) {
		return k, ""
	}
	if k+2 < limit && d.toks[k+2].kind == tokWord && d.toks[k+2].cap {
		return k, "" // a longer capitalised run is a phrase's or another reading's
	}
	if !gazetteer.HasOfficialsByGivenName(a.text) {
		return k, ""
	}
	return d.nameSuffixEnd(k+2, limit), a.text + " " + b.text
}

// commonWordsNameAt: a complement's words reach such a two-word name at
// token k, which ends the complement.
func (d *doc) commonWordsNameAt(k, limit int) bool {
	_, name := d.commonWordsName(k, limit)
	return name != ""
}
