package extract

// calledOnReporter: the name at tokens [i, e) of the sentence [s0, s1) is
// the one a briefing's moderator or operator calls on to ask a question:
// after "go to" or "the line of" ("Let's go to Laura Kelly", "Let's go to
// the line of …", "we'll conclude with the line of …") or before ", your
// line is open" ("OPERATOR: …, your line is open"). That is a journalist,
// whom GUIDELINES.md leaves out, even where an official of the same name is
// on the lists (the Governor of Kansas for a reporter of The Hill). A name
// with a title or style before it is read by the rules for those, not here.
func (d *doc) calledOnReporter(i, e, s0, s1 int) bool {
	key := func(k int) string {
		if k < s0 || k >= s1 {
			return ""
		}
		return d.toks[k].key
	}
	switch {
	case key(i-1) == "to" && (key(i-2) == "go" || key(i-2) == "goes" || key(i-2) == "going"):
		return true // "Let's go to …", "Let's please go to …"
	case key(i-1) == "of" && key(i-2) == "line":
		return true // "the line of …"
	}
	return key(e) == "," && key(e+1) == "your" && key(e+2) == "line"
}
