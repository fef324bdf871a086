package extract

import (
	"strings"
	"time"
)

// A transcript's own day (issue 10, plans43). The White House publishes a
// background call or remarks of one evening under the next day's date (the
// embargo's), and the text opens with the day it was spoken, on a line of
// its own after the place lines: "Via Teleconference\n\n(July 14, 2021)\n\n
// 2:53 P.M. EDT". Its "tomorrow", "today" and "on Monday" are that day's:
// "the Chancellor being here tomorrow" of the call of July 14 is the visit of
// July 15, which the article's date (July 15) put on July 16.

// maxDatelineLead is how far into the text the dateline may stand (the
// place lines before it: "Cincinnati/Northern Kentucky International
// Airport\n\nCincinnati, Ohio\n\n" is the longest of the open corpus).
const maxDatelineLead = 160

// maxDatelineLag is how many days before the article's date a dateline may
// be and still be the same text's (an evening's call, a weekend's remarks).
const maxDatelineLag = 3

// spokenDay is the day the text's opening dateline gives, where it stands
// on a line of its own among the first lines (only short place lines before
// it, none of a flight: "Aboard Air Force One / En Route Anchorage, Alaska /
// (May 19, 2022) / 3:35 P.M. EDT" is a gaggle on the way to Seoul, whose
// "the event tonight" is Seoul's May 20, the article's date) and falls 1 to
// maxDatelineLag days before pub; otherwise pub.
func spokenDay(text string, pub time.Time) time.Time {
	lead := text[:min(len(text), maxDatelineLead+len("(September 30, 2022)\n"))]
	for line := range strings.Lines(lead) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "(") {
			if strings.ContainsAny(line, "?!:;") || len(line) > 60 {
				return pub // a sentence or a speaker's turn: no dateline before it
			}
			if strings.HasPrefix(line, "Aboard ") || strings.HasPrefix(line, "En Route") {
				return pub // in flight: the dateline's day is of the zone left, "tonight" of the one ahead
			}
			continue
		}
		t, err := time.Parse("(January 2, 2006)", line)
		if err != nil {
			return pub
		}
		lag := int(pub.Sub(t).Hours() / 24)
		if lag >= 1 && lag <= maxDatelineLag {
			return t
		}
		return pub
	}
	return pub
}
