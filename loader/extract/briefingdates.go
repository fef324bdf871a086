package extract

import (
	"regexp"
	"strings"
)

// briefingTitle: a press briefing, press gaggle or press call. Its
// encounters are told in answers and questions, mostly as earlier ones ("The
// Secretary had an opportunity to speak with President Saied", "President
// Putin and President Biden met and discussed cybersecurity"), so that one
// told with no date of its own is not the day's; the gold's convention
// (evaluate/testdata/README.md) gives it the article's month, as it does a
// readout's undated meeting.
// Narrower than isBriefing, which also takes previews and "upcoming" trips,
// whose encounters are planned, not earlier.
var briefingTitle = regexp.MustCompile(`(?i)\b(briefing|gaggle|press call)\b`)

// briefersEnd ends the "by …" phrase of a briefing's title, which names who
// briefs ("Press Gaggle by … Jake Sullivan En Route Tel Aviv"), not who met.
var briefersEnd = regexp.MustCompile(`(?i),| on | previewing | en route| ahead of | after | at | following | aboard `)

// thisEncounter: the sentence points at the day's encounter ("During this
// call with President Macron", "the objectives the President had set for
// this meeting with President Putin") or tells it as going on ("Chancellor
// Karl Nehammer is meeting with Putin in Moscow").
var thisEncounter = regexp.MustCompile(`(?i)\b((this|today[’']s|tonight[’']s) (morning[’']s |afternoon[’']s |evening[’']s )?(call|meeting|conversation|visit|summit|bilateral|talks|discussion)|(is|are) (meeting|speaking|talking|visiting|hosting)\b)`)

// briefingUndated takes the article's day from the held encounters of a
// briefing that no word of their own dated (dateDefault) and leaves them
// the article's month: told as news, not as the day's, they are of some
// days before ("as you know, the President spoke with President
// Zelenskyy", "Do you have a readout of Deputy Secretary Sherman's trip to
// Oman?"). An earlier one told so (toldAsEarlier: "has spoken", "recently
// met") has no date already. It keeps the day where the title
// names one of its people outside the briefers, as the briefing's subject
// ("Background Press Call … On President Biden's Call With President Putin
// of Russia"), or the sentence points at it as the day's ("this call").
func briefingUndated(cs []meetingCand, title string, names func(int) string, sentence func(int) string) {
	if !briefingTitle.MatchString(title) {
		return
	}
	subject := titleSubject(title)
	for k := range cs {
		c := &cs[k]
		if !c.dateDefault || c.status != "held" || c.fromHead {
			continue
		}
		if namedIn(subject, c.people, names) || thisEncounter.MatchString(sentence(c.sent)) {
			continue
		}
		c.date, c.dateDefault = c.date[:len("2006-01")], false
	}
}

// titleSubject is a briefing's title without its "by …" phrase.
func titleSubject(title string) string {
	i := strings.Index(strings.ToLower(title), " by ")
	if i < 0 {
		return title
	}
	rest := title[i+len(" by "):]
	if j := briefersEnd.FindStringIndex(rest); j != nil {
		return title[:i] + " " + rest[j[0]:]
	}
	return title[:i]
}

// namedIn reports whether text names one of people by surname.
func namedIn(text string, people []int, names func(int) string) bool {
	for _, p := range people {
		if s := lastWord(names(p)); s != "" && containsWord(strings.ToLower(text), strings.ToLower(s)) {
			return true
		}
	}
	return false
}

// containsWord: w in text as a whole word.
func containsWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(w)
		if (a == 0 || !isWordByte(text[a-1])) && (b == len(text) || !isWordByte(text[b])) {
			return true
		}
		i = a + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' // "Biden’s" names Biden
}
