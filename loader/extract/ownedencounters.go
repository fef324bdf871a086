package extract

import "slices"

// ownerPronouns own an encounter for someone the sentence does not name
// there: the speaker ("my meeting with Yang Jiechi") or an earlier subject.
var ownerPronouns = setOf("my", "his", "her", "our")

// ownedEncounter is one possessive's encounter: its owner (-1 for a
// pronoun) and the person after its "with". For "his" or "her", prior is
// the named owner of the encounter told before it (-1 if none), whom the
// pronoun may stand for too ("President Biden’s call with President Putin
// and his call with President Zelenskyy").
type ownedEncounter struct{ owner, object, prior int }

// splitOwnedEncounters: a candidate of three people or more, read from a
// sentence that tells two encounters or more, each owned by its own
// possessive, each with its own person ("following President Biden’s call
// with President Putin and my discussion with Foreign Minister Lavrov";
// "since the President’s call with Xi Jinping, since my meeting with Yang
// Jiechi in Rome"), is those encounters, not one: Putin never met Lavrov. A
// possessive is a named person's, a US office's ("the Secretary’s", whose
// holder the article names) or a pronoun's, which stands for the one person
// of the candidate or the sentence that no encounter names as owner or
// object ("my": the speaker the candidate holds), or for "his" and "her"
// the named owner just before, when that one is all (pronounOwner). An
// encounter whose owner stays unknown is dropped; where none is left, the
// candidate stands as it was.
func splitOwnedEncounters(d *doc, s sentence, ms []int, r *resolver, m meetingCand) []meetingCand {
	if len(m.people) < 3 {
		return []meetingCand{m}
	}
	encs := ownedEncountersIn(d, s, ms, r)
	objects := map[int]bool{}
	for _, e := range encs {
		if slices.Contains(m.people, e.object) {
			objects[e.object] = true
		}
	}
	if len(objects) < 2 {
		return []meetingCand{m}
	}
	var rest []int // who a pronoun may stand for: the candidate's and the sentence's others
	for _, pi := range appendUnique(slices.Clone(m.people), personsOf(ms, r)...) {
		if !objects[pi] && !slices.ContainsFunc(encs, func(e ownedEncounter) bool { return e.owner == pi || e.object == pi }) {
			rest = append(rest, pi)
		}
	}
	var out []meetingCand
	for _, e := range encs {
		owner := e.owner
		if owner < 0 {
			owner = pronounOwner(rest, e.prior)
		}
		if owner < 0 || owner == e.object || !slices.Contains(m.people, e.object) {
			continue
		}
		c := m
		c.people = []int{owner, e.object}
		if parties(r, c.people) >= 2 {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return []meetingCand{m}
	}
	return out
}

// pronounOwner is the one person a possessive pronoun may stand for: the
// candidate's people no encounter names (rest) and the prior named owner,
// or -1 where they are none or more than one.
func pronounOwner(rest []int, prior int) int {
	who := rest
	if prior >= 0 && !slices.Contains(rest, prior) {
		who = append(slices.Clone(rest), prior)
	}
	if len(who) != 1 {
		return -1
	}
	return who[0]
}

// ownedEncountersIn reads sentence s's possessive encounters: an owner (a
// name and "'s", "the" and a US office and "'s", or a pronoun of
// ownerPronouns), up to two lower-case words, an encounter noun (ownedEncounterNouns), "with" and
// a person named within six words. A possessive the rules cannot read
// (another's office, "Russia's talks with") owns no encounter here.
func ownedEncountersIn(d *doc, s sentence, ms []int, r *resolver) []ownedEncounter {
	var out []ownedEncounter
	prior := -1 // the last named owner
	for k := s.t0; k+2 < s.t1; k++ {
		owner, ok := possessiveOwner(d, s, ms, r, k)
		if !ok {
			continue
		}
		n := k + 1
		for n < s.t1 && n <= k+3 && !ownedEncounterNouns[d.toks[n].key] && d.toks[n].kind == tokWord && !d.toks[n].cap {
			n++
		}
		if n+1 >= s.t1 || !ownedEncounterNouns[d.toks[n].key] || d.toks[n+1].key != "with" {
			continue
		}
		obj := personAfter(ms, r, n+1, n+7)
		if obj < 0 {
			continue
		}
		e := ownedEncounter{owner, obj, -1}
		if owner < 0 && d.toks[k].key != "my" && d.toks[k].key != "our" {
			e.prior = prior
		}
		if owner >= 0 {
			prior = owner
		}
		out = append(out, e)
	}
	return out
}

// possessiveOwner reads token k as an encounter's owner: a pronoun of
// ownerPronouns (owner -1), or the possessive mark after a named person or
// after "the" and a US office whose holder the article names. ok is false
// where token k owns nothing the rules read.
func possessiveOwner(d *doc, s sentence, ms []int, r *resolver, k int) (owner int, ok bool) {
	if ownerPronouns[d.toks[k].key] {
		return -1, true
	}
	if !possessiveMark(d.toks[k].key) {
		return 0, false
	}
	for _, mi := range ms {
		if r.mentions[mi].t1 == k && r.mentionOf[mi] >= 0 {
			return r.mentionOf[mi], true
		}
	}
	for t := k - 1; t >= s.t0 && t >= k-3; t-- {
		if d.toks[t].key == "the" && r.usSource && publisherTitle(d, t+1, k) {
			if pi := titleHolder(d, t+1, k, r); pi >= 0 {
				return pi, true
			}
		}
	}
	return 0, false
}

// personsOf are the people mentions ms name.
func personsOf(ms []int, r *resolver) []int {
	var out []int
	for _, mi := range ms {
		if pi := r.mentionOf[mi]; pi >= 0 {
			out = appendUnique(out, pi)
		}
	}
	return out
}

// personAfter is the person of the first of mentions ms that starts after
// token from and before token to, or -1.
func personAfter(ms []int, r *resolver, from, to int) int {
	for _, mi := range ms {
		if t0 := r.mentions[mi].t0; t0 > from && t0 < to && r.mentionOf[mi] >= 0 {
			return r.mentionOf[mi]
		}
	}
	return -1
}
