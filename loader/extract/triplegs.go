package extract

// tripLeg is a dated leg of a trip a release announces: the sentence that
// tells it and the date it lets one work out.
type tripLeg struct {
	sent  int
	value string
}

// noteTripLeg notes, for each of its people, the date of a trip sentence si
// tells ("Deputy Secretary Sherman will then travel to Madrid, Spain from
// March 6 to 8", "Secretary of State Antony J. Blinken is traveling to San
// Jose on June 1-2, 2021"), for the article's undated plans (dateByTrip). A
// range of days gives its month (rangeDates; GUIDELINES: YYYY-MM where the
// article gives only that), not its first day.
func (b *relationBuilder) noteTripLeg(si int, s sentence, f sentenceFacts) {
	if len(f.dates) == 0 || !b.tripAhead(s, f) {
		return
	}
	v := rangeDates(b.body, f.dates)[0].value
	for _, pi := range f.people {
		b.tripLegs[pi] = append(b.tripLegs[pi], tripLeg{si, v})
	}
}

// tripAhead: sentence s tells a trip still to come, with a word of the
// future ("will travel", "plans to visit"), or as under way on a day not
// before the article's ("is traveling to San Jose on June 1-2").
func (b *relationBuilder) tripAhead(s sentence, f sentenceFacts) bool {
	if f.future {
		return f.trig == "visit" || f.visit
	}
	return travelingNow(b.body, s) && compareDates(f.dates[0].value, b.date) >= 0
}

// travelingNow: "is traveling", "are travelling": a trip under way or
// about to start.
func travelingNow(d *doc, s sentence) bool {
	for i := s.t0 + 1; i < s.t1; i++ {
		if k := d.toks[i].key; (k == "traveling" || k == "travelling") && (d.toks[i-1].key == "is" || d.toks[i-1].key == "are") {
			return true
		}
	}
	return false
}

// dateByTrip: a planned encounter without a date of its own happens on the
// leg of the trip told last before it for one of its people, or where none
// is told before, on the first told after it (legBefore).
func (b *relationBuilder) dateByTrip() {
	for k := range b.cands {
		c := &b.cands[k]
		if c.status != "planned" || c.date != "" {
			continue
		}
		for _, pi := range c.people {
			if v, ok := legBefore(b.tripLegs[pi], c.sent); ok {
				c.date = v
				break
			}
		}
	}
}

// legBefore is the date of the last of a trip's legs told at or before
// sentence si, or of the first where none is ("Next week, Secretary of State
// Blinken will embark on his first in-person trip … when he travels to San
// Jose" dates the plans after it, not "his upcoming travel …, which we
// announced officially just this morning" before it). Where the trip has
// more than one dated leg, a leg's day is where the trip or the leg begins,
// not the day of each plan told with it ("will travel to Brussels, … the
// NATO Summit on June 14. … The President will also meet with Turkish
// President Recep Tayyip Erdogan"), so a plan takes its month.
func legBefore(legs []tripLeg, si int) (string, bool) {
	if len(legs) == 0 {
		return "", false
	}
	v := legs[0].value
	for _, l := range legs {
		if l.sent <= si {
			v = l.value
		}
	}
	if len(legs) > 1 && len(v) > len("2006-01") {
		v = v[:len("2006-01")]
	}
	return v, true
}
