package extract

import (
	"maps"
	"slices"
	"strings"
	"time"
)

// coordinationFillers may stand between the "and" that opens a second verb or
// noun phrase of encounter and its meeting word: adverbs of sequence
// (sequenceAdverbs), words of tense and plan (tenseWords), a light verb, and
// the meeting noun's article and modifiers (nounModifiers): "and then spoke",
// "and will meet", "and is expected to meet", "and held a joint call", "and a
// separate bilateral meeting".
var coordinationFillers = func() map[string]bool {
	m := setOf("again", "set", "to", "hold", "have")
	maps.Copy(m, sequenceAdverbs)
	maps.Copy(m, tenseWords)
	maps.Copy(m, nounModifiers)
	return m
}()

// coordinatedEncounter: the "and" at token k opens a second phrase of
// encounter whose meeting word is at token b, with only coordinationFillers
// between ("met with Prime Minister Kishida on Monday and spoke by phone with
// President Yoon on Tuesday", "and will meet with …", "held a bilateral
// meeting with A and a bilateral meeting with B", "both spoke with A and held
// a joint call with B and C"). The sentence's subject has a second encounter,
// of its own kind, date and status. "Met and discussed", "met … and held
// talks on trade" name no one after the second word and stay one
// (encounterClauses); "met with A and B" has no second word; "met with A and
// B met with C" has a subject of its own between, and is left alone.
func coordinatedEncounter(d *doc, k, b int) bool {
	if d.toks[k].key != "and" || b <= k {
		return false
	}
	for j := k + 1; j < b; j++ {
		if t := &d.toks[j]; t.kind != tokWord || !coordinationFillers[t.key] {
			return false
		}
	}
	return true
}

// gerundAfterBefore: "before" or "after" at token k is followed right away by
// the meeting word at b in its "-ing" form ("met with Prime Minister Modi
// before meeting with Prime Minister Albanese"): a second encounter of the
// same subject, told as the first is.
func gerundAfterBefore(d *doc, k, b int) bool {
	key := d.toks[k].key
	if key != "before" && key != "after" || b != k+1 {
		return false
	}
	switch d.toks[b].key {
	case "meeting", "speaking", "hosting", "talking":
		return true
	}
	return false
}

// objectNamedOnly: person pi is named in the clause only after its meeting
// word at and a "with" after it ("he'll have a bilateral meeting with Prime
// Minister Modi and a bilateral meeting with …", whose "he" is no one named):
// the clause's encounter is with pi, so pi is no subject for the clause after
// it to carry. One named after a meeting word otherwise may be its subject
// ("Before her visit to Ethiopia, Administrator Power spent four days in
// Sudan, where she met with …").
func objectNamedOnly(d *doc, mentions []int, r *resolver, pi, at int) bool {
	named := false
	for _, mi := range mentions {
		if r.mentionOf[mi] != pi {
			continue
		}
		m := &r.mentions[mi]
		if at < 0 || m.t0 < at || !slices.ContainsFunc(d.toks[at:m.t0], func(t token) bool { return t.key == "with" }) {
			return false
		}
		named = true
	}
	return named
}

// nounModifiers may stand between the "and" of a coordinated noun phrase of
// encounter and its meeting noun ("and a separate bilateral meeting with").
var nounModifiers = setOf("a", "an", "separate", "distinct", "joint", "phone", "telephone", "video", "virtual",
	"brief", "second", "another", "bilateral", "trilateral")

// nounCoordination: clause c opens with "and" and a second noun phrase of
// encounter, no verb of its own ("held a bilateral meeting with Prime Minister
// Modi and a bilateral meeting with Prime Minister Albanese on Monday").
func nounCoordination(d *doc, c sentence) bool {
	if c.t0 >= c.t1 || d.toks[c.t0].key != "and" {
		return false
	}
	for k := c.t0 + 1; k < c.t1; k++ {
		key := d.toks[k].key
		switch key {
		case "meeting", "call", "talks", "consultations", "discussions", "conversation", "dialogue":
			return true
		}
		if !nounModifiers[key] {
			return false
		}
	}
	return false
}

