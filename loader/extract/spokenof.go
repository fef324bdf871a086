package extract

// spokenOf: the mention's name, with the capitalised title and styles
// before it, is the object of "of" or "by" after a word in lower case: the
// sentence speaks of the person, not to them. A Bahraini minister's "I
// join you here on behalf of the Kingdom of Bahrain, …, the vision of His
// Majesty King Hamad bin Isa Al Khalifa and the policies implemented by the
// government led by His Royal Highness Prince Salman bin Hamad Al Khalifa"
// (usdos-328858) names his principals, who were not at the Negev summit
// the speech's "you" is. An "of" inside a title ("my friend Secretary of
// State Tony Blinken") follows a capitalised word and is left.
func spokenOf(d *doc, s sentence, m personMention) bool {
	k := m.t0 - 1
	for k >= s.t0 && d.toks[k].kind == tokWord && d.toks[k].cap {
		k--
	}
	if k <= s.t0 || d.toks[k].key != "of" && d.toks[k].key != "by" {
		return false
	}
	before := &d.toks[k-1]
	return before.kind == tokWord && !before.cap
}
