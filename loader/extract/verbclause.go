package extract

import "strings"

// A meeting word's participants are read from its own clause: the people a
// sentence names in another clause, one with a subject and a finite verb of
// its own, did something else ("President Biden has met so many Iraqis, and
// I think this will be the first face-to-face between the President and
// Prime Minister Kadhimi": Biden met no Kadhimi). verbClauseEnd gives the
// end of that clause after the word; the people named before the word are
// left to participantsStart.

// clauseConnectors open a coordinated clause after a comma ("…, and I
// think …"); "but" does so without one.
var clauseConnectors = setOf("and", "but", "while", "whereas", "so", "yet")

// ownSubjectPronouns may be a new clause's subject.
var ownSubjectPronouns = setOf("i", "we", "he", "she", "they", "it", "this", "there", "you")

// finiteWords are finite verbs beyond the past tense in -ed, the
// auxiliaries and modal words, and the meeting words in the past
// (finiteVerbAt reads those sets too).
var finiteWords = setOf("are", "am", "have", "do", "might", "said", "says", "say", "think", "thinks", "believe",
	"believes", "told", "tells", "hope", "hopes", "know", "knows", "want", "wants", "see", "sees", "saw", "made",
	"makes", "gave", "gives", "took", "takes", "went", "goes", "led", "leads", "thought", "felt", "left",
	"remains", "remain", "continues", "continue", "looks", "look")

// verbAdverbs may stand between a subject and its verb ("he also said").
var verbAdverbs = setOf("also", "then", "later", "again", "now", "too", "still", "just", "already", "further",
	"subsequently", "separately", "previously", "recently", "personally", "both")

// finiteVerbAt: token k, past a few adverbs, is a finite verb; it returns
// the verb's token, or -1.
func finiteVerbAt(d *doc, k, s1 int) int {
	for k < s1 && verbAdverbs[d.toks[k].key] {
		k++
	}
	if k >= s1 || d.toks[k].kind != tokWord {
		return -1
	}
	key := d.toks[k].key
	if finiteWords[key] || auxiliaries[key] || modalWords[key] || pastVerbs[key] || pastTriggers[key] ||
		!d.toks[k].cap && len(key) > 4 && strings.HasSuffix(key, "ed") {
		return k
	}
	return -1
}

// ownSubjectVerb: a subject of its own starts at token j, a pronoun or a
// named official, and a finite verb follows it; it returns the verb's token
// (j itself for a pronoun contracted with its verb, "I'm", and the dash
// after a pronoun the clause breaks off at), or -1.
func ownSubjectVerb(d *doc, j, s1 int, mentions []int, r *resolver) int {
	if j >= s1 || d.toks[j].kind != tokWord {
		return -1
	}
	key := d.toks[j].key
	if p := pronounOf(key); ownSubjectPronouns[p] {
		if p != key {
			return j // "I'm", "they've"
		}
		if j+1 < s1 && dashes[d.toks[j+1].text] {
			return j + 1 // "and she – upon coming back, she has worked with …"
		}
		return finiteVerbAt(d, j+1, s1)
	}
	for _, mi := range mentions {
		m := &r.mentions[mi]
		if r.mentionOf[mi] < 0 || !r.people[r.mentionOf[mi]].official || m.t0 < j || m.t0 > j+4 {
			continue
		}
		for k := j; k < m.t0; k++ {
			if !d.toks[k].cap || d.toks[k].kind != tokWord {
				return -1 // the name must open the subject, past its title
			}
		}
		if m.possessive {
			return -1
		}
		return finiteVerbAt(d, m.t1, s1)
	}
	return -1
}

// clauseOpensAt: the tokens from k open a clause of their own with a subject
// and a finite verb: "; " then a subject, ", and", ", but", " but" (and the
// like) then a subject. It returns the clause's verb, or -1 if no clause
// opens at k. A name after ", and" that ends a list of names ("President
// Biden, President Lopez Obrador, and Prime Minister Trudeau committed …")
// is one subject of the list's verb, no clause of its own. A relative
// clause does not end it either: its antecedent may be the meeting ("a
// Summit …, which will include President Alvarado …").
func clauseOpensAt(d *doc, k, s1 int, mentions []int, r *resolver) int {
	t := &d.toks[k]
	comma := k > 0 && d.toks[k-1].text == ","
	switch {
	case t.text == ";":
		return ownSubjectVerb(d, k+1, s1, mentions, r)
	case clauseConnectors[t.key] && (comma || t.key == "but"):
		if t.key == "but" && k+1 < s1 && d.toks[k+1].key == "also" {
			return -1 // "not only … but also"
		}
		if comma && endsName(mentions, r, k-1) {
			return -1
		}
		return ownSubjectVerb(d, k+1, s1, mentions, r)
	}
	return -1
}

// verbClauseEnd is the token where the clause of the meeting word at token
// at ends: where a clause of its own opens after the word (clauseOpensAt),
// at the comma before it if any; s.t1 if none opens. A clause whose verb is
// itself a meeting word (encounterClauses and the coordination rules read
// those) or one of joining, whose subject joins this encounter ("…, and Vice
// President Harris joined the call"), does not end it.
func verbClauseEnd(d *doc, s sentence, at int, mentions []int, r *resolver) int {
	if at < 0 {
		return s.t1
	}
	for k := at + 1; k < s.t1; k++ {
		if verb := clauseOpensAt(d, k, s.t1, mentions, r); verb < 0 || keepsReach(d, verb, s.t1) {
			continue
		}
		if d.toks[k-1].text == "," {
			return k - 1
		}
		return k
	}
	return s.t1
}

// keepsReach: the verb at token v of a later clause, or the one its
// auxiliary governs ("has also met"), tells the same encounter or another
// one the sentence's rules read (a meeting word, a verb of joining).
func keepsReach(d *doc, v, s1 int) bool {
	for k := v; k < s1 && k <= v+2; k++ {
		key := d.toks[k].key
		if _, ok := triggerWords[key]; ok || joinVerbs[key] {
			return true
		}
		if k > v && !auxiliaries[key] && !verbAdverbs[key] && key != "been" && key != "be" {
			return false
		}
	}
	return false
}

// endsName: an official's name ends at token k, exclusive.
func endsName(mentions []int, r *resolver, k int) bool {
	for _, mi := range mentions {
		if r.mentions[mi].t1 == k && r.mentionOf[mi] >= 0 && r.people[r.mentionOf[mi]].official {
			return true
		}
	}
	return false
}
