package extract

import (
	"regexp"
	"slices"
)

// whiteHouseLine is a transcript's first line that names a room or ground of
// the White House, where the place line names no city: 149 of the open
// corpus's White House transcripts begin so ("East Room", "South Court
// Auditorium", "Roosevelt Room"). The speaker is in Washington.
var whiteHouseLine = regexp.MustCompile(`^(?:The )?(?:East Room|South Court Auditorium|South Lawn|Roosevelt Room|State Dining Room|Oval Office|Rose Garden|Cabinet Room|Cross Hall|Indian Treaty Room|Blue Room|Diplomatic Reception Room|Vice President[’']s Ceremonial Office|White House)\s*(?:\n|$)`)

// distant: the transcript's occasion was held at a distance (virtualTitle,
// virtualToday). Asked only of a transcript abroadToldAtHome reads: the
// body's scan is not free.
func (b *relationBuilder) distant() bool {
	return virtualTitle.MatchString(b.title.text) || virtualTodayIn(b.body.text)
}

// homeOf is the country where a transcript was spoken: its place line's,
// or the US where its first line is a room of the White House.
func homeOf(headerCC, text string) string {
	if headerCC == "" && whiteHouseLine.MatchString(text) {
		return "US"
	}
	return headerCC
}

// abroadToldAtHome takes the article's date from the held in-person
// encounters with a foreign official that a US government transcript,
// spoken in the US (its place line, or a White House room), tells with no
// date of its own (issue 10, dates42). The foreign official was not where
// the speaker was that day: none of them is in the headline or addressed as
// there ("It is my great honor and pleasure to welcome President Hassan" is
// the day's), and no word of the day dated the encounter ("this morning"
// does; "just" does not). So it is an earlier one told in passing: the
// Geneva summit told in Wisconsin two weeks later ("And I just met with
// Putin"), Merkel's visit told in Ohio a week later ("I had … very, very
// fruitful discussions with Angela Merkel"). GUIDELINES.md gives such an
// encounter null, not the day of the remarks. Calls are left: they are held
// from anywhere. At an occasion held at a distance (distant: a virtual
// summit) an encounter of the headline's people is the occasion itself and
// is left too; one of others is not ("You just got back from Geneva, where
// President Biden met with Russian President Vladimir Putin", asked at a
// virtual conversation with the Secretary).
func abroadToldAtHome(cs []meetingCand, usSource bool, homeCC string, distant func() bool, day string, enRoute bool,
	headPeople, present []int, country func(int) string) {
	if !usSource || homeCC != "US" || enRoute {
		return
	}
	isDistant, asked := false, false
	for k := range cs {
		c := &cs[k]
		if !c.dateDefault || c.date != day || c.status != "held" || c.kind == "call" || c.fromHead || c.sent < 0 {
			continue
		}
		foreignAway := false
		for _, pi := range c.people {
			if cc := country(pi); cc == "" || cc == "US" {
				continue
			}
			if slices.Contains(headPeople, pi) || slices.Contains(present, pi) {
				foreignAway = false
				break
			}
			foreignAway = true
		}
		if !foreignAway {
			continue
		}
		if !asked {
			isDistant, asked = distant(), true
		}
		if isDistant && slices.ContainsFunc(c.people, func(pi int) bool { return slices.Contains(headPeople, pi) }) {
			continue
		}
		c.date, c.dateDefault = "", false
	}
}
