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

// briefingSameDay: the sentence tells its encounter as of the briefing's
// own day (issue 10, tidy39): "Today after President Putin’s speech,
// President Biden both spoke with President Zelenskyy and held a joint call
// with President Macron and Chancellor Scholz", "the President just spoke
// with a number of his European counterparts, as well as Prime Minister
// Trudeau". A date word read for one clause only left the other clause's
// encounter undated. "Just" alone is no time in a briefing ("just to say",
// "just a chance to"): only before a verb of the encounter.
var briefingSameDay = regexp.MustCompile(`(?i)\b(today|tonight|this (morning|afternoon|evening)|just (spoke|met|talked|had|held|hung up|got off|finished|came))\b`)

// briefingUndated takes the article's day from the held encounters of a
// briefing that no word of their own dated (dateDefault) and leaves them
// the article's month: told as news, not as the day's, they are of some
// days before ("as you know, the President spoke with President
// Zelenskyy", "Do you have a readout of Deputy Secretary Sherman's trip to
// Oman?"). An earlier one told so (toldAsEarlier: "has spoken", "recently
// met") has no date already. It keeps the day where the title
// names one of its people outside the briefers, as the briefing's subject
// ("Background Press Call … On President Biden's Call With President Putin
// of Russia"), or the sentence points at it as the day's ("this call") or
// tells it as of the day (briefingSameDay).
// One the sentence retells (retoldInBriefing) takes no date, and one that
// retells an encounter of the same people the article dates before its day
// is that one (datedTwin), so it is dropped.
func briefingUndated(cs []meetingCand, title string, names func(int) string, sentence func(int) string) []meetingCand {
	if !briefingTitle.MatchString(title) {
		return cs
	}
	subject := titleSubject(title)
	out := make([]meetingCand, 0, len(cs))
	for k := range cs {
		c := cs[k]
		if !c.dateDefault || c.status != "held" || c.fromHead {
			out = append(out, c)
			continue
		}
		if s := sentence(c.sent); namedIn(subject, c.people, names) || thisEncounter.MatchString(s) || briefingSameDay.MatchString(s) {
			out = append(out, c)
			continue
		}
		if datedTwin(cs, k) {
			continue
		}
		c.date, c.dateDefault = c.date[:len("2006-01")], false
		if retoldInBriefing.MatchString(sentence(c.sent)) {
			c.date = ""
		}
		out = append(out, c)
	}
	return out
}

// retoldInBriefing: the sentence retells its encounter as one of several or
// one long before ("have had the opportunity to have a couple of phone
// calls", "has had a number of occasions to meet", "as you and I have
// spoken before,", "in the past"), as its people's first ("In his first
// phone call with Egyptian President Sisi", "our first senior-level
// engagement"), by the summit it was at ("raised directly with President
// Putin at the summit") or as the time of something else ("before he met
// with President Putin", "in the immediate aftermath of President Biden's
// meeting with President Putin"). None of these is of the briefing's days,
// and the sentence gives no other date, so the month would be a second,
// wrong encounter beside the real one (GUIDELINES: null where the article
// gives nothing).
var retoldInBriefing = regexp.MustCompile(`(?i)\b(a (number|couple) of (occasions|times|(phone )?calls|conversations|meetings)\b|several (occasions|times)\b|in the past\b|(spoken|met|talked) before[,.;]|first ([\w-]+ ){0,2}(call|meeting|conversation|engagement|visit|summit)\b|at the ([\w.-]+ ){0,2}summit\b|(before|after|when) (he|she|they|we) (met|spoke)\b|aftermath of\b)`)

// datedTwin reports whether cs[k], an undated held encounter of a briefing,
// retells one of the same people and mode (a call or in person) that the
// article dates before its day or tells as an earlier one ("coming out of
// the Secretary's meeting with Foreign Minister Lavrov in Geneva last
// week" beside "to engage with Foreign Minister Lavrov in Geneva the other
// week"; "I think this was just two days ago" beside "I did just meet
// Minister John Deng in Bangkok").
func datedTwin(cs []meetingCand, k int) bool {
	c := cs[k]
	for j, o := range cs {
		if j == k || o.status != "held" || o.dateDefault || !samePeople(o.people, c.people) || (o.kind == "call") != (c.kind == "call") {
			continue
		}
		if o.date == "" && o.earlier || o.date != "" && compareDates(o.date, c.date) < 0 {
			return true
		}
	}
	return false
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
