package extract

// nextEncounterOff switches toldAsNext off, for TestNextEncounterIsNotTheHeldOne
// to show what the rule mends.
var nextEncounterOff = false

// nextWords, right after a planned meeting word or its object, tell the
// encounter as another one after those told before: "expressed their
// intention to meet again in the near future", "looked forward to meeting
// again soon".
var nextWords = setOf("again", "anew")

// toldAsNext: the planned encounter at token at is told as the next one of
// its people ("meet again", "seeing each other again", "their next
// meeting"), so it is not the announcement of the held encounter the
// article tells of the same people (heldTwin). "Again" counts within four
// words after the meeting word, before the clause ends; "next" right
// before it.
func toldAsNext(d *doc, s sentence, at int) bool {
	if nextEncounterOff || at < 0 {
		return false
	}
	if at > s.t0 && d.toks[at-1].key == "next" {
		return true
	}
	for k := at + 1; k < s.t1 && k <= at+4; k++ {
		t := d.toks[k]
		if t.kind != tokWord {
			return false
		}
		if nextWords[t.key] {
			return true
		}
	}
	return false
}
