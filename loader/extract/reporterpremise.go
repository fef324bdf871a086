package extract

import "maps"

// reporterPremise: sentence s of a reporter's turn states, and does not ask,
// the held encounter c, which a date word of the sentence dates ("Q And then,
// just on a separate issue: The President spoke with Egypt's President Sisi
// on Monday.", "Q And President Bolsonaro of Brazil met with Putin this week
// in Moscow."). A reporter's turn gives no meeting (dropQuestions), but the
// premise the question builds on is told as fact. The rule does not read the
// answer (takenUpBy does, for the turns this one leaves): in held10d's sample
// of the open corpus, 4 articles (of 80 drawn) had such a premise, every one
// true and taken up by the briefer, as GUIDELINES' convention for reporters'
// questions asks (batches I and L). A premise the briefer denies is still
// kept.
//
// Not a premise: a sentence with a question mark, one opening with an
// auxiliary or a question word ("Did the President speak with …"), one with
// a word of doubt, of the future or of someone's saying ("if", "whether",
// "would", "reportedly", "said", "asked him for a meeting"), an encounter
// in the infinitive ("implored President Biden to meet with him"), "their"
// (whose encounter is the one told before, not the sentence's own),
// one in the first or second person (the question's "I" and "you" are read
// as the last speaker's: "since you met with your Chinese counterpart"), and
// an encounter with no date word of its own (the article's day or month is
// then a guess: "President Putin and President Biden met and discussed
// cybersecurity", three weeks after Geneva).
//
// you: the sentence's "you" is the answering official, a participant
// (answererPremise), so the second person is no reason to refuse it, nor
// the reporter's own "I" ("I wanted to follow up on your meeting with
// President Zelenskyy yesterday"), which no rule lends to anyone there.
func reporterPremise(d *doc, s sentence, c meetingCand, you bool) bool {
	if reporterPremiseOff || c.status != "held" || c.date == "" || c.dateDefault || c.earlier || s.t1 <= s.t0 {
		return false
	}
	for k := s.t0; k < s.t1; k++ {
		t := &d.toks[k]
		if t.text == "?" || premiseDoubts[t.key] || personWords[t.key] && !(you && (secondPerson[t.key] || singularSelf[t.key])) || t.key == "to" && k+1 < s.t1 && encounterVerbs[d.toks[k+1].key] {
			return false
		}
	}
	k := askOpening(d, s, s.t1, premiseOpeners)
	return k >= s.t1 || !yesNoAux[d.toks[k].key] && !questionWords[d.toks[k].key]
}

// premiseOpeners may open a reporter's statement before its subject ("And
// then, just on a separate issue: The President spoke …").
var premiseOpeners = setOf("and", "so", "but", "also", "then", "just", "on", "a", "separate", "issue", "one", "other",
	"topic", "first", "second", "now", "well", "okay", "yeah", "thanks", "thank")

// premiseDoubts make a reporter's sentence a question, a rumour or a plan;
// "their" points back to an encounter told before.
var premiseDoubts = setOf("if", "whether", "would", "will", "could", "might", "may", "should", "reportedly",
	"reports", "rumored", "rumoured", "allegedly", "expected", "planning", "supposed", "said", "says", "told",
	"asked", "implored", "urged", "invited", "wants", "their")

// encounterVerbs, after "to", tell an encounter someone wants or is asked
// for, not one held.
var encounterVerbs = setOf("meet", "speak", "talk", "visit", "see", "sit", "hold", "host", "call", "join")

// personWords are the first person (firstPerson, and "us") and the second,
// which a reporter's sentence would lend to the last speaker.
var personWords = func() map[string]bool {
	m := setOf("us", "you", "your", "you're")
	maps.Copy(m, firstPerson)
	return m
}()

// secondPerson are the words of the one a reporter speaks to.
var secondPerson = setOf("you", "your", "you're", "you've")

// questionWords open a question besides yesNoAux ("is", "did"); the modal
// ones ("would", "will", "could") are premiseDoubts anywhere.
var questionWords = setOf("what", "why", "how", "when", "where", "who", "which", "can")
