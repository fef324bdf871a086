package extract

// A nominations list sent to the Senate names, after each nominee's office,
// the officeholder whose seat the nominee is to fill: "Jamal N. Whitehead, of
// Washington, to be United States District Judge for the Western District of
// Washington, vice Richard A. Jones, retiring." That officeholder is an
// official of the same state in the same office (a judge, a marshal, a member
// of a board), though no title precedes the name and "vice" is no cue: 58
// open articles hold the form, with 326 names after "vice", 19 of them found
// before this rule.

// viceOfficeholders gives a full name right after ", vice" (lower case, so
// not "Vice Chair") the office and country of the nominee read before it in
// the same sentence, whose office came from "to be …" or "to serve as …"
// (servesAs), and vouches for it as a person. A name with a title of its own
// was read by titledMentions and keeps it. The seat is one its holder left
// ("resigned", "term expired", "retired", or no reason: a vacancy), an
// office held before the article's date, unless the holder is still leaving
// it ("retiring", "resigning", "term expiring").
func (d *doc) viceOfficeholders(out []personMention) {
	for i := range out {
		m := &out[i]
		if m.inTitle || m.strong || m.role != "" || !d.afterViceComma(m.t0) || !d.endsViceClause(m.t1) {
			continue
		}
		for j := i - 1; j >= 0 && out[j].sent == m.sent; j-- {
			nom := &out[j]
			if nom.strong && nom.role != "" && d.toBeBetween(nom.t1, m.t0) {
				m.role, m.country, m.strong = nom.role, nom.country, true
				m.pastTitle = !d.stillHolding(m.t1)
				break
			}
		}
	}
}

// afterViceComma: the tokens before t0 are ", vice".
func (d *doc) afterViceComma(t0 int) bool {
	return t0 >= 2 && d.toks[t0-1].text == "vice" && d.toks[t0-2].text == ","
}

// endsViceClause: the name ending at token e closes the clause, with a comma
// (", retired", ", term expired", ", which was sent …") or the line's end;
// "vice Susan B. Carbon." has no reason given.
func (d *doc) endsViceClause(e int) bool {
	if e >= len(d.toks) {
		return true
	}
	switch d.toks[e].text {
	case ",", ".", ";":
		return true
	}
	return false
}

// toBeBetween: "to be" or "to serve as" comes between tokens a and b, the
// nomination's verb.
func (d *doc) toBeBetween(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if d.toks[k].key == "to" && (d.toks[k+1].key == "be" || d.toks[k+1].key == "serve") {
			return true
		}
	}
	return false
}

// leavingWords say that the holder of a seat a nomination fills is still in
// it: "vice Richard A. Jones, retiring", "vice Jane Doe, term expiring".
var leavingWords = setOf("retiring", "resigning", "expiring")

// stillHolding: the reason after the name ending at token e, within its
// clause, says the holder is leaving the seat, not gone from it.
func (d *doc) stillHolding(e int) bool {
	if e >= len(d.toks) || d.toks[e].text != "," {
		return false
	}
	for k := e + 1; k < len(d.toks) && k < e+4 && d.toks[k].kind == tokWord; k++ {
		if leavingWords[d.toks[k].key] {
			return true
		}
	}
	return false
}
