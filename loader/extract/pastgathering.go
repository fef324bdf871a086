package extract

// A gathering the speakers were at (issue 10, summit44). "We were together
// at the G7, NATO, indirectly at the U.S.-EU summit" (said in Paris on 25
// June 2021, the gatherings of 11 to 14 June), "Mevlüt and I were just
// together at the NATO Ministerial" (said in New York on 18 May 2022, the
// ministerial of 14 and 15 May in Berlin), "when I was at a, you know,
// summit with Putin" (said on 11 August 2021, Geneva's of 16 June): a past
// "be" with the gathering after "at", "in" or "for" tells one before the
// speech, and with no date of its own it takes none (GUIDELINES: null where
// the article gives nothing), not the article's day, as an undated
// readout's "The Secretary met with …" does. On main the open corpus's three
// such summits were all dated the article's day, all wrong (meet39, summit44).

// pastGatheringBe are the past forms of "be" that put the speakers at a
// gathering.
var pastGatheringBe = setOf("was", "were")

// pastGatheringSkip may stand between the verb and its preposition ("were
// just together at", "was over for").
var pastGatheringSkip = setOf("just", "together", "both", "all", "over", "there", "also", "out", "recently")

// pastGatheringPreps put the gathering after the verb.
var pastGatheringPreps = setOf("at", "in", "for")

// pastGatheringReach is how many words before the summit's meeting word the
// verb may stand: a list of gatherings ("at the G7, NATO, indirectly at the
// U.S.-EU summit") or an aside ("at a, you know, summit") between them.
const pastGatheringReach = 16

// toldAsPastGathering: the summit whose meeting word is at token at is one
// its sentence puts the speakers at in the past: a past "be", words of
// pastGatheringSkip, then "at", "in" or "for", at most pastGatheringReach
// words before the meeting word and in its sentence part (no ".", ";", ":"
// or "?" between). A passive ("was signed at the summit") has a participle
// after the verb, not a preposition, and is no such telling.
func toldAsPastGathering(d *doc, at, s0 int) bool {
	if at < 0 {
		return false
	}
	for k := at - 1; k >= s0 && k >= at-pastGatheringReach; k-- {
		switch d.toks[k].key {
		case ".", ";", ":", "?", "!":
			return false
		}
		if !pastGatheringBe[d.toks[k].key] {
			continue
		}
		j := k + 1
		for j < at && pastGatheringSkip[d.toks[j].key] {
			j++
		}
		if j < at && pastGatheringPreps[d.toks[j].key] {
			return true
		}
	}
	return false
}
