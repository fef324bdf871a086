package extract

import (
	"slices"
	"strings"
)

// noteParagraphPlace notes, for sentence si, where an earlier sentence of
// its paragraph, or si itself, told an occasion: a place the sentence
// names where it tells an encounter, an arrival or a trip (tellsATrip).
// placeByParagraph reads it. Not in a transcript, where a speaker's
// sentences wander.
func (b *relationBuilder) noteParagraphPlace(si int, s sentence, f sentenceFacts) {
	if b.inTranscript {
		return
	}
	if si > 0 && si != b.placeSent && strings.Contains(b.body.text[b.body.sents[si-1].end:b.body.sents[si].start], "\n") {
		b.paraPlace = nil
	}
	b.placeSent = si
	if len(f.places) > 0 && (f.trig != "" || f.arrival || tellsATrip(b.body, s)) {
		if f.planned || f.future {
			// a trip still to come ("will travel to Geneva … This meeting
			// follows up on a commitment made between …") places nothing
			// told after it
			b.paraPlace = nil
		} else {
			date := ""
			if len(f.dates) > 0 {
				date = f.dates[0].value
			}
			b.paraPlace = &paraOccasion{place: f.places[0], date: date, sent: si, people: f.people}
		}
	}
	if b.paraPlace != nil {
		b.placeOfSent[si] = b.paraPlace
	}
}

// paraOccasion is the place and date of the occasion sentence sent told
// (noteParagraphPlace).
type paraOccasion struct {
	place  span
	date   string
	sent   int
	people []int // the officials the sentence names
}

// placeByParagraph gives a held in-person encounter told without a place
// the place where its paragraph told the occasion, in a sentence before
// its own (issue 10, venue43): a release tells the trip or the talks with
// their place, then who met there ("Counselor … Chollet traveled to Warsaw
// … He met with Deputy Foreign Minister …"; "U.S. and Cuban officials met
// in Washington, D.C. … Mendrala led the U.S. interagency delegation, and
// … Fernandez de Cossio led the Cuban delegation"). Not a call (a virtual
// meeting is one: "The Dialogue was preceded by a virtual meeting
// between …"), a plan, one told as earlier or
// "… ago", one dated apart from the occasion, nor one none of whose people
// the occasion's sentence names where it names any ("Secretary Blinken also
// visited Ramallah … King Abdullah II hosted the first-ever visit by …
// President Isaac Herzog … to Jordan").
func (b *relationBuilder) placeByParagraph(cs []meetingCand) {
	for k := range cs {
		c := &cs[k]
		o := b.placeOfSent[c.sent]
		if o == nil || c.sent < 0 || o.sent >= c.sent || c.place != "" || c.kind == "call" || c.status != "held" || c.earlier || c.ago ||
			!compatibleDates(o.date, c.date) ||
			len(o.people) > 0 && !slices.ContainsFunc(c.people, func(pi int) bool { return slices.Contains(o.people, pi) }) {
			continue
		}
		c.place, c.placeCC = placeName(o.place)
	}
}

// tellsATrip: sentence s tells a trip, a visit or a hosted occasion
// ("traveled to Warsaw", "led an interagency delegation to Paris", "hosted
// the … Dialogue at the U.S. Department of State in Washington").
func tellsATrip(d *doc, s sentence) bool {
	for i := s.t0; i < s.t1; i++ {
		if journeyWords[d.toks[i].key] {
			return true
		}
	}
	return false
}

// journeyWords tell a trip, a visit or a hosted occasion.
var journeyWords = setOf("traveled", "travelled", "traveling", "travelling", "travels", "visited", "visiting", "visit", "trip",
	"delegation", "hosted", "hosts", "welcomed", "welcomes")
