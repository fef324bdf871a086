package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/loader/extract/ner"
)

// The names no list holds, as an analyst meets them (offlist45, issue 11):
// of a fresh draw of the recogniser's people, places and organisations that
// no list names, the wrong ones whose form recurs with a cue in the text
// (a coordination's position word, a title or degree alone, a president's
// administration, a variant's Greek letter, a county's possessive, a
// reporter given the floor). Each rule is counted over the open corpus in
// docs/extraction-quality.md ("The names no list holds").

// positionWords place a region within a larger one: "Central Europe",
// "South Asia", "the Northern Triangle".
var positionWords = setOf("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
	"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
	"upper", "lower", "middle")

// ellipticModifier: the one-word name at bytes [start, end) of text is a
// position word whose head a coordination gives only to the next conjunct:
// "Central and Eastern Europe", "South and Southeast Asia", "the South and
// East China Seas". Alone it names nothing. Where no position word and
// capitalised head follow the conjunction it stays: "the South and the
// Midwest", "the South and Southeast." (the American South).
func ellipticModifier(text string, start, end int) bool {
	if !ner.InLower(positionWords, text[start:end]) {
		return false
	}
	rest, ok := "", false
	for _, c := range []string{" and ", ", ", " or ", "/", " & "} {
		if rest, ok = strings.CutPrefix(text[end:], c); ok {
			break
		}
	}
	if !ok {
		return false
	}
	for range 4 { // "North, Central and South America": a few position words share the head
		w, after := leadingWord(strings.TrimPrefix(rest, "and "))
		if !ner.InLower(positionWords, w) || !strings.HasPrefix(after, " ") {
			return false
		}
		head, _ := leadingWord(after[1:])
		if r, _ := utf8.DecodeRuneInString(head); unicode.IsUpper(r) {
			return true
		}
		if rest, ok = strings.CutPrefix(after, " and "); !ok {
			return false
		}
	}
	return false
}

