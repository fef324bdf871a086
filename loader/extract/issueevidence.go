package extract

import "slices"

// A meeting's issue cites the sentence that names it (issue 10, audit44).
// A meeting's issues come from its own sentence, from the sentences that
// continue it ("They discussed Taiwan") and from the candidates merged into
// it; the graph gave each DISCUSSED edge the meeting's own evidence, which
// names the issue in 756 of the open corpus's 2,379 meeting–issue edges
// ("Secretary Blinken spoke today with …" for Security, COVID-19, NATO).
// issueSentences records which sentences name which issue as they are read;
// issueEvidence gives each of a meeting's issues the nearest such sentence
// to the meeting's own, the later one on a tie (the sentence that continues
// an encounter follows it).

// noteIssueSentence records that sentence si names the issues slugs (a
// clause's issues add to its sentence's).
func (b *relationBuilder) noteIssueSentence(si int, slugs []string) {
	if len(slugs) == 0 {
		return
	}
	if b.issueSents == nil {
		b.issueSents = map[int][]string{}
	}
	b.issueSents[si] = appendUnique(b.issueSents[si], slugs...)
}

// issueEvidence is the evidence of each of c's issues, parallel to them:
// the sentence nearest c's own (sentence 0 for the headline's) that names
// the issue, the later on a tie; own where no sentence names it.
func issueEvidence(d *doc, issueSents map[int][]string, c meetingCand, own Evidence) []Evidence {
	if len(c.issues) == 0 {
		return nil
	}
	at := max(c.sent, 0)
	out := make([]Evidence, len(c.issues))
	for k, slug := range c.issues {
		out[k] = own
		best := -1
		for si, slugs := range issueSents {
			if !slices.Contains(slugs, slug) {
				continue
			}
			if best < 0 || nearerSentence(si, best, at) {
				best = si
			}
		}
		if best >= 0 {
			out[k] = evidenceOf(d, best)
		}
	}
	return out
}

// nearerSentence reports whether sentence a is nearer sentence at than b,
// or as near and later.
func nearerSentence(a, b, at int) bool {
	da, db := abs(a-at), abs(b-at)
	return da < db || da == db && a > b
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