// shareTrailingDate: the encounters of a clause that a coordinated noun
// phrase follows (nounCoordination), dated by no word of their own (no date,
// or the article's day a held one takes by default), take the
// date of that phrase's encounters, which the sentence gives once at its end
// for both ("… with Prime Minister Modi and a bilateral meeting with Prime
// Minister Albanese on Monday"). first and next are the clauses' spans in
// cands, [first, next) and [next, end).
func shareTrailingDate(cands []meetingCand, first, next, end int) {
	if next >= end {
		return
	}
	day := cands[next]
	if day.dateDefault || day.date == "" {
		return
	}
	for k := first; k < next; k++ {
		if c := &cands[k]; (c.dateDefault || c.date == "") && c.status == day.status {
			c.date, c.dateDefault = day.date, false
		}
	}
}

// tenseWords give a coordinated phrase a tense of its own: a modal or a word
// of plan ("and will meet", "and is expected to"), or a light verb in the
// past ("and held a joint call").
var tenseWords = setOf("will", "would", "'ll", "is", "was", "expected", "scheduled", "plans", "due", "held", "had")

// tenselessCoordination: clause c opens with "and" and a phrase of encounter
// with no tense of its own, a bare verb or a noun ("will meet with Vice Foreign
// Minister Mori and have a trilateral meeting with …", "will hold a meeting
// with A and a meeting with B"): the tense of the clause before governs it.
func tenselessCoordination(d *doc, c sentence) bool {
	if c.t0 >= c.t1 || d.toks[c.t0].key != "and" {
		return false
	}
	for k := c.t0 + 1; k < c.t1; k++ {
		key := d.toks[k].key
		if tenseWords[key] || pastTriggers[key] {
			return false
		}
		if _, ok := triggerWords[key]; ok {
			return true
		}
	}
	return false
}

// plannedLikeBefore reads a tenseless coordinated clause's facts
// (tenselessCoordination) as the plan the clause before tells: its encounter
// is planned, and its dates look ahead ("will meet with … and have a
// trilateral meeting with … on Friday" is the coming Friday).
func plannedLikeBefore(d *doc, s sentence, f sentenceFacts, pub time.Time) sentenceFacts {
	if f.future && f.planned {
		return f
	}
	f.future, f.planned = true, true
	if len(f.dates) > 0 {
		f.dates = encounterDates(d.toks, findDates(d.toks, s.t0, s.t1, pub, true), s.t0, f.at, true)
		nearestDateFirst(f.dates, f.at)
	}
	return f
}

// readClauses reads the clauses of sentence si that tells several
// encounters (encounterClauses) one after another. The subject of one
// carries on to the next that names none ("…, he then spoke with"); a
// tenseless coordinated clause is planned as the one before it is
// (plannedLikeBefore), and a coordinated noun phrase's date is shared back
// (shareTrailingDate). elliptic: the second clause is an elliptical
// encounter (ellipticalBreak), read with the first's meeting word.
func (b *relationBuilder) readClauses(si int, clauses []sentence, elliptic bool) {
	b.clausePlanned, b.clauseKind = false, ""
	subject := -1
	from := -1 // where the clause before's candidates start
	for k, c := range clauses {
		at := len(b.cands)
		b.planBefore = k > 0 && b.clausePlanned && tenselessCoordination(b.body, c)
		b.ellipsis = ""
		if k > 0 && elliptic {
			b.ellipsis = b.clauseKind // taken only by a clause with no meeting word
		}
		subject = b.readSentence(si, c, mentionsIn(b.bySent[si], b.r, c), subject)
		if k > 0 && nounCoordination(b.body, c) {
			shareTrailingDate(b.cands, from, at, len(b.cands))
		}
		from = at
	}
	b.planBefore, b.ellipsis = false, "" // no sentence after carries this one's plan or kind
}

