package extract

import (
	"slices"
	"strings"
)

// seriesOnlyOff switches seriesOnly off, for TestSeriesOnly to show that
// its cases need it.
var seriesOnlyOff = false

// seriesOnly: the held encounter at the meeting word at is told only as a
// series, a count of times with no date of its own ("I've spoken with
// Zelenskyy a dozen times — maybe more, I don't know.", "President Biden has
// spoken multiple times with President Zelenskyy.", "Sheikh Mohammed, whom I
// met with several times as Vice President"): no one encounter a reader can
// place, so no record (GUIDELINES' meetings are encounters; date10w found 12
// of toldInPerfect's 20 undated records such series, false, and turns10's
// sample 3 of 30 held meetings given from first-person sentences). Before,
// toldAsRepeated only left them undated. A series with a date word ("Over
// the last week, I've spoken with President Zelenskyy several times") keeps
// its record, dated, as date10y left it; so does a series of the two whose
// meeting the headline tells ("Remarks by President Biden and President …
// Ghani … Before Bilateral Meeting": "We met many, many times in
// Afghanistan"), which folds into the day's meeting and gives it its issues.
// head is the headline's facts.
func seriesOnly(d *doc, s sentence, f sentenceFacts, head sentenceFacts) bool {
	if seriesOnlyOff || f.planned || len(f.dates) > 0 || !toldAsRepeated(d, f.at, s.t0, s.t1) {
		return false
	}
	headMeeting := head.trig != "" && len(head.people) >= 2
	return !headMeeting || slices.ContainsFunc(f.people, func(pi int) bool { return !slices.Contains(head.people, pi) })
}

// hadSeriesOff switches toldAsHadSeries off, for TestHadSeries to show that
// its cases need it.
var hadSeriesOff = false

// encounterPlurals are the plural meeting words a series is told with after
// "have had" ("have had conversations with Prime Minister Abiy").
var encounterPlurals = setOf("conversations", "meetings", "calls", "discussions", "talks")

// seriesQuantities open a counted plural after "a" ("has had a couple
// conversations", "a number of calls"); any other "a" is no series, and
// nor is "a lot of": "I understand that you've had a lot of discussions with
// President Biden regarding vaccine" asks of the day's talks.
var seriesQuantities = setOf("couple", "number", "few", "dozen", "series", "range", "handful")

// notSeriesWords before the plural make it no series told as held: a
// determiner that points at particular encounters ("has had these
// discussions with our partners"), a question's "any" ("Has he had any
// direct conversations"), or a negation.
var notSeriesWords = setOf("the", "these", "those", "his", "her", "their", "our", "its", "any", "no", "not", "n't", "never")

// toldAsHadSeries: the meeting word at token at is a plural told after "have
// had", with a count, "several", an adjective or no article between ("the
// President has had two constructive conversations with King Salman",
// "Secretary Blinken, Ambassador Feltman have had conversations with Prime
// Minister Abiy", "has had now a couple conversations with President
// Putin"): a series, as a count of times is (toldAsRepeated). "Had a
// conversation with" is one encounter, and "Have you had conversations" asks.
func toldAsHadSeries(d *doc, at, s0 int) bool {
	if hadSeriesOff || at < 0 || !encounterPlurals[d.toks[at].key] {
		return false
	}
	for k := at - 1; k > s0 && k >= at-6; k-- {
		key := d.toks[k].key
		switch {
		case key == "had":
			return perfectAuxiliaryBefore(d, k, s0)
		case notSeriesWords[key] || clauseBreaks[key] || key == "." || key == "a" && !seriesQuantities[d.toks[k+1].key]:
			return false
		}
	}
	return false
}

// perfectAuxiliaryBefore: "had" at token k follows "have", "has" or a
// contracted "'ve"/"'s", with only adverbs between ("has also had").
func perfectAuxiliaryBefore(d *doc, k, s0 int) bool {
	for k--; k >= s0 && perfectAdverbs[d.toks[k].key]; k-- {
	}
	if k < s0 {
		return false
	}
	key := strings.ReplaceAll(d.toks[k].key, "’", "'")
	return key == "have" || key == "has" || strings.HasSuffix(key, "'ve") || strings.HasSuffix(key, "'s") && key != "'s"
}
