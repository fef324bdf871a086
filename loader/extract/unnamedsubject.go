package extract

// unnamedSubjectPronouns stand for a subject the sentence does not name.
var unnamedSubjectPronouns = setOf("he", "she", "they", "you", "we", "i", "he'll", "she'll", "they'll",
	"you'll", "we'll", "i'll", "he's", "she's", "they're", "you're", "we're", "i'm")

// togetherWords tell an encounter whose objects met each other too.
var togetherWords = setOf("trilateral", "quadrilateral", "multilateral", "joint", "group", "quad")

// subordinators open a clause whose pronoun the main clause may name after
// it ("when he met with President von der Leyen, last year, President
// Biden …").
var subordinators = setOf("when", "as", "after", "before", "while", "since", "if", "once", "until", "whenever")

// unnamedSubjectOnly: the encounter at the meeting word at is had by a
// subject the sentence leaves unnamed, a pronoun or a bare title at most ten
// words before the meeting word that no rule resolved ("He will also hold bilateral
// meetings with Prime Minister Hun Sen and Deputy Prime Minister … Prak
// Sokhonn", where "he" is "The Secretary", never named; "You met German
// Chancellor Angela Merkel and you are going to meet French President
// Macron"), and everyone left in it is named only after the meeting word
// and a "with" or "to" after it (or right after "met"): its objects, who met the subject, not each
// other. "Between" after the meeting word names its people ("we had a very
// productive meeting between President Biden and President Macron"), and a
// pronoun after "when", "as" or "after" is the main clause's subject; a
// trilateral or joint meeting's objects met each other.
func unnamedSubjectOnly(d *doc, s sentence, at int, mentionIdx []int, r *resolver, people []int) bool {
	if at < 0 || len(people) == 0 {
		return false
	}
	for k := max(s.t0, at-3); k <= at; k++ {
		if togetherWords[d.toks[k].key] {
			return false // "the President's June 29 trilateral meeting with …": its objects met
		}
	}
	earliest := s.t1
	for _, pi := range people {
		t0 := firstMentionAt(mentionIdx, r, pi)
		if t0 < at {
			return false // named before it, or brought in by a rule (-1): the subject is known
		}
		earliest = min(earliest, t0)
	}
	with := false
	for k := at + 1; k < earliest; k++ {
		switch d.toks[k].key {
		case "between", "among", "by":
			return false
		case "with", "to":
			with = true
		}
	}
	if !with && !directObjectVerbs[d.toks[at].key] {
		return false
	}
	for k := max(afterLabel(d, s), at-10); k < at; k++ {
		if k > s.t0 && subordinators[d.toks[k-1].key] {
			continue
		}
		if unnamedSubjectPronouns[d.toks[k].key] || titleOnlySubject(d, k, at) {
			return true
		}
	}
	return false
}

// firstMentionAt is the first token of person pi's first mention among
// mentionIdx, or -1 when none of them is pi's.
func firstMentionAt(mentionIdx []int, r *resolver, pi int) int {
	for _, mi := range mentionIdx {
		if r.mentionOf[mi] == pi {
			return r.mentions[mi].t0
		}
	}
	return -1
}

// directObjectVerbs take whom they meet right after them ("You met German
// Chancellor Angela Merkel").
var directObjectVerbs = setOf("met", "meet", "meets", "visited", "called", "hosted", "received")

// titleOnlySubject: "the" at token k and an office's title before the
// meeting word at ("the Vice President has had … bilateral meetings with
// …"), a subject named by title alone.
func titleOnlySubject(d *doc, k, at int) bool {
	if d.toks[k].key != "the" {
		return false
	}
	j := k + 1
	for j < at && d.toks[j].cap && roleModifiers[d.toks[j].key] {
		j++
	}
	return j < at && d.toks[j].cap && roleHeads[d.toks[j].key]
}
