package extract

// ownerPossessive is the possessive of each singular subject pronoun.
var ownerPossessive = map[string]string{"he": "his", "she": "her"}

// possessedEncounterNouns are the encounters a subject's possessive may own
// ("his call with", "her meeting with", "his talks with"): each a meeting
// word of triggerWords, so the sentence already reads its other party.
var possessedEncounterNouns = setOf("call", "meeting", "talks", "discussions")

// pronounOwnsEncounter: the sentence's subject pronoun p at token k owns,
// by its own possessive within eight words, an encounter with someone ("He
// also provided a readout of his call with Russian Foreign Minister
// Lavrov", "She described her meeting with …"), so the pronoun's referent
// is a party, as in "He also spoke with …" (pronounMeets). Up to two
// lower-case words may stand between the possessive and the noun ("his
// first phone call with"); "her" after "he" is someone else's encounter.
func pronounOwnsEncounter(d *doc, s sentence, k int, p string) bool {
	own := ownerPossessive[p]
	for j := k + 1; j < s.t1 && j <= k+8; j++ {
		if d.toks[j].kind != tokWord {
			return false // the clause ends
		}
		if d.toks[j].key != own {
			continue
		}
		for n := j + 1; n < s.t1 && n <= j+3; n++ {
			t := d.toks[n]
			if t.kind != tokWord || t.cap {
				return false
			}
			if possessedEncounterNouns[t.key] {
				return n+1 < s.t1 && d.toks[n+1].key == "with"
			}
		}
		return false
	}
	return false
}
