package extract

import (
	"regexp"
	"slices"
)

// enRoute: a transcript's place line that says where the speakers were
// going, not where they were ("En Route Anchorage, Alaska", a gaggle aboard
// Air Force One): the day's encounters it tells were held elsewhere.
var enRoute = regexp.MustCompile(`(?i)\ben route\b|\baboard\b`)

// placeTheDaysEncounters gives a transcript's place line to the held
// in-person encounters of its own day that have no place (issue 10, tidy39):
//   - the title's own meeting told in the body (a "Before Their Meeting" or
//     joint press availability's people only, dated the day): the body's
//     record took the place of the headline's, which the place line would
//     have placed ("Thank you for our meetings today" in Warsaw);
//   - an encounter of one of the title's people that the sentence itself
//     dates to the day ("Earlier today, I met with State Councilor Wang Yi"
//     at Blinken's press availability in Bali): the speaker is where the
//     place line says on that day.
//
// Not where the title names none of its people (a briefing's news of
// others, told from Washington), nor an encounter the article dates only
// by default ("I just met with Putin", said in Wisconsin two weeks after
// Geneva), nor a place line en route, nor a virtual occasion
// (occasionPlace).
func (b *relationBuilder) placeTheDaysEncounters(cs []meetingCand) {
	place, cc := b.occasionPlace()
	if place == "" || b.headerEnRoute {
		return
	}
	together := togetherTitle.MatchString(b.title.text) && !notTogetherTitle.MatchString(b.title.text)
	for k := range cs {
		c := &cs[k]
		if c.kind == "call" || c.status != "held" || c.date != b.date || c.place != "" || len(c.people) < 2 {
			continue
		}
		titles := slices.ContainsFunc(c.people, func(pi int) bool { return slices.Contains(b.headPeople, pi) })
		onlyTitles := !slices.ContainsFunc(c.people, func(pi int) bool { return !slices.Contains(b.headPeople, pi) })
		if together && onlyTitles || titles && !c.dateDefault {
			c.place, c.placeCC = place, cc
		}
	}
}
