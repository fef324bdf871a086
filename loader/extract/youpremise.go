package extract

// youPremiseOff switches answererPremise off, for TestYouPremise to show
// that its cases need it.
var youPremiseOff = false

// answerReach is how many sentences after a reporter's sentence the next
// speaker's label may stand.
const answerReach = 12

// answererPremise is the official a reporter's sentence si addresses as the
// subject of the encounter it tells, -1 if none: "Yesterday you met with
// Crown Prince Mohammed bin Zayed." (usdos-329717), "You had very long
// meetings today with both President Sisi and King Abdullah." (usdos-246602),
// "I wanted to follow up on your meeting with President Zelenskyy
// yesterday." (whitehouse-47566). The reporter speaks to whoever answers,
// so "you" is the official the next speaker's label names (a spokesperson
// who answers speaks for an office whose encounters are others', "you
// talked to Prime Minister Kishida" of the Secretary: withoutReporters drops
// him from this encounter as from any), and another reporter's label or a
// moderator's names no one. reporterPremise then
// keeps the encounter only as it keeps any stated premise: held, dated by a
// word of its own, not asked (turns10's sample of the open corpus:
// evaluate/testdata/voice-sample-10.jsonl).
//
// "Your meeting" tells no tense: "About Vladimir Putin and your meeting this
// week" (whitehouse-20639) asks of a summit three days ahead. So the
// possessive form needs a date of a day ("yesterday", "earlier today"); "you
// met" is past by its verb.
func (b *relationBuilder) answererPremise(si int, s sentence, f sentenceFacts) int {
	if youPremiseOff || !b.asking || f.trig == "" {
		return -1
	}
	if form := secondPersonSubject(b.body, s, f.at); form == "" || form == "your" && !dayDated(f.dates) {
		return -1
	}
	sents := b.body.sents
	for k := si + 1; k < len(sents) && k <= si+answerReach; k++ {
		if labelColon(b.body, sents[k]) < 0 {
			continue
		}
		pi, _ := speakerLabel(b.body, sents[k], b.bySent[k], b.r)
		if pi < 0 || !b.r.people[pi].official {
			return -1
		}
		return pi
	}
	return -1
}

// secondPersonSubject is "you" where it stands a few words before the
// meeting word at token at, with no punctuation between ("you met with",
// "You had very long meetings"), "your" where it stands right before it
// ("your meeting with"), and "" otherwise.
func secondPersonSubject(d *doc, s sentence, at int) string {
	if at < 0 {
		return ""
	}
	if at > s.t0 && d.toks[at-1].key == "your" {
		return "your"
	}
	for k := at - 1; k >= s.t0 && k >= at-4; k-- {
		t := &d.toks[k]
		if t.key == "you" || t.key == "you've" {
			return "you"
		}
		if t.kind != tokWord {
			return ""
		}
	}
	return ""
}

// pluralEncounters are encounter nouns that tell several encounters: "You
// had very long meetings today with both President Sisi and King Abdullah"
// are one with each.
var pluralEncounters = setOf("meetings", "talks", "calls", "conversations", "discussions")
