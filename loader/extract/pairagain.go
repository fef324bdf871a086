package extract

import "slices"

// pairAgainOff switches readoutPairAgain off, for TestReadoutPairPlansAgain
// to show what the rule mends.
var pairAgainOff = false

// readoutPairAgain: a release's later sentence tells the next encounter of
// the people of the encounter it told last, by a plural reference and no
// names: "They looked forward to meeting again at the June Summit of the
// Americas", "The leaders welcomed the opportunity to see each other on the
// upcoming trip", "the Quad Leaders agreed to meet in person in Tokyo in
// the coming months". The plan's people are that
// encounter's (nil if the rule does not apply). theyOf reads "they" only
// where the sentence right before names the two; a readout names them once,
// at its start.
func (b *relationBuilder) readoutPairAgain(s sentence, f sentenceFacts) []int {
	if pairAgainOff || b.inTranscript || f.trig == "" || !f.strong || !f.planned || f.asked {
		return nil
	}
	d := b.body
	head := pluralReferenceSubject(d, s, f.at)
	if head == "" || !objectlessEncounter(d, s, f.at) {
		return nil
	}
	people := b.lastPeople
	if len(people) < 2 || parties(b.r, people) < 2 || !subsetOfPeople(f.people, people) {
		return nil
	}
	return people
}

// subsetOfPeople: every one of ps is in of.
func subsetOfPeople(ps, of []int) bool {
	for _, pi := range ps {
		if !slices.Contains(of, pi) {
			return false
		}
	}
	return true
}

// planBridgeWords stand between a plural subject and its planned meeting
// word: "looked forward to", "agreed to", "welcomed the opportunity to",
// "expressed their intention to".
var planBridgeWords = setOf("look", "looks", "looked", "looking", "forward", "to", "agreed", "agree", "welcomed",
	"welcome", "the", "opportunity", "expressed", "express", "their", "intention", "intent", "hope", "hoped",
	"also", "will", "would", "plan", "plans", "planned", "committed", "decided", "pledged", "are", "were", "be", "both")

// pluralReferenceNouns head a plural subject that refers to the people of an
// encounter told before: "the leaders", "the two presidents", "both
// ministers". Delegations and sides are not their heads: "The two
// delegations agreed to meet again" names no one (the gold,
// usdos-262877).
var pluralReferenceNouns = setOf("leaders", "presidents", "ministers", "counterparts", "secretaries")

// pluralReferenceSubject is the head of the plural subject that governs
// the meeting word at over planBridgeWords only: "they" or a plural
// reference that names nobody ("the leaders", "The two leaders", "the
// Quad Leaders", "Both leaders"), or the sentence's own such subject where
// the meeting word's verb is coordinated with its first ("They agreed to
// remain closely coordinated … and looked forward to meeting again soon").
// "" if none.
func pluralReferenceSubject(d *doc, s sentence, at int) string {
	j := at - 1
	for j > s.t0 && planBridgeWords[d.toks[j].key] && d.toks[j].kind == tokWord {
		j--
	}
	if j < s.t0 || d.toks[j].kind != tokWord {
		return ""
	}
	if d.toks[j].key == "and" {
		head, end := pluralReferenceAt(d, s, clauseStart(d, s))
		if end < j {
			return head
		}
		return ""
	}
	for k := max(s.t0, j-3); k <= j; k++ {
		if head, end := pluralReferenceAt(d, s, k); end == j {
			return head
		}
	}
	return ""
}

// pluralReferenceAt reads a plural reference starting at token k: "they",
// or "the" or "both", up to two capitalised words or "two", and a noun of
// pluralReferenceNouns. It gives the head word and its token, or "" and -1.
func pluralReferenceAt(d *doc, s sentence, k int) (string, int) {
	if k >= s.t1 {
		return "", -1
	}
	switch d.toks[k].key {
	case "they":
		return "they", k
	case "the", "both":
	default:
		return "", -1
	}
	for j := k + 1; j < s.t1 && j <= k+3; j++ {
		t := d.toks[j]
		switch {
		case pluralReferenceNouns[t.key]:
			return t.key, j
		case t.key != "two" && !t.cap || t.kind != tokWord:
			return "", -1
		}
	}
	return "", -1
}

// objectlessStarts may follow a meeting word that takes no object: "meet
// again", "meet in person in Tokyo", "meeting at the June Summit", "see
// each other on the upcoming trip".
var objectlessStarts = setOf("again", "in", "at", "on", "soon", "later", "during", "next", "in-person", "virtually", "before", "after", "this")

// objectlessEncounter: the meeting word at has no object of its own (no
// "with …", no one named after it), so its people are its subject's.
func objectlessEncounter(d *doc, s sentence, at int) bool {
	k := at + 1
	if k+1 < s.t1 && (d.toks[k].key == "each" && d.toks[k+1].key == "other" || d.toks[k].key == "one" && d.toks[k+1].key == "another") {
		k += 2 // "see each other on the upcoming trip"
	}
	if k >= s.t1 || d.toks[k].kind != tokWord {
		return true // the clause ends with it
	}
	return objectlessStarts[d.toks[k].key]
}
