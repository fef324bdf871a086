package extract

import (
	"slices"
	"time"
)

// A chair's summary tells its gathering in the body, not in the headline:
// "On June 17, 2022, President Biden convened his third Major Economies
// Forum on Energy and Climate (MEF) …" and, at its end, "Participants
// included:" with one line per leader ("His Excellency Alberto Fernández,
// President of the Argentine Republic"; whitehouse-55889). With no meeting
// word in the headline, the list (participantList) is the participants of
// the gathering a headline person is told to have hosted before it.

// hostingVerbs tell who held a gathering.
var hostingVerbs = setOf("convened", "hosted", "co-hosted", "held", "chaired", "co-chaired")

// hostedOccasion is the sentence, before sentence upTo, in which one of
// people is the subject of a hosting verb right after the name, with a
// capitalised occasion noun among the seven tokens after the verb
// ("convened his third Major Economies Forum", "hosted the Leaders'
// Summit"); -1 if none.
func hostedOccasion(d *doc, bySent map[int][]int, r *resolver, people []int, upTo int) int {
	for si := 0; si < upTo && si < len(d.sents); si++ {
		s := d.sents[si]
		for _, mi := range bySent[si] {
			m := &r.mentions[mi]
			if m.t1 >= s.t1 || !hostingVerbs[d.toks[m.t1].key] || r.mentionOf[mi] < 0 || !slices.Contains(people, r.mentionOf[mi]) {
				continue
			}
			for j := m.t1 + 1; j < s.t1 && j <= m.t1+7; j++ {
				if occasionNouns[d.toks[j].key] && d.toks[j].cap {
					return si
				}
			}
		}
	}
	return -1
}

// hostedListMeeting is the held gathering of the headline's people with
// the list of those who took part, told by sentence si (hostedOccasion):
// dated by that sentence or, without a date there, by the article; a summit
// where three or more parties take part.
func hostedListMeeting(d *doc, r *resolver, si int, people []int, pub time.Time, day string) meetingCand {
	s := d.sents[si]
	c := meetingCand{people: people, kind: "meeting", status: "held", sent: -1, fromHead: true, date: day}
	if ds := findDates(d.toks, s.t0, s.t1, pub, false); len(ds) > 0 {
		c.date = ds[0].value
	}
	if parties(r, people) >= 3 {
		c.kind = "summit"
	}
	return c
}

// addHostedList adds the gathering a headline person hosted (hostedOccasion)
// with the list at sentence listAt as its participants; it reports whether
// there was one. Officials of one party are no meeting of the guidelines.
func (b *relationBuilder) addHostedList(list []int, listAt int) bool {
	si := hostedOccasion(b.body, b.bySent, b.r, b.headPeople, listAt)
	if si < 0 {
		return false
	}
	hm := hostedListMeeting(b.body, b.r, si, appendUnique(append([]int{}, b.headPeople...), list...), b.pub, b.date)
	if parties(b.r, hm.people) < 2 {
		return false
	}
	hm.place, hm.placeCC = b.occasionPlace()
	b.cands = append([]meetingCand{hm}, b.cands...)
	return true
}