// repeatedEncounter: the comma at token k opens the same meeting word as the
// one at a again, with only coordinationFillers between ("has had an
// opportunity to speak to President Abbas, to speak to Foreign Minister Lapid
// as well"; "met with Foreign Minister Kuleba, met with Minister of Defense
// Reznikov"): a list of encounters, one each.
func repeatedEncounter(d *doc, k, a, b int) bool {
	if d.toks[k].text != "," || d.toks[a].key != d.toks[b].key {
		return false
	}
	for j := k + 1; j < b; j++ {
		if t := &d.toks[j]; t.kind != tokWord || !coordinationFillers[t.key] {
			return false
		}
	}
	return true
}

// ellipsisFillers may stand between the "and" of an elliptical second
// encounter and its object: an adverb of sequence (sequenceAdverbs) and its
// preposition, "and then with", "and, later, to".
var ellipsisFillers = func() map[string]bool {
	m := setOf("with", "to")
	maps.Copy(m, sequenceAdverbs)
	return m
}()

// ellipticalBreak is the token of the "and" that opens a second encounter of
// the sentence's meeting word, told without a meeting word of its own and
// dated apart from the first: "President Biden spoke with President Zelenskyy
// yesterday and Prime Minister Johnson this afternoon", "will compare notes
// with Foreign Minister Lapid this evening, and then with President Macron
// tomorrow", "met with A, B, and also with C" (sequencedWith). Both parts must
// name an official after the meeting word, and give a date of their own, the
// second's right after its object (objectEnd), or open the second with an
// adverb of sequence and "with", and the second no meeting word; else -1 ("met with
// Prime Minister Modi and Prime Minister Albanese on Monday" is one meeting).
func ellipticalBreak(d *doc, s sentence, mentions []int, r *resolver, pub time.Time) int {
	if len(mentions) < 2 {
		return -1 // most sentences: no two people to tell apart
	}
	at := -1
	for i := s.t0; i < s.t1 && at < 0; i++ {
		if tr, ok := triggerAt(d, i, s.t1); ok && tr.strong && d.spanAt[i] < 0 && !bilateralModifier(d, i, s.t1) {
			at = i
		}
	}
	if at < 0 {
		return -1
	}
	for k := at + 2; k < s.t1; k++ {
		if d.toks[k].key != "and" || !namedBetween(mentions, r, at, k) || !objectOpens(d, mentions, r, k+1, s.t1) {
			continue
		}
		for j := k + 1; j < s.t1; j++ {
			if tr, ok := triggerAt(d, j, s.t1); ok && tr.strong {
				return -1 // a meeting word of its own: encounterClauses' business
			}
		}
		if sequencedWith(d, k+1, s.t1) {
			return k
		}
		if len(findDates(d.toks, at+1, k, pub, false)) > 0 && len(findDates(d.toks, k+1, objectEnd(d, k+1, s.t1), pub, false)) > 0 {
			return k
		}
		// "Foreign Minister and Alternate Prime Minister Yair Lapid, …":
		// an "and" inside a title, or one of a list; a later one may still split
	}
	return -1
}

// sequenceAdverbs set a second "with" apart from the first's encounter.
var sequenceAdverbs = setOf("also", "separately", "later", "then", "subsequently", "afterwards", "afterward")

// sequencedWith: from token j, an adverb of sequence or addition, then "with"
// ("… Defense Minister Benny Gantz, and also with Israeli President Isaac
// Herzog", "and then with President Macron"): an encounter apart from the
// one the first "with" tells, dated or not.
func sequencedWith(d *doc, j, s1 int) bool {
	adverb := false
	for ; j < s1; j++ {
		switch key := d.toks[j].key; {
		case sequenceAdverbs[key]:
			adverb = true
		case d.toks[j].text == ",":
		case key == "with":
			return adverb
		default:
			return false
		}
	}
	return false
}

