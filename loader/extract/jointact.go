package extract

import (
	"slices"
	"strings"
	"unicode"
)

// jointActOff switches addJointActMeetings off, for the probes to show that
// their cases need it (TestJointActMeetings).
var jointActOff = false

// jointActVerbs are acts two officials named as one subject do together, in
// one place: "Chargé d'Affaires Francisco Palmieri and Colombian Vice
// President … Marta Lucía Ramírez signed a protocol", "President Biden and
// Chancellor Merkel today at the White House launched the … Partnership".
var jointActVerbs = setOf("signed", "initialed", "initialled", "launched", "unveiled", "inaugurated",
	"co-chaired", "cochaired", "co-hosted", "cohosted", "announced")

var jointActFilter = filterOf(jointActVerbs)

// jointActBetween may stand between the subject's last official and its
// verb: a date word, an adverb, a short place ("today at the White House").
var jointActBetween = setOf("today", "yesterday", "jointly", "also", "together", "formally", "officially",
	"both", "have", "had", "at", "in", "the", ",")

// jointActReach bounds the words between the subject's last official and its
// verb.
const jointActReach = 6

// jointActTitleWords may stand inside a title between two officials of the
// subject, lower case ("Vice President and Minister of Foreign Affairs").
var jointActTitleWords = setOf("of", "for", "the", "and", ",", "(", ")", "'s", "-")

// jointActOpeners may open the clause whose subject the officials are: the
// sentence's start, a comma ("Today, …"), "when" ("Earlier this year when
// President Biden and Prime Minister Kishida announced …"). A relative
// "that" or "which" is left out: the thing was done before and elsewhere
// ("the Partnership that Prime Minister Modi and President Biden launched in
// April", at a virtual summit).
var jointActOpeners = setOf(",", "when", ":")

// jointActors are the officials, of two parties or more, that sentence s
// names as the whole subject of a joint act (jointActVerbs), in the order
// named, and the verb's token; nil where it names none. Each official but
// the first is joined to the one before by "and" or a comma and title words
// only; the first opens its clause (jointActOpeners) after title words
// only. An official with no known party makes the subject no joint one.
func jointActors(d *doc, s sentence, ms []int, r *resolver) ([]int, int) {
	for k := s.t0; k < s.t1; k++ {
		if key := d.toks[k].key; !jointActFilter.may(key) || !jointActVerbs[key] {
			continue
		}
		if people := jointSubject(d, s, k, ms, r); len(people) >= 2 {
			return people, k
		}
	}
	return nil, -1
}

// jointSubject reads back from the verb at k: the officials whose mentions
// make up the subject before it, or nil.
func jointSubject(d *doc, s sentence, k int, ms []int, r *resolver) []int {
	var subj []int // mention indexes, last first
	end := k
	for i := len(ms) - 1; i >= 0; i-- {
		m := &r.mentions[ms[i]]
		if m.t1 > end {
			continue
		}
		between := d.toks[m.t1:end]
		if len(subj) == 0 && !betweenSubjectAndVerb(between) ||
			len(subj) > 0 && !joinedByAnd(between) {
			break
		}
		subj = append(subj, ms[i])
		end = m.t0
	}
	if len(subj) < 2 || !opensClause(d, s, end) {
		return nil
	}
	var people []int
	seen := map[string]bool{}
	for i := len(subj) - 1; i >= 0; i-- {
		pi := r.mentionOf[subj[i]]
		if pi < 0 || !r.people[pi].official || r.people[pi].country == "" {
			return nil
		}
		seen[r.people[pi].country] = true
		people = appendUnique(people, pi)
	}
	if len(seen) < 2 {
		return nil
	}
	return people
}

// betweenSubjectAndVerb: toks, between the subject's last official and its
// verb, are at most jointActReach words of jointActBetween, or a place's
// capitalised words after its "at" or "in" ("today at the White House").
func betweenSubjectAndVerb(toks []token) bool {
	if len(toks) > jointActReach {
		return false
	}
	place := false
	for _, t := range toks {
		switch {
		case t.key == "at" || t.key == "in":
			place = true
		case jointActBetween[t.key], place && hasCapital(t):
		default:
			return false
		}
	}
	return true
}

// joinedByAnd: toks, between two officials of one subject, are "and" or a
// comma, then a title: capitalised words and jointActTitleWords.
func joinedByAnd(toks []token) bool {
	if len(toks) == 0 || toks[0].key != "and" && toks[0].key != "," {
		return false
	}
	return jointTitleOnly(toks[1:])
}

// jointTitleOnly: toks are a title's words, capitalised or jointActTitleWords.
func jointTitleOnly(toks []token) bool {
	for _, t := range toks {
		if !hasCapital(t) && !jointActTitleWords[t.key] {
			return false
		}
	}
	return true
}

// opensClause: the subject starting at token at opens its clause: only a
// title's words stand between it and the sentence's start or an opener.
func opensClause(d *doc, s sentence, at int) bool {
	j := at - 1
	for j >= s.t0 && !jointActOpeners[d.toks[j].key] {
		t := d.toks[j]
		if !hasCapital(t) && t.key != "of" && t.key != "the" && t.key != "'s" && t.key != "-" {
			return false
		}
		j--
	}
	return true
}

// hasCapital: t has a capital letter ("Chargé", "d’Affaires", "U.S.").
func hasCapital(t token) bool {
	return t.cap || strings.IndexFunc(t.text, unicode.IsUpper) >= 0
}

// jointActDate is the date of the act at token k: one told before the verb
// in its clause ("Today, …"), or right after it ("launched in April"); ""
// where there is none: the act's day is then unknown, and it is left out.
func jointActDate(d *doc, s sentence, k int, b *relationBuilder) string {
	for _, de := range findDates(d.toks, s.t0, s.t1, b.pub, false) {
		p := de.t0 - 1
		if p >= s.t0 && datePrepositions[d.toks[p].key] {
			p--
		}
		if de.t1 <= k || p == k {
			return de.value
		}
	}
	return ""
}

// addJointActMeetings adds a held meeting of the officials of two parties or
// more a sentence names as the one subject of a joint act, on a date the
// sentence gives it: signing, launching or announcing a thing together
// brought them together. It is placed by a place told before the verb. One
// that will be, one of a reporter's question, and one whose officials an
// encounter told already holds are left alone ("At the Leaders’ Summit on
// Climate in April, President Biden and Prime Minister Modi launched …": the
// summit holds them).
func (b *relationBuilder) addJointActMeetings() {
	if jointActOff {
		return
	}
	d, r := b.body, b.r
	for si, s := range d.sents {
		if b.asked[si] {
			continue
		}
		people, k := jointActors(d, s, b.bySent[si], r)
		if len(people) < 2 || b.holdsTwo(people) {
			continue
		}
		f := analyseSentence(d, s, b.bySent[si], r, b.pub)
		date := jointActDate(d, s, k, b)
		if f.future || date == "" {
			continue
		}
		c := meetingCand{people: slices.Clone(people), kind: "meeting", status: "held", sent: si, date: date}
		for _, sp := range f.places {
			if sp.t0 < k { // a place after the verb is the thing's ("the Paris Agreement")
				c.place, c.placeCC = placeName(sp)
				break
			}
		}
		b.cands = append(b.cands, c)
	}
}
