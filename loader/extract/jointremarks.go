package extract

import "strings"

// jointRemarks reads a transcript's headline "Remarks by A and B …" whose
// speakers are officials of two or more parties: "Remarks by President Biden
// and European Council President Charles Michel Upon Arrival at the European
// Council", "Remarks by President Biden and President Yoon Suk Yeol of the
// Republic of Korea at the Air Operations Center …". The two spoke together
// that day, so it is their held meeting, as a headline's "Before Bilateral
// Meeting" or "Statements to the Press" is (headlineMeeting, titleEncounter).
// The speakers are the officials named after "by" and before the headline
// turns to the occasion (speakersEnd: "at", "upon", "on", "Celebrating" …):
// "Remarks by President Biden on Gas Prices and Putin's Price Hike" has one
// speaker, and officials of one party ("Remarks by President Biden and Vice
// President Harris at …") make none. Callers ask only of a transcript.
func jointRemarks(title *doc, titleMentions []int, r *resolver) (meetingCand, bool) {
	ts := title.toks
	k := 0
	if k < len(ts) && ts[k].key == "joint" {
		k++
	}
	if k+1 >= len(ts) || ts[k].key != "remarks" || ts[k+1].key != "by" {
		return meetingCand{}, false
	}
	from := k + 2
	inPerson := make([]bool, len(ts))
	for _, mi := range titleMentions {
		if r.mentionOf[mi] < 0 {
			continue
		}
		m := r.mentions[mi]
		for j := m.t0; j < m.t1 && j < len(ts); j++ {
			inPerson[j] = true
		}
	}
	end := len(ts)
	for j := from; j < len(ts); j++ {
		if !inPerson[j] && speakersEnd(ts[j].key) {
			end = j
			break
		}
	}
	var people []int
	for _, mi := range titleMentions {
		m := r.mentions[mi]
		if m.t0 < from || m.t0 >= end {
			continue
		}
		if pi := r.mentionOf[mi]; pi >= 0 && r.people[pi].official {
			people = appendUnique(people, pi)
		}
	}
	if len(people) < 2 || parties(r, people) < 2 {
		return meetingCand{}, false
	}
	return meetingCand{people: people, kind: "meeting", status: "held", sent: -1, fromHead: true}, true
}

// remarksOccasionWords end the speakers of "Remarks by …": the words that
// turn to where, when or on what they spoke.
var remarksOccasionWords = setOf("at", "upon", "on", "in", "during", "before", "after", "following", "to",
	"for", "with", "ahead", "from", "via", "about", "as", "|", ":", "–", "—", "-")

// speakersEnd: a word that ends the speakers of "Remarks by …", a word of
// the occasion or a verb's "-ing" form ("Welcoming", "Celebrating",
// "Honoring") outside a person's name.
func speakersEnd(key string) bool {
	return remarksOccasionWords[key] || len(key) > 4 && strings.HasSuffix(key, "ing")
}
