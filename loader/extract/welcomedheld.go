package extract

// appraisalVerbs judge an encounter someone else had: those who welcome,
// praise or note it are not in it.
var appraisalVerbs = setOf("welcomed", "welcomes", "welcome", "welcoming", "praised", "praises", "praise",
	"noted", "notes", "note", "applauded", "applauds", "commended", "commends", "hailed", "hails", "lauded",
	"lauds", "appreciated", "appreciate", "appreciates")

// determiners open a noun phrase that names no owner ("their meeting" is
// its owners').
var determiners = setOf("the", "this", "that", "a")

// othersHeldEncounter: the encounter the sentence's meeting word at trigAt
// tells is one that a person named after it held with others, judged by the
// sentence's subjects: "A and B welcomed the productive meeting that
// President Biden had with Prime Minister Modi" is Biden's with Modi, not a
// meeting of all four. The meeting word is trigAt's, or, where trigAt is the
// appraisal verb ("welcomed", itself a weak meeting word), the noun after
// it. An appraisal verb, a determiner and up to three lower-case words stand
// before the noun; after it a holder named within six words, "held" or "had"
// right after the name, and "with" (heldWithAfter). It gives the token the
// encounter's people start at, after the noun, or -1.
func othersHeldEncounter(d *doc, mentionIdx []int, r *resolver, trigAt, s1 int) int {
	at := trigAt
	if appraisalVerbs[d.toks[trigAt].key] {
		at = appraisedNoun(d, trigAt, s1)
	} else if appraisingVerb(d, trigAt) < 0 {
		return -1
	}
	if at < 0 || !heldWithAfter(d, at, s1) {
		return -1
	}
	for _, mi := range mentionIdx {
		m := &r.mentions[mi]
		if m.t0 <= at || m.t0 > at+6 || m.t1 >= s1 {
			continue
		}
		if key := d.toks[m.t1].key; key == "held" || key == "had" {
			return at + 1
		}
	}
	return -1
}

// appraisingVerb: the appraisal verb's token before the meeting noun at
// token at ("welcomed the productive meeting"), or -1.
func appraisingVerb(d *doc, at int) int {
	k := at - 1
	for n := 0; k > 0 && n < 3 && d.toks[k].kind == tokWord && !d.toks[k].cap && !determiners[d.toks[k].key]; n, k = n+1, k-1 {
	}
	if k < 1 || !determiners[d.toks[k].key] || !appraisalVerbs[d.toks[k-1].key] {
		return -1
	}
	return k - 1
}

// appraisedNoun: the meeting noun the appraisal verb at token v takes as its
// object ("welcomed the productive meeting"), or -1.
func appraisedNoun(d *doc, v, s1 int) int {
	for k := v + 2; k < s1 && k <= v+5; k++ {
		if _, ok := triggerWords[d.toks[k].key]; ok {
			if appraisingVerb(d, k) == v {
				return k
			}
			return -1
		}
	}
	return -1
}