// objectEnd is where an elliptical clause's object and its date end: at
// the first topic word, "about", "to", a comma or a dash after token j ("and
// Vice Foreign Minister Mori about the DPRK's March 24 launch" is dated by
// no word of its own).
func objectEnd(d *doc, j, s1 int) int {
	for ; j < s1; j++ {
		t := &d.toks[j]
		if topicStops[t.key] || t.key == "about" || t.key == "to" || t.key == "on" && j+1 < s1 && !d.toks[j+1].cap || t.kind == tokPunct {
			return j
		}
	}
	return s1
}

// objectOpens: from token j, after ellipsisFillers and a comma, an official
// is named, with only capitalised words (a title, a demonym) before the name.
func objectOpens(d *doc, mentions []int, r *resolver, j, s1 int) bool {
	for j < s1 && (ellipsisFillers[d.toks[j].key] || d.toks[j].text == ",") {
		j++
	}
	for _, mi := range mentions {
		m := &r.mentions[mi]
		if m.t0 < j || m.t0 > j+5 || r.mentionOf[mi] < 0 || !r.people[r.mentionOf[mi]].official {
			continue
		}
		for k := j; k < m.t0; k++ {
			if t := &d.toks[k]; t.kind != tokWord || !t.cap {
				return false
			}
		}
		return true
	}
	return false
}

// ellipticalFacts reads an elliptical clause (ellipticalBreak), which has no
// meeting word, as an encounter of the clause before's kind and status,
// dated by its own words.
func ellipticalFacts(d *doc, s sentence, f sentenceFacts, kind string, planned bool, pub time.Time) sentenceFacts {
	f.trig, f.strong, f.at = kind, true, s.t0
	f.future, f.planned = planned, planned
	f.dates = encounterDates(d.toks, findDates(d.toks, s.t0, s.t1, pub, planned), s.t0, s.t0, planned)
	return f
}

// pronounOf is the pronoun of a word contracted with its verb ("they’re",
// "we'll", "he's"), or the word itself.
func pronounOf(key string) string {
	if i := strings.IndexAny(key, "'’"); i > 0 {
		return key[:i]
	}
	return key
}

// thatClauseOfItsOwn: "that" at token k opens a reported clause with a subject
// pronoun of its own ("when the President met with President Niinistö and
// Prime Minister Andersson, [they] indicated that they’re both intending to
// speak directly to President Erdoğan"): its encounter is not the one told
// before it, and not of the sentence's subject.
func thatClauseOfItsOwn(d *doc, k int) bool {
	return d.toks[k].key == "that" && k+1 < len(d.toks) && subjectPronouns[pronounOf(d.toks[k+1].key)]
}

// occasionWords name the occasion a meeting is placed in: "on the margins of",
// "on the sidelines of" (and "during", settingOwner).
var occasionWords = setOf("margins", "margin", "sidelines", "sideline")

// settingOwner: the possessive name at tokens [t0, …), after the meeting word
// at trigAt, owns the occasion the meeting is placed in ("met with Foreign
// Minister Kuleba … in Warsaw, on the margins of President Biden's trip to
// Europe", "during Prime Minister Kishida's visit"): the occasion is a second
// encounter the sentence only names, and its owner did not attend the first,
// whose own object is named between ("hosted a dinner during Prime Minister
// Kishida's visit" names no other, and Kishida stays).
func settingOwner(d *doc, mentions []int, r *resolver, t0, s0, trigAt int) bool {
	if trigAt < 0 || t0 < trigAt || !namedBetween(mentions, r, trigAt, t0-1) {
		return false
	}
	k := t0 - 1
	for k >= s0 && k >= t0-4 && d.toks[k].cap && d.toks[k].kind == tokWord {
		k--
	}
	if k < s0 {
		return false
	}
	if d.toks[k].key == "during" {
		return true
	}
	return d.toks[k].key == "of" && k-1 >= s0 && occasionWords[d.toks[k-1].key]
}
