package extract

import "newsgraph/gazetteer"

// weMetElsewhereWords may stand between "we" and "met" in metElsewhere:
// weMet's, and "just" ("We just met in Washington, D.C. on the 16th of
// February", said in Tallinn), which there tells a recent encounter, not
// the one just ended.
var weMetElsewhereWords = func() map[string]bool {
	m := setOf("just")
	for w := range weMetWords {
		m[w] = true
	}
	return m
}()

// metElsewhere: in a transcript of the headline's two people, spoken by
// one of them, "we met" told as before the words are spoken is an earlier
// encounter of the two, not the day's: after "after" or "since" ("it is
// great to see you again and just a week after we met in the White House",
// said at NATO Headquarters), or at a place other than the transcript's
// own ("in the past, we met in Ramallah, but today, in … Bethlehem"). here
// is the transcript's place (its header line), "" if it names none. Such an
// encounter takes no date but its own and stays apart from the day's
// (elsewhereEncounter), whose place it does not give.
func metElsewhere(d *doc, s sentence, at, speaker int, head []int, here string) bool {
	we := weMetSubject(d, s, at, speaker, head, weMetElsewhereWords)
	if we < 0 {
		return false
	}
	if k := we - 1; k >= s.t0 && (d.toks[k].key == "after" || d.toks[k].key == "since") {
		return true
	}
	k := placeMetIn(d, at, s.t1)
	if k < 0 || here == "" {
		return false
	}
	where, _ := placeName(*d.spanOf(k))
	return where != here
}

// placeMetIn is the token where the place named right after the meeting
// word at token at starts ("met in the White House", "met in Ramallah"),
// -1 if none.
func placeMetIn(d *doc, at, s1 int) int {
	k := at + 1
	if k >= s1 || d.toks[k].key != "in" && d.toks[k].key != "at" {
		return -1
	}
	if k++; k < s1 && d.toks[k].key == "the" {
		k++
	}
	if sp := d.spanOf(k); sp != nil && sp.t0 == k && sp.phrase.Kind == gazetteer.KindPlace {
		return k
	}
	return -1
}

// elsewhereCand is an earlier encounter metElsewhere reads, with the token
// where its place starts (-1 if it names none).
type elsewhereCand struct {
	meetingCand
	placeAt int
}

// elsewhereEncounter is the earlier encounter of the headline's two that
// sentence si tells (metElsewhere), held at the place it names: on its own
// day if the sentence names one other than the article's ("We just met in
// Washington, D.C. on the 16th of February"), else undated and apart from
// the day's (earlier). A month or a year already dates it (weMet), so the
// sentence's own candidate is it. The day's encounter the sentence may
// also tell ("it is great to see you again") stays the sentence's.
func (b *relationBuilder) elsewhereEncounter(si int, s sentence, f sentenceFacts) (elsewhereCand, bool) {
	if !b.inTranscript || b.asking || !metElsewhere(b.body, s, f.at, b.speaker, b.headPeople, b.headerPlace) {
		return elsewhereCand{}, false
	}
	c := elsewhereCand{meetingCand: meetingCand{people: append([]int{}, b.headPeople...), kind: "meeting", status: "held", sent: si}, placeAt: -1}
	switch {
	case len(f.dates) == 0:
		c.earlier = true
	case dayDated(f.dates) && f.dates[0].value != b.date:
		c.date = f.dates[0].value
	default:
		return elsewhereCand{}, false
	}
	if k := placeMetIn(b.body, f.at, s.t1); k >= 0 {
		c.placeAt = k
		c.place, c.placeCC = placeName(*b.body.spanOf(k))
	}
	return c, parties(b.r, c.people) >= 2
}

// withoutSpanAt are the spans but the one starting at token k.
func withoutSpanAt(spans []span, k int) []span {
	if k < 0 {
		return spans
	}
	var out []span
	for _, sp := range spans {
		if sp.t0 != k {
			out = append(out, sp)
		}
	}
	return out
}
