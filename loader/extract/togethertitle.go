package extract

import (
	"regexp"
	"slices"
	"strings"
)

// togetherTitle is a transcript's title that puts its people in one room on
// the day: remarks before their meeting ("Secretary Antony J. Blinken And
// French Foreign Minister Catherine Colonna Before Their Meeting") or a
// joint press availability, conference or statements to the press, joint or
// the two people's ("… and Palestinian Authority President Mahmoud Abbas
// Statements to the Press", tidy39). A title
// of a call or of a virtual encounter is no such title (notTogetherTitle).
var togetherTitle = regexp.MustCompile(`(?i)\b(before (?:(?:their|the|a|an|our) )?(?:(?:bilateral|trilateral|expanded|restricted|working|first|official) )*(?:meeting|meetings|talks|dialogue|bilateral)|joint press (?:availability|conference|statements?)|(?:joint )?statements? to the press)\b`)

// notTogetherTitle: the title's encounter is held at a distance.
var notTogetherTitle = regexp.MustCompile(`(?i)\b(virtual(?:ly)?|video|call|phone|telephone|teleconference)\b`)

// virtualToday: a sentence tells the day's encounter as held at a distance
// ("I'm pleased to have this opportunity to speak with you today virtually",
// "today's virtual meeting"), though the title does not.
var virtualToday = regexp.MustCompile(`(?i)\b(today|this (?:morning|afternoon|evening))\b[^.?!]{0,60}\b(virtual(?:ly)?|by video|via video|videoconference)\b|\b(virtual(?:ly)?|videoconference)\b[^.?!]{0,60}\btoday\b`)

// virtualTodayIn is virtualToday.MatchString(text), run only where text
// holds "video" or "virtual" in any case, as each of its matches does: the
// regexp over a whole body cost 4% of the extractor's time in
// occasionPlace, and most bodies hold neither word.
func virtualTodayIn(text string) bool {
	return holdsVirtualWord(text) && virtualToday.MatchString(text)
}

// holdsVirtualWord: text holds "video" or "virtual", in any case. A byte
// 'v' or 'V' never stands inside another character's UTF-8 bytes, and no
// letter of the two words has a case form outside ASCII.
func holdsVirtualWord(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] != 'v' && text[i] != 'V' {
			continue
		}
		rest := text[i:]
		if len(rest) >= len("video") && strings.EqualFold(rest[:len("video")], "video") ||
			len(rest) >= len("virtual") && strings.EqualFold(rest[:len("virtual")], "virtual") {
			return true
		}
	}
	return false
}

// virtualTitle: a headline tells of an occasion held at a distance
// ("Secretary Antony J. Blinken Virtual Remarks at the UN-Hosted High-Level
// Yemen Pledging Event", "… At a Virtual COVID-19 Global Action Plan Foreign
// Ministerial Meeting").
var virtualTitle = regexp.MustCompile(`(?i)\b(virtual(?:ly)?|video|videoconference|teleconference)\b`)

// occasionPlace is where a headline's held occasion took place: the
// transcript's place line, unless the headline or the text tells the
// occasion as held at a distance (virtualTitle, virtualToday). The place
// line is then only where the speaker sat, and the guidelines give a
// virtual occasion no city (null, as a call). Every path that places a
// headline's occasion by the place line reads it here.
func (b *relationBuilder) occasionPlace() (place, cc string) {
	if b.headerPlace == "" || virtualTitle.MatchString(b.title.text) || virtualTodayIn(b.body.text) {
		return "", ""
	}
	return b.headerPlace, b.headerCC
}

// inPersonOnTheDay: in a transcript whose title puts its people together
// (togetherTitle), a held call of the headline's people only, dated the
// article's day, is their meeting in the room (issue 10, audit10): a word
// of speaking in the remarks ("Andres and I have had the opportunity to
// speak, but now we have the opportunity to spend some time together
// face-to-face", "we've had the chance to work together already … by
// phone") made the day's meeting a call, in 9 of the open corpus's
// transcripts of Blinken with a foreign minister. It takes the transcript's
// place line where it has no place. A call of someone else, or dated
// otherwise, is another encounter and stays, and so do all where the text
// tells the day's encounter as virtual (virtualToday: Biden and Modi "Before
// Bilateral Meeting", held by video).
func inPersonOnTheDay(cs []meetingCand, title, text, day string, headPeople []int, place, placeCC string) {
	dayCall := func(c *meetingCand) bool {
		return c.kind == "call" && c.status == "held" && c.date == day && len(c.people) >= 2 &&
			!slices.ContainsFunc(c.people, func(pi int) bool { return !slices.Contains(headPeople, pi) })
	}
	some := false // the title's and the text's patterns are read only where a call could change
	for k := 0; k < len(cs) && !some; k++ {
		some = dayCall(&cs[k])
	}
	if !some || !togetherTitle.MatchString(title) || notTogetherTitle.MatchString(title) || virtualTodayIn(text) {
		return
	}
	for k := range cs {
		c := &cs[k]
		if !dayCall(c) {
			continue
		}
		c.kind = "meeting"
		if c.place == "" {
			c.place, c.placeCC = place, placeCC
		}
	}
}
