package extract

import "slices"

// A speaker who corrects a name at once ("President Johnson — or Prime
// Minister Johnson", "President Biden — I mean, President Obama", "Senator
// Jon — excuse me, Ron Johnson") names one person, the second: the first is
// a slip of the tongue, no one the text speaks of.

// slipMarkers follow a dash and correct the name before it.
var slipMarkers = [][]string{{"or"}, {"i", "mean"}, {"excuse", "me"}, {"sorry"}, {"rather"}}

// dropSlips detaches the mentions of the body's first nBody mentions that a
// speaker corrects: a dash right after the name, a correction marker, and
// another person's mention within four tokens of it, wherever the sentence's
// mentions list it (sentenceMentions). A person left with no mention is no
// official of the text. A correction to the same person ("Secretary
// Blinken — or Tony") changes nothing.
func dropSlips(d *doc, r *resolver, nBody int) {
	for mi := 0; mi < nBody; mi++ {
		m := &r.mentions[mi]
		pi := r.mentionOf[mi]
		if pi < 0 {
			continue
		}
		at := slipMarkerEnd(d, m.t1)
		if at < 0 {
			continue
		}
		lo, hi := r.sentenceMentions(mi)
		for mj := lo; mj < hi; mj++ {
			n := &r.mentions[mj]
			if qj := r.mentionOf[mj]; n.t0 >= at && n.t0 <= at+4 && qj >= 0 && qj != pi {
				r.detach(mi)
				break
			}
		}
	}
}

// slipMarkerEnd is the token after a dash and a correction marker that start
// at token k ("— or", "— I mean,"), or -1.
func slipMarkerEnd(d *doc, k int) int {
	if k >= len(d.toks) || !dashes[d.toks[k].text] {
		return -1
	}
	k++
	for _, words := range slipMarkers {
		if k+len(words) <= len(d.toks) && wordsAt(d, k, words) {
			k += len(words)
			if k < len(d.toks) && d.toks[k].text == "," {
				k++
			}
			return k
		}
	}
	return -1
}

// dashes set off a speaker's correction.
var dashes = setOf("—", "–", "--", "-")

// detach takes mention mi from its person; a person left with no mention
// is no official of the text.
func (r *resolver) detach(mi int) {
	p := r.people[r.mentionOf[mi]]
	r.mentionOf[mi] = -1
	p.mentions = slices.DeleteFunc(p.mentions, func(x int) bool { return x == mi })
	if len(p.mentions) == 0 {
		p.official = false
	}
}
