package extract

// nounDateGap is how many words may stand between a date and the encounter
// noun it is written before ("the June 14 NATO Summit", "the March 24
// Extraordinary NATO Summit").
const nounDateGap = 4

// nounDateAt is the index in dates of the date written right before the
// encounter noun at token noun ("the May 21 Summit between …"), with only
// capitalised words or a meeting noun's modifiers (nounModifiers) between,
// or -1.
func nounDateAt(d *doc, dates []dateExpr, noun int) int {
	for i, dt := range dates {
		if dt.t1 > noun || noun-dt.t1 > nounDateGap {
			continue
		}
		between := true
		for k := dt.t1; k < noun && between; k++ {
			t := &d.toks[k]
			between = t.kind == tokWord && (t.cap || nounModifiers[t.key])
		}
		if between {
			return i
		}
	}
	return -1
}

// datedNounFirst: where the sentence's encounter is the one whose people a
// "between" names (betweenParticipants), a date written right before that
// encounter's noun is its own and goes first (meetingFromFacts dates the
// encounter by the first). "Sherman met today with … Cho Hyundong to …
// build on the momentum from the May 21 Summit between President Biden and
// President Yoon" put today first, the day of the sentence's other
// encounter, nearest its meeting word ("met").
func datedNounFirst(d *doc, s sentence, dates []dateExpr) {
	_, noun := betweenAt(d, s) // "the May 21 Summit between President Biden and President Yoon"
	if noun < 0 {
		return
	}
	if i := nounDateAt(d, dates, noun); i > 0 {
		dt := dates[i]
		copy(dates[1:i+1], dates[:i])
		dates[0] = dt
	}
}

// theirDatedNoun is the meeting word of "their <date> <noun>" after token
// from ("to follow up on their May 15 meeting in Berlin"), with the index in
// dates of the date before it (nounDateAt), or -1, -1.
func theirDatedNoun(d *doc, s sentence, dates []dateExpr, from int) (noun, date int) {
	for k := max(from+1, s.t0); k < s.t1; k++ {
		if d.toks[k].key != "their" {
			continue
		}
		for j := k + 2; j < s.t1 && j <= k+2+nounDateGap+2; j++ {
			if tr, ok := triggerWords[d.toks[j].key]; ok && tr.strong && !bilateralModifier(d, j, s.t1) {
				if i := nounDateAt(d, dates, j); i >= 0 && dates[i].t0 == k+1 {
					return j, i
				}
				break
			}
		}
	}
	return -1, -1
}

// theirDatedEncounter: a sentence that tells its own encounter goes on to
// name an encounter of the same people by "their" and a date of its own
// ("Secretary Blinken spoke today with Foreign Minister Kuleba to follow up
// on their May 15 meeting in Berlin"): that is a second encounter, of the
// noun's kind, on that date, held or planned by it, placed by a place after
// its noun. m is the sentence's encounter; false where the phrase is
// missing or dated as m is.
func theirDatedEncounter(d *doc, s sentence, f sentenceFacts, m meetingCand, pub string) (meetingCand, bool) {
	if f.at < 0 || len(m.people) < 2 {
		return meetingCand{}, false
	}
	noun, i := theirDatedNoun(d, s, f.dates, f.at)
	if noun < 0 || compareDates(f.dates[i].value, m.date) == 0 {
		return meetingCand{}, false
	}
	c := meetingCand{people: m.people, kind: triggerWords[d.toks[noun].key].kind, date: f.dates[i].value,
		status: "held", sent: m.sent, issues: m.issues}
	if compareDates(c.date, pub) > 0 {
		c.status = "planned"
	}
	for _, sp := range f.places {
		if sp.t0 > noun && c.kind != "call" {
			c.place, c.placeCC = placeName(sp)
			break
		}
	}
	return c, true
}
