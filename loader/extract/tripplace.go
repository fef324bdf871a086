package extract

import "newsgraph/gazetteer"

// tripStop is where a sentence about the future puts one of its people
// (noteTripPlace): one city, or "" where it names none or puts them
// somewhere else (several cities, another country).
type tripStop struct {
	sent      int
	place, cc string
	date      string // the sentence's first date, "" for none
}

// noteTripPlace notes, for each of its people, where sentence si, one
// about the future, puts them: the trip still to come it tells ("Special
// Presidential Envoy for Climate John Kerry will travel to Cairo, Egypt on
// February 20-21") or the city it names ("In Honolulu, Hawaii on February
// 12, Secretary Blinken will host …"), for the article's plans told
// without a place (placeByTrip). A sentence that names several cities, or
// a country other than its city's, the person's own and the last stop's
// ("will travel to Australia, Fiji, and Hawaii", "In Oman, the Deputy
// Secretary will meet"), and a trip that names no place, are noted
// without a place, so that a plan told after them takes no earlier city.
// Not in a transcript, where a speaker's trips are told in passing.
func (b *relationBuilder) noteTripPlace(si int, s sentence, f sentenceFacts) {
	if b.inTranscript || len(f.people) == 0 || !f.future {
		return
	}
	trip := tellsATripAhead(b.body, s)
	city, cc, several := "", "", false
	for _, sp := range f.places {
		p, c := placeName(sp)
		switch {
		case city == "":
			city, cc = p, c
		case city != p:
			several = true
		}
	}
	var countries []string
	for _, sp := range b.body.spansIn(s.t0, s.t1) {
		if sp.phrase.Kind == gazetteer.KindCountry {
			countries = append(countries, sp.phrase.Code)
		}
	}
	if trip && several {
		b.noteItinerary(f.places) // "will travel to Asuncion, Paraguay; Panama City, Panama; and …"
	}
	if !trip && city == "" && len(countries) == 0 {
		return
	}
	date := ""
	if len(f.dates) > 0 {
		date = f.dates[0].value
	}
	for _, pi := range f.people {
		home, last := b.r.people[pi].country, ""
		if n := len(b.tripStops[pi]); n > 0 {
			last = b.tripStops[pi][n-1].cc
		}
		elsewhere := several
		for _, c := range countries {
			if c != home && c != cc && (city != "" || c != last) {
				elsewhere = true
			}
		}
		stop := tripStop{sent: si, date: date}
		if city == "" {
			if p, c, ok := b.itineraryStop(countries, home); ok {
				stop.place, stop.cc = p, c // "During their trip to Paraguay, …": the itinerary's city there
				b.tripStops[pi] = append(b.tripStops[pi], stop)
				continue
			}
		}
		switch {
		case city != "" && !elsewhere:
			stop.place, stop.cc = city, cc
		case city == "" && !trip && !elsewhere:
			continue // names only the person's own country, or the stop's
		}
		b.tripStops[pi] = append(b.tripStops[pi], stop)
	}
}

// placeByTrip gives a planned in-person encounter told without a place the
// city where the sentences about the future told last, at or before its
// own, one of its people would be (issue 10, attrs45): "Blinken will
// travel to New Delhi, India, July 27-28 … Secretary Blinken will meet
// with Prime Minister Narendra Modi". Not a call; not where that sentence
// named several cities or another country (noteTripPlace); not where its
// date and the encounter's disagree; and never from a sentence after the
// encounter's.
func (b *relationBuilder) placeByTrip(cs []meetingCand) {
	for k := range cs {
		c := &cs[k]
		if c.place != "" || c.kind == "call" || c.status != "planned" || c.sent < 0 || c.sent >= len(b.body.sents) ||
			toldAtAVenue(b.body, b.body.sents[c.sent]) {
			continue
		}
		var last *tripStop
		for _, pi := range c.people {
			for i := range b.tripStops[pi] {
				if st := &b.tripStops[pi][i]; st.sent <= c.sent && (last == nil || st.sent > last.sent) {
					last = st
				}
			}
		}
		if last != nil && last.place != "" && compatibleDates(last.date, c.date) {
			c.place, c.placeCC = last.place, last.cc
		}
	}
}

// toldAtAVenue: sentence s tells its encounter at a named venue ("will
// meet Her Majesty Queen Elizabeth at Windsor Castle"): "at" before a
// capitalised word, "the" between them or not. A venue the gazetteer
// knew would have placed it already; one it does not know may be
// anywhere, so no trip's city is given.
func toldAtAVenue(d *doc, s sentence) bool {
	for i := s.t0; i+1 < s.t1; i++ {
		if d.toks[i].key != "at" {
			continue
		}
		j := i + 1
		if d.toks[j].key == "the" && j+1 < s.t1 {
			j++
		}
		if d.toks[j].cap && d.toks[j].kind == tokWord {
			return true
		}
	}
	return false
}

// tellsATripAhead: sentence s has a word of travel ("will travel to",
// "will visit", "the trip"), for a sentence that speaks of the future.
func tellsATripAhead(d *doc, s sentence) bool {
	for i := s.t0; i < s.t1; i++ {
		if tripAheadWords[d.toks[i].key] {
			return true
		}
	}
	return false
}

var tripAheadWords = setOf("travel", "travels", "traveling", "travelling", "visit", "visits", "visiting", "trip")
