package extract

import "strings"

// pastRelativeVerbs are the verbs a past relative clause after a meeting
// word tells its encounter with ("the visit that I had with you", "the visit
// that President Clinton made to Colombia").
var pastRelativeVerbs = setOf("had", "made", "held", "paid")

// pastRelativeSubjects may make the subject of such a clause beside
// capitalised names ("you and I"; subjectPronouns and these).
var pastRelativeSubjects = setOf("you", "and")

// relativeHeads are the nouns of an encounter a past relative clause may
// follow when the meeting word is another in it ("the conversation that you
// and I had by telephone", where "telephone" is the meeting word).
var relativeHeads = setOf("conversation", "meeting", "visit", "call", "talks", "discussion", "discussions", "trip", "exchange")

// toldInPastRelative: the encounter whose meeting word is at token at is
// told by a relative clause in the past after it or after a noun of an
// encounter just before it ("the conversation that you and I had by
// telephone", "the incredibly productive visit that I had with you and with
// President Macky Sall", "We remember the visit that President Clinton
// made"), said in a transcript or statement of the day: an encounter before
// the article's day, which with no date of its own takes none (GUIDELINES:
// null where the article gives nothing). "The meeting we just had" is the
// day's.
func toldInPastRelative(d *doc, at, s0, s1 int) bool {
	if at < 0 {
		return false
	}
	if pastRelativeAfter(d, at, s1) {
		return true
	}
	for j := at - 1; j >= s0 && j >= at-7; j-- {
		if relativeHeads[d.toks[j].key] {
			return pastRelativeAfter(d, j, at+1)
		}
	}
	return false
}

// pastRelativeAfter: token at opens a past relative clause ending before s1:
// "that" or "which" if any, a subject of up to six words (pronouns, "and",
// capitalised names), then the verb.
func pastRelativeAfter(d *doc, at, s1 int) bool {
	k := at + 1
	if k < s1 && (d.toks[k].key == "that" || d.toks[k].key == "which") {
		k++
	}
	subj := 0
	for ; k < s1 && subj <= 6; k, subj = k+1, subj+1 {
		t := d.toks[k]
		if pastRelativeVerbs[t.key] {
			return subj > 0
		}
		if !subjectPronouns[t.key] && !pastRelativeSubjects[t.key] && !t.cap {
			return false // "just", another verb, a clause's end
		}
	}
	return false
}

// toldAsEarlierByRelative is toldInPastRelative, except in a transcript
// after the day's meeting of the people its title names ("Remarks by
// President Biden and Chancellor Scholz … at Press Conference": "the
// personal discussion we had" is that day's); before it ("… Before Their
// Meeting") it is an earlier one.
func toldAsEarlierByRelative(d *doc, at, s0, s1 int, title string, people []int, names func(int) string) bool {
	if !toldInPastRelative(d, at, s0, s1) {
		return false
	}
	return containsWord(strings.ToLower(title), "before") || !allNamedIn(title, people, names)
}

// allNamedIn reports whether text names every one of people by surname.
func allNamedIn(text string, people []int, names func(int) string) bool {
	for _, p := range people {
		if !namedIn(text, []int{p}, names) {
			return false
		}
	}
	return true
}

// followWords, right after a meeting word, make the encounter named after
// them the ground of that one ("This meeting follows up on a commitment made
// between President Biden and Russian President Putin", "The meeting was a
// logical continuation of the recent discussions held in Reykjavik between
// Secretary of State Blinken and Foreign Minister Lavrov").
var followWords = setOf("follows", "followed", "continuation", "builds", "built")

// toldAsFollowedUp: the people of the sentence, told after a meeting word at
// token at and a word of followWords close after it, are of an earlier
// encounter that the one at at follows up on: with no date of its own it
// takes none, not the article's.
func toldAsFollowedUp(d *doc, at, s1 int) bool {
	if at < 0 {
		return false
	}
	for k := at + 1; k < s1 && k <= at+5; k++ {
		key := d.toks[k].key
		if followWords[key] {
			return true
		}
		if clauseBreaks[key] || key == "." {
			return false
		}
	}
	return false
}
