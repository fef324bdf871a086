package extract

// speculationHeads are the words of a hedge whose "if" clause guesses at an
// encounter: "I wouldn't be surprised if, in the coming weeks, President
// Biden and President Xi speak again" (whitehouse-53646), "would not be
// surprised to see them meet". The guess is neither told as held nor
// announced, expected or scheduled (GUIDELINES): no meeting.
var speculationHeads = setOf("surprised", "shocked", "astonished")

// speculatedTrigger: the meeting word at i lies in the clause that a hedge
// of speculationHeads governs ("be surprised if …", "be surprised to see
// … meet"), within the sentence up to 16 words before it. The hedge's
// "be" is the sentence's too: a text that opens "Surprised that …" has no
// token before its first.
func speculatedTrigger(d *doc, i, s0 int) bool {
	for k := i - 1; k >= s0+2 && k >= i-16; k-- {
		switch d.toks[k].key {
		case "if", "to", "that":
			if speculationHeads[d.toks[k-1].key] && d.toks[k-2].key == "be" {
				return true
			}
		}
	}
	return false
}