// leadingWord splits s after its leading run of letters and hyphens.
func leadingWord(s string) (word, rest string) {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// loneTitles are titles the recogniser takes for a name when one stands
// capitalised without a name: a nomination's "Nominee for …" and
// "Ambassador Extraordinary and Plenipotentiary", "Associate Dean",
// "Dean of the Faculty", "the Commander-in-Chief", "the Sheriff’s Office".
var loneTitles = setOf("dean", "nominee", "plenipotentiary", "commander-in-chief", "sheriff", "provost", "chaplain")

// degreeAbbrevs are academic degrees, without their full stops: "his B.S.
// from Ohio University", "an M.A. in International Relations".
var degreeAbbrevs = setOf("ba", "bs", "ma", "ms", "jd", "phd", "mba", "llm", "llb", "md", "mpa", "mpp", "bsc", "msc", "edd")

// degreeWords are degrees named by a word and "’s": "Master’s degrees".
var degreeWords = setOf("master", "bachelor")

// titleOrDegree: the name at bytes [start, end) of text is a title alone
// (loneTitles) or a degree: an abbreviation written with full stops
// ("B.S.", "Ph.D.") or a degree's word before "’s" ("Master’s"). A lone
// title that ends a person's full name in the text (surnames: "Howard
// Dean") stays that person's.
func titleOrDegree(text string, start, end int, surnames map[string]bool) bool {
	name := text[start:end]
	switch {
	case ner.InLower(loneTitles, name):
		return !surnames[name]
	case strings.Contains(name, "."):
		return ner.InLower(degreeAbbrevs, strings.ReplaceAll(name, ".", ""))
	case ner.InLower(degreeWords, name):
		rest := text[end:]
		return strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s")
	}
	return false
}

// givenTheFloor: the one-word name at bytes [start, end) of text, which
// the recogniser takes for a place or an organisation, is addressed as a
// briefer gives a reporter the floor ("Go ahead, Weijia.") or thanks the
// asker as an answer opens ("MS PORTER: Thanks, Mariana. So …"): it is a
// person's first name. An acronym stays ("Thank you, NEA."), and so does a
// name thanked anywhere else ("Thank you, Pittsburgh!" in a speech).
func givenTheFloor(text string, start, end int) bool {
	name := text[start:end]
	if strings.ContainsAny(name, " \n") || !addressedStub(text, start, end) || !strings.ContainsFunc(name, unicode.IsLower) {
		return false
	}
	before := strings.TrimRight(text[:start], " ,")
	if hasSuffixFold(before, "go ahead") {
		return true
	}
	if !afterThanks(text[:start]) {
		return false
	}
	line := before[strings.LastIndexByte(before, '\n')+1:]
	label, said, ok := strings.Cut(line, ":")
	if !ok || len(label) > 60 || strings.ToUpper(label) != label || !strings.ContainsFunc(label, unicode.IsUpper) {
		return false
	}
	said = strings.ToLower(strings.TrimSpace(said))
	return (said == "thanks" || said == "thank you") && asked(text[:len(before)-len(line)])
}

// asked: the last line of before is a question's end: a reporter's turn
// ("Q …", "QUESTION: …"), a question mark or the asker's thanks ("…
// misleading? Thank you.", "… Fikadu. Thank you so much."), as an answer's
// opening thanks follow one; a speech's opening thanks ("THE PRESIDENT:
// Thank you, Pittsburgh!") follow none.
func asked(before string) bool {
	before = strings.TrimRight(before, " \n")
	line := strings.TrimSpace(before[strings.LastIndexByte(before, '\n')+1:])
	if questionTurn(line) || strings.HasPrefix(line, "QUESTION") || strings.HasSuffix(line, "?") {
		return true
	}
	last := strings.TrimSuffix(line, ".")
	last = last[max(strings.LastIndex(last, ". "), strings.LastIndex(last, "? "))+1:]
	return strings.HasSuffix(line, ".") && strings.HasPrefix(strings.TrimSpace(last), "Thank")
}

// administrationsShared: the text after byte end coordinates the name with
// another before a plural "administrations": "the Clinton and Obama
// Administrations", "both the Obama and the Trump administrations". Like a
// name before "administration" (administrationAfter), it names a
// government, not its head, nor a place.
func administrationsShared(text string, end int) bool {
	rest, ok := strings.CutPrefix(text[end:], " and ")
	if !ok {
		if rest, ok = strings.CutPrefix(text[end:], ", "); !ok {
			return false
		}
	}
	rest = strings.TrimPrefix(rest, "the ")
	w, _ := leadingWord(rest)
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	after := len(text) - len(rest) + len(w)
	return administrationAfter(text, after) && hasSuffixFold(strings.TrimRightFunc(text[after:min(len(text), after+17)], func(r rune) bool { return !unicode.IsLetter(r) }), "administrations")
}

// greekLetters are the letters the WHO names virus variants by.
var greekLetters = setOf("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
	"mu", "omicron")

// pandemicCues in a text make a Greek letter there a variant's name.
var pandemicCues = []string{"COVID", "variant", "pandemic", "coronavirus", "vaccin"}

// variantLetter: the name is a Greek letter in a text about the pandemic:
// a virus variant's ("through Delta and Omicron", "the Omicron surge"),
// which is no person or place. The recogniser drops a name that "variant"
// follows somewhere in the text (ner's variantNames); many texts never
// write it so. An organisation of the name stays (the airline: "Delta’s
// CEO").
func variantLetter(text, name string) bool {
	if !ner.InLower(greekLetters, name) {
		return false
	}
	for _, c := range pandemicCues {
		if strings.Contains(text, c) {
			return true
		}
	}
	return false
}

// countyHeads are the heads of a county's name after a possessive.
var countyHeads = []string{"County", "Parish"}

// namesCounty: the name ending at byte end of text is a county's before
// "’s County" ("Prince George’s County", "St. Mary’s County"): no person.
func namesCounty(text string, end int) bool {
	rest, ok := afterPossessive(text, end)
	if !ok {
		return false
	}
	w, _ := leadingWord(rest)
	return slices.Contains(countyHeads, w)
}

// afterPossessive is the text after a possessive and a space at byte end
// ("’s " or "'s "), if one stands there.
func afterPossessive(text string, end int) (rest string, ok bool) {
	if rest, ok = strings.CutPrefix(text[end:], "’s "); ok {
		return rest, true
	}
	return strings.CutPrefix(text[end:], "'s ")
}
