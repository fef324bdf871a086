package extract

import (
	"regexp"
	"slices"
)

// retoldNounOff switches retoldNounUndated off, for the probes to show that
// their cases need it (TestRetoldNounUndated).
var retoldNounOff = false

// retoldNoun names an encounter only by its noun, owned by one of its
// people or by "the", with the others after "with" or "between": "following
// President Biden’s call with President Putin", "a fuller readout of the
// President Biden meeting with President Putin", "With regard to the call
// between President Biden and President Xi".
var retoldNoun = regexp.MustCompile(`(?:[’']s|\b[Tt]he(?: [A-Z][\w.’'-]*){0,3}) (?:(?:phone|video|virtual|bilateral) )?(?:[Mm]eeting|[Cc]all|[Ss]ummit|[Tt]alks|[Cc]onversation)s? (?:with|between)\b`)

// retoldVerb is a verb that tells an encounter itself, which the sentence's
// date default may then be the day of ("The President met with … after the
// call with …").
var retoldVerb = regexp.MustCompile(`(?i)\b(meet|meets|met|speak|speaks|spoke|talk|talks|talked|host|hosts|hosted|welcome|welcomes|welcomed|visit|visits|visited|call|calls|called)\b`)

// retoldNounUndated takes the article's date from the held encounters that
// no word of their own dated (dateDefault: not one that took its paragraph's
// day, paragraphDay) and that their sentence names
// only as a noun of their people (retoldNoun) with no verb of an encounter
// (retoldVerb) and no word of the day (sameDayWords, thisEncounter): an
// encounter told as a thing already known is an earlier one, retold ("we
// remain engaged … following President Biden’s call with President Putin"
// two days after it, "the meeting between President Macron and President
// Biden" at a press availability nine days after the G7), and GUIDELINES.md
// gives it null. Undated, the loader folds it into
// the pair's encounter it tells (foldUndated) rather than make a node of the
// article's day. A paragraph's day stays: undating "the Secretary gave the
// foreign minister a fuller readout of the President Biden meeting with
// President Putin" (Geneva retold a week on, dated by its paragraph) moved
// the later retellings folded into that day's node to others that depend on
// the load order (docs/extraction-quality.md, dates46). A headline's encounter keeps its date, and so does one of
// the headline's people only ("Background Press Call … on the President’s
// Call with Russian President Vladimir Putin": "President Biden continued to
// take that approach in the call with President Putin" is the day's).
func retoldNounUndated(cs []meetingCand, title string, headPeople []int, sentence func(int) string) {
	if retoldNounOff {
		return
	}
	headlineTells := retoldNoun.MatchString(title)
	for k := range cs {
		c := &cs[k]
		if c.status != "held" || c.fromHead || c.sent < 0 || !c.dateDefault {
			continue
		}
		if !slices.ContainsFunc(c.people, func(pi int) bool { return !slices.Contains(headPeople, pi) }) {
			continue
		}
		if headlineTells && slices.ContainsFunc(c.people, func(pi int) bool { return slices.Contains(headPeople, pi) }) {
			continue // the headline's encounter, told again in the body
		}
		s := sentence(c.sent)
		loc := retoldNoun.FindStringIndex(s)
		if loc == nil {
			continue
		}
		// the noun's own "talks" or "call" is no verb of the sentence
		if rest := s[:loc[0]] + " " + s[loc[1]:]; retoldVerb.MatchString(rest) ||
			sameDayWords.MatchString(justAlike.ReplaceAllString(s, "")) || thisEncounter.MatchString(s) {
			continue
		}
		c.date, c.dateDefault = "", false
	}
}
