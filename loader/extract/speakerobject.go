package extract

// speakerAsObject: in remarks, the meeting word at token at is a simple
// past with the speaker as its object ("Xi Jinping called me the night I
// was elected", whitehouse-51633): an encounter the speech recalls, as
// recalledInSpeech's "I met with …" is, so that undated it takes no date
// rather than the speech's day. "Just" or a word of the day near it ("just
// called me", "called me this morning", "called me today") keeps it the
// day's.
func speakerAsObject(d *doc, at, s0, s1 int) bool {
	if at+1 >= s1 || !recalledVerbs[d.toks[at].key] || d.toks[at+1].key != "me" {
		return false
	}
	for k := max(s0, at-4); k < s1 && k <= at+4; k++ {
		switch d.toks[k].key {
		case "just", "today", "tonight", "this", "yesterday":
			return false
		}
	}
	return true
}
