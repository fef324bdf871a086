package extract

// ownersConversation: the conversation (or discussion) at token i is had by
// the person named just before it in the possessive, with those named after
// its "with": "Following President Biden's fruitful conversation with
// Israeli Prime Minister Bennett on April 24, …". Up to three lower-case
// words may stand between. An office's possessive ("the President's
// conversation with Modi"), a pronoun's ("He's having a conversation with")
// or a body's ("the White House's conversations with …") owns none: as
// conversationHad says, a conversation is mostly asked about or wished for,
// and an office's told undated is mostly an earlier one.
func ownersConversation(d *doc, i, s1 int) bool {
	if i+1 >= s1 || d.toks[i+1].key != "with" {
		return false
	}
	k := i - 1
	for n := 0; k > 0 && n < 3 && d.toks[k].kind == tokWord && !d.toks[k].cap && d.toks[k].key != "'s"; n, k = n+1, k-1 {
	}
	if k < 1 || d.toks[k].key != "'s" || d.toks[k].sent != d.toks[i].sent {
		return false
	}
	o := &d.toks[k-1]
	if o.kind != tokWord || !o.cap || roleHeads[o.key] || stopCaps[o.key] || honorifics[o.key] {
		return false
	}
	return d.spanOf(k-1) == nil // no country, body or place ("China's", "NATO's")
}
