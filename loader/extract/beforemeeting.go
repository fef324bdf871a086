package extract

import (
	"regexp"
	"slices"
)

// beforeMeetingTitle: a transcript of what was said before the day's meeting
// ("Secretary Antony J. Blinken and German Chancellor Angela Merkel Before
// Their Meeting", "Remarks by President Biden and Prime Minister Modi of India
// Before Bilateral Meeting"). "Before Air Force One Departure" or "Before
// Business Roundtable's CEO Quarterly Meeting" tell of no meeting to come.
var beforeMeetingTitle = regexp.MustCompile(`(?i)\bbefore (?:(?:their|the|a|an|our|his|her) )?(?:(?:bilateral|trilateral|virtual|expanded|restricted|working|first|official) )*(?:meeting|meetings|talks|call|dialogue|bilateral)\b`)

// sameDayWords tell an encounter of the transcript's own day: "We just
// finished a very productive morning together at the Quad Leaders' Summit",
// "I spoke with President Zelenskyy this morning".
var sameDayWords = regexp.MustCompile(`(?i)\b(just|today|tonight|this (morning|afternoon|evening))\b`)

// justAlike is "just" of a likeness, no time: "we have been able to put the
// pandemic under control, just like the U.S.".
var justAlike = regexp.MustCompile(`(?i)\bjust (like|as)\b`)

// beforeMeetingUndated takes the article's date from the held encounters
// of a transcript before the day's meeting (beforeMeetingTitle) that no
// word of their own dated (dateDefault) and that hold someone outside the
// headline's people. The day's one encounter, the headline's, is still to
// come, so such an encounter is an earlier one told in passing ("I had the
// opportunity of meeting the newly elected American President Joe Biden at
// the G7 Summit meeting in Cornwall", "we had a very productive meeting
// between President Biden and President Macron on the margins of the
// meeting of the G7"): GUIDELINES.md gives it null. An encounter of the
// headline's people only is the day's; one the sentence tells as the day's
// (sameDayWords, thisEncounter) keeps the article's date.
func beforeMeetingUndated(cs []meetingCand, title string, headPeople []int, sentence func(int) string) {
	if !beforeMeetingTitle.MatchString(title) {
		return
	}
	for k := range cs {
		c := &cs[k]
		if !c.dateDefault || c.status != "held" || c.fromHead || c.sent < 0 {
			continue
		}
		if !slices.ContainsFunc(c.people, func(pi int) bool { return !slices.Contains(headPeople, pi) }) {
			continue
		}
		if s := sentence(c.sent); sameDayWords.MatchString(justAlike.ReplaceAllString(s, "")) || thisEncounter.MatchString(s) {
			continue
		}
		c.date, c.dateDefault = "", false
	}
}
