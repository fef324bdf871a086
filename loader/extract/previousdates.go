package extract

// earlierModifiers before a second meeting word of a sentence make it an
// earlier encounter than the one the sentence tells: "With regard to the
// call between President Biden and President Xi, … this followed previous
// discussions, including most recently in March" (usdos-364177): March
// dates the previous discussions, not the call.
var earlierModifiers = setOf("previous", "prior", "earlier")

// earlierGathering: the meeting word at k, after the sentence's encounter
// word at, is an earlier encounter's (earlierModifiers right before it);
// it returns the modifier's token, or -1. Its dates are its own
// (notOfGatherings), as another gathering's are (otherGathering).
func earlierGathering(toks []token, at, k int) int {
	if k-1 > at && earlierModifiers[toks[k-1].key] {
		return k - 1
	}
	return -1
}

// gatheringEnd is the last token at which a date is another gathering's,
// whose meeting word is at trig: two after it ("… Summit in September",
// "… meeting next month"), or through the date a "most recently" within
// four words after it opens ("previous discussions, including most
// recently in March").
func gatheringEnd(toks []token, trig, s1 int) int {
	for j := trig + 1; j+1 < s1 && j <= trig+4; j++ {
		if toks[j].key == "most" && toks[j+1].key == "recently" {
			return j + 3
		}
	}
	return trig + 2
}
