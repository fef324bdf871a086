package extract

import "slices"

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
