package extract

// Leaders who "convene" with no object gather: "Prime Minister Anthony
// Albanese of Australia, …, and President Joe Biden of the United States –
// convene in Tokyo to renew …" (whitehouse-54061), "Today the Quad Leaders –
// Prime Minister Scott Morrison of Australia, … – convened to reaffirm …"
// (whitehouse-48247). A transitive "convene" is the host's ("President
// Biden convened the Major Economies Forum"): the gathering noun after it is
// the meeting word (heldVerbs, openedBy), and it stays so.

// convenedForms are the verb forms read here; "convening" is mostly a noun
// ("the second convening") and is left alone.
var convenedForms = setOf("convene", "convenes", "convened")

// convenedWithoutObject may follow an intransitive "convene": a place or a
// time, a purpose, a manner, or the clause's end.
var convenedWithoutObject = setOf("in", "at", "on", "for", "to", "virtually", "today", "yesterday", "again",
	"together", "via", "online", "remotely", ",", ".", ";")

// convenedAuxiliaries may stand between the subject and "convene": a
// tense ("will convene" is planned) or an adverb. No form of "be": "was
// convened" is a passive, whose subject is what was convened.
var convenedAuxiliaries = setOf("will", "would", "shall", "have", "has", "had", "also", "today", "jointly", "again")

// convenedRelatives open a relative clause whose object is what was
// convened ("the ministerial that Secretary Blinken convened in New York"):
// its subject hosted, it did not gather with others.
var convenedRelatives = setOf("that", "which", "whom", "where")

// gatheredByConvening: "convene" at token i tells named officials gathering:
// it has no object, it is no passive ("the council was convened today"),
// its subject ends right before it (or before its tense) in a capitalised
// word, mostly a name or a country (or in the dash that closes a list of
// them: "we – …, and President Joe Biden of the United States – convene"),
// and it is no relative clause's verb. The capital is all it checks: a
// sentence's first word passes too ("We have convened", whitehouse-55074),
// and the sentence's named parties decide whether a meeting follows.
func gatheredByConvening(d *doc, i, s1 int) bool {
	if !convenedForms[d.toks[i].key] || i == 0 {
		return false
	}
	if i+1 < s1 && !convenedWithoutObject[d.toks[i+1].key] {
		return false
	}
	s0 := d.sents[d.toks[i].sent].t0
	end := i - 1
	for end > s0 && convenedAuxiliaries[d.toks[end].key] {
		end--
	}
	if dashes[d.toks[end].text] {
		end--
	}
	if end < s0 || !d.toks[end].cap || d.toks[end].kind != tokWord {
		return false
	}
	for k := s0; k < i; k++ {
		if convenedRelatives[d.toks[k].key] {
			return false
		}
	}
	return true
}
