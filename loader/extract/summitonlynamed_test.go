package extract

import "testing"

// TestSummitOnlyNamed probes summitOnlyNamed's steps, each case at the
// summit word it names: what follows the word (summitTalksOrWith,
// summitBetween) and the word that governs it across its name
// (governsAttendedSummit, beforeSummitName, summitNameToken). The probes are
// the phrases the rule's comments quote from the open corpus, cut, beside
// short texts written for the step; the two marked could hardly be met in
// the corpus but pin a branch no other probe reaches.
func TestSummitOnlyNamed(t *testing.T) {
	checkSentenceStep(t, []sentenceStepCase{
		{"a summit one discussed is a topic", "President Biden discussed the summit.", "summit", true},
		{"the summit with someone names its other party", "President Biden discussed the summit with President Xi.", "summit", false},
		{"summit talks are left to their rule", "President Biden prepared the summit talks.", "summit", false},
		{"the summit between two leaders", "They recalled the summit yesterday between President Biden and President Putin.", "summit", false},
		{"conversations as part of the summit", "The leaders held conversations as part of the summit.", "summit", false},
		{"after our summit is the speakers'", "We welcomed the progress after our virtual I2U2 Summit earlier this week.", "Summit", false},
		{"after the summit, not ours (guard)", "We welcomed the progress after the virtual I2U2 Summit earlier this week.", "Summit", true},
		{"support for a summit is a topic", "They expressed support for the upcoming ministerial.", "ministerial", true},
		{"here for a summit is attended (guard)", "The leaders are here for the Ninth Summit of the Americas.", "Summit", false},
		{"a margin word governing the summit (written for the step)", "They met on the sidelines G20 Summit in Rome.", "Summit", false},
		{"a capitalised preposition governs, no part of the name (written for the step)", "He spoke At the Summit.", "Summit", false},
	}, func(d *doc, s sentence, i int) bool { return summitOnlyNamed(d, i, s.t0, s.t1) })
}
