package extract

import "slices"

// A gathering's guest the leaders will hear from (issue 10, summit44). "At
// the Summit, Allied leaders will hear directly from Ukrainian President
// Zelenskyy" (whitehouse-56459, the NATO summit's fact sheet), "they're going
// to hear from President Zelenskyy at this summit" (whitehouse-56462, a
// press call from it), "On Sunday morning, the President will participate in
// a G7 virtual leaders meeting chaired by German Chancellor Scholz. The
// leaders will be joined by President Zelenskyy of Ukraine." (whitehouse-52608,
// a gaggle): the guest takes part in the leaders' gathering. These are every
// sentence of the open corpus in which leaders (or "they", "allies") will
// hear from or be joined by someone, bar one whose joiners are US officials
// (whitehouse-52973); on main none gave a record (recall-sample-10's gold
// holds 56459's as a planned summit of Biden and Zelenskyy in Madrid), and
// the Madrid summit was no meeting at all to an analyst (analyst42, row 23).

// guestSubjects are the subjects whose gathering the guest joins.
var guestSubjects = setOf("leaders", "allies", "they", "they're")

// guestSubjectReach is how many words before the cue the subject may stand
// ("Allied leaders will hear directly from", "they're going to hear from").
const guestSubjectReach = 4

// guestSummitWords name the gathering a guest's sentence must name where no
// plan before it is the gathering.
var guestSummitWords = setOf("summit")

// guestReach is how many words after the cue the guest's name may start
// ("hear directly from Ukrainian President Zelenskyy").
const guestReach = 6

// guestCue reports whether a guest's cue starts at token k of sentence s and
// returns the token after it: a future "hear (directly) from" or "be joined
// by" after a subject of guestSubjects.
func guestCue(d *doc, s sentence, k int) (end int, ok bool) {
	key := func(i int) string {
		if i < s.t0 || i >= s.t1 {
			return ""
		}
		return d.toks[i].key
	}
	switch {
	case key(k) == "hear" && key(k+1) == "from":
		end = k + 2
	case key(k) == "hear" && key(k+1) == "directly" && key(k+2) == "from":
		end = k + 3
	case key(k) == "be" && key(k+1) == "joined" && key(k+2) == "by":
		end = k + 3
	default:
		return 0, false
	}
	future := false
	for i := k - 1; i >= s.t0 && i >= k-guestSubjectReach; i-- {
		switch {
		case key(i) == "will" || key(i) == "going" && key(i+1) == "to":
			future = true
		case guestSubjects[key(i)]:
			return end, future || key(i) == "they're" && key(i+1) == "going"
		case clauseBreaks[key(i)]:
			return 0, false
		}
	}
	return 0, false
}

// usPresident is the person of the article who is the United States'
// President, or -1.
func usPresident(r *resolver) int {
	for pi, p := range r.people {
		if p.official && p.country == "US" && p.role == "President" && !p.rolePast {
			return pi
		}
	}
	return -1
}

// addGuests adds a gathering's guest (guestCue) to it: to the plan of the
// leaders' gathering the two sentences before told, or, in a sentence that
// names the summit itself, to a planned summit of the article's US President
// with the guest, on the article's day (the summit the release is of). A
// reporter's question is no one's telling; a guest of the President's own
// country, or no foreign guest, adds nothing.
func (b *relationBuilder) addGuests() {
	d := b.body
	for si, s := range d.sents {
		if b.asked[si] {
			continue
		}
		for k := s.t0; k < s.t1; k++ {
			end, ok := guestCue(d, s, k)
			if !ok {
				continue
			}
			guests := b.officialsAfter(si, end-1, end+guestReach)
			if len(guests) == 0 {
				continue
			}
			if c := b.plannedBefore(si); c >= 0 {
				for _, g := range guests {
					if !slices.Contains(b.cands[c].people, g) {
						b.cands[c].people = append(b.cands[c].people, g)
					}
				}
				continue
			}
			host := usPresident(b.r)
			if host < 0 || !sentenceHas(d, s, guestSummitWords) {
				continue
			}
			var foreign []int
			for _, g := range guests {
				if g != host && b.r.people[g].country != "US" {
					foreign = append(foreign, g)
				}
			}
			if len(foreign) == 0 {
				continue
			}
			c := meetingCand{people: append([]int{host}, foreign...), kind: "summit", status: "planned", date: b.date, sent: si}
			c.place, c.placeCC = b.occasionPlace()
			b.cands = append(b.cands, c)
		}
	}
}

// plannedBefore is the index in cands of a planned encounter told in one of
// the two sentences before si, the last told, or -1.
func (b *relationBuilder) plannedBefore(si int) int {
	for c := len(b.cands) - 1; c >= 0; c-- {
		if m := b.cands[c]; m.status == "planned" && m.sent >= si-2 && m.sent < si {
			return c
		}
	}
	return -1
}
