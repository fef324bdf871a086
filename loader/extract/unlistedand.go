package extract

import (
	"strings"
	"unicode"

	"newsgraph/loader/extract/ner"
)

// widenOverAnd (andnames.go) joins an organisation's name over "and" only when
// a list holds the whole, so names no list holds stayed cut: "Security Forces"
// of "the Afghan National Defense and Security Forces", "International
// Environmental" of "the Bureau of Oceans and International Environmental and
// Scientific Affairs", "Technology Council" of "the Trade and Technology
// Council", "Bureau of Population" of "the Bureau of Population, Refugees, and
// Migration" (issue 11/10). joinUnlistedAnd joins such a coordination when the
// whole reads as one name and neither part as a name of its own:
//
//   - the capitalised words on the far side of "and" end in an organisation's
//     head word ("Council", "Forces", "Affairs") and do not start a name of
//     their own ("the …", an acronym, "Department of …", a title), and the
//     span on the near side is no whole name (no list holds it, and it does
//     not itself end in a head word: "the Supreme Court and Appellate
//     Practice Group" stays two);
//   - a span "Bureau of X" (a head word, "of", "for" or "on", one or two
//     capitalised words) goes on over ", Y, and Z" or "and Z", short runs of
//     capitalised words that are no name of their own: "Bureau of
//     Population, Refugees, and Migration", "Center for Strategic and
//     International Studies".
//
// Two bodies named together stay two: a listed name, an acronym or a head
// word on either side ("the Department of State and USAID", "NATO and the
// EU", "the Department of Education, and Department of Labor"), and a word
// any earlier stage or the recogniser gave another type (a person, a
// country, a nationality: "Afghan" is no part of the joined name, which
// starts after it).

// andHeads are the last words of an organisation's name that a coordination
// inside it ends in ("the Wage and Hour Division").
var andHeads = setOf("affairs", "agency", "administration", "alliance", "association", "authority", "bank",
	"board", "bureau", "center", "centre", "coalition", "college", "command", "commission", "committee", "corps",
	"council", "court", "department", "directorate", "division", "force", "forces", "foundation", "fund", "group",
	"guard", "institute", "league", "ministry", "network", "office", "organization", "organisation",
	"partnership", "program", "programme", "school", "secretariat", "service", "services", "society", "trust",
	"union", "university")

// otherNameEnds end a name of another kind before "and" ("the Voting
// Rights Act and Supreme Court", "the American Rescue Plan State and Local
// Fiscal Recovery Fund").
var otherNameEnds = setOf("act", "plan", "law", "treaty", "accord", "accords", "agreement", "declaration")

// titleHeads start a title after a body's name ("the Bureau of Oceans and
// International Environmental and Scientific Affairs Assistant Secretary");
// titleStarts may start one ("the Bureau of Population, Refugees, and
// Migration Acting Principal Deputy Assistant Secretary") or be a word of a
// name ("Sheltering Arms Senior Services").
var (
	titleHeads = setOf("assistant", "secretary", "director", "administrator", "ambassador", "minister", "president",
		"chair", "chairman", "commissioner", "advisor", "adviser", "coordinator", "envoy", "representative",
		"spokesperson", "official")
	titleStarts = setOf("acting", "senior", "principal", "deputy", "vice", "under")
)

// coordWordsMax bounds the capitalised words taken on either side of "and".
const coordWordsMax = 4

// coordWord is one word of a capitalised run, with its bounds in the text.
type coordWord struct {
	w          string
	start, end int
}

// joinUnlistedAnd returns the bounds of the organisation span [s, e) of
// text joined over a coordination inside one name no list holds (above), or
// s, e as they were. others are the recogniser's spans, whose people and
// places stay out of the join; covered reports what an earlier stage took.
// A span that ends in a head word may take the words before "and"
// (joinBackward); any other may take those after it (joinForward).
func joinUnlistedAnd(text string, s, e int, others []ner.Span, covered func(s, e int) bool) (int, int) {
	name := strings.Join(strings.Fields(text[s:e]), " ")
	words := strings.Fields(name)
	if !joinable(name, words) {
		return s, e
	}
	free := freeWords(others, covered)
	if last := strings.ToLower(words[len(words)-1]); !andHeads[last] {
		return s, joinForward(text, e, words, others, covered, free)
	}
	return joinBackward(text, s, words, covered, free), e
}

// joinable: the span may be part of a longer name: two words or more, no
// possessive, no listed name on either side of its own "and", no brand or
// acronym among its words.
func joinable(name string, words []string) bool {
	if len(words) < 2 || possessive(name) {
		return false // a lone word ("Navy", "KinderCare") is a name of its own
	}
	for _, part := range strings.Split(name, " and ") {
		if listedAndName(part) {
			return false // "Environmental Protection Agency and National Oceanic"
		}
	}
	for _, w := range words {
		if brandWord(w) || acronymWord(w) {
			return false // "BestSelf Behavioral Health and Jewish Family Services", "SUNY Erie", "SK Group"
		}
	}
	return true
}

// freeWords reports words no earlier stage took and the recogniser gave no
// other type, none an acronym or a brand: words a joined name may take.
func freeWords(others []ner.Span, covered func(s, e int) bool) func(words []coordWord) bool {
	return func(words []coordWord) bool {
		for _, w := range words {
			if covered(w.start, w.end) || typedOtherThanOrg(others, w.start, w.end) || acronymWord(w.w) || brandWord(w.w) {
				return false
			}
		}
		return true
	}
}

// joinForward returns the end of the span at byte e joined over the words
// after it: over "and" to a head word (joinOverAndHead), or, for "Bureau of
// X", over its list; or e.
func joinForward(text string, e int, words []string, others []ner.Span, covered func(s, e int) bool, free func([]coordWord) bool) int {
	if end, ok := joinOverAndHead(text, e, others, free); ok {
		return end
	}
	// "Bureau of X" goes on over its list
	if headOfShape(words) {
		if end, ok := listAfter(text, e, others, covered); ok && free(itemWords(text, e, end)) {
			return end
		}
	}
	return e
}

// joinOverAndHead returns the end of the longest run of free capitalised
// words after " and " at byte e that ends in a head word, starts no name of
// its own and is no listed name.
func joinOverAndHead(text string, e int, others []ner.Span, free func([]coordWord) bool) (int, bool) {
	sep, run, _ := runAfter(text, e, others)
	if sep != "and" || len(run) == 0 || ownName(run[0].w) {
		return 0, false
	}
	for k := len(run); k > 0; k-- {
		if andHeads[strings.ToLower(run[k-1].w)] && free(run[:k]) && !listedAndName(text[run[0].start:run[k-1].end]) {
			return run[k-1].end, true
		}
	}
	return 0, false
}

// joinBackward returns the start of the span at byte s, which ends in a
// head word, joined over the capitalised words before " and " ("Wage and
// Hour Division"), when they are no name of their own; or s.
func joinBackward(text string, s int, words []string, covered func(s, e int) bool, free func([]coordWord) bool) int {
	// the near side of "and" before a span of capitalised words that ends in
	// a head word ("Hour Division", not "Board Chair of Akonadi Foundation")
	for _, w := range words {
		if !capitalised(w) && w != "and" || roleHeads[strings.ToLower(w)] {
			return s // "and" joined before: "Oceans and International Environmental and Scientific Affairs"
		}
	}
	run := nearRunBefore(text, s, covered)
	if len(run) == 0 || len(run) > coordWordsMax || strings.HasSuffix(text[:run[0].start], "& ") || strings.HasSuffix(text[:run[0].start], " and ") {
		return s // "JSS Academy of Higher Education & Research and Howard University"
	}
	if !nearRunJoins(run) || !free(run) {
		return s
	}
	return run[0].start
}

// nearRunBefore is the run of capitalised words before " and " at byte s
// (runBefore), from after the last word that ends another name or stands
// outside this one.
func nearRunBefore(text string, s int, covered func(s, e int) bool) []coordWord {
	run := runBefore(text, s)
	for i := len(run) - 1; i >= 0; i-- {
		if covered(run[i].start, run[i].end) || possessive(run[i].w) || i > 0 && otherNameEnds[strings.ToLower(run[i].w)] || lowerAfterHyphen(run[i].w) || listedEndsAt(text, run[0].start, run[i].end) {
			// "Afghan", "DOL’s", "Rescue Plan", "Plan-enhanced", "Department
			// of Agriculture": the name starts after it
			return run[i+1:]
		}
	}
	return run
}

// nearRunJoins: the run before "and" starts no name of its own, ends in no
// head word, is no listed name and holds no title.
func nearRunJoins(run []coordWord) bool {
	left := make([]string, len(run))
	for i, w := range run {
		left[i] = w.w
	}
	if ownName(run[0].w) || andHeads[strings.ToLower(run[len(run)-1].w)] || listedAndName(strings.Join(left, " ")) {
		return false
	}
	for _, w := range run {
		if roleHeads[strings.ToLower(w.w)] {
			return false // a title is no part of a body's name
		}
	}
	return true
}

// joinUnlisted joins the span over each coordination in turn ("Bureau of
// Oceans" → "Bureau of Oceans and International Environmental" → "… and
// Scientific Affairs"), at most coordWordsMax times.
func joinUnlisted(text string, s, e int, others []ner.Span, covered func(s, e int) bool) (int, int) {
	for range coordWordsMax {
		ns, ne := joinUnlistedAnd(text, s, e, others, covered)
		if ns == s && ne == e {
			break
		}
		s, e = ns, ne
	}
	return s, e
}

// ownName: a word that starts a name of its own after "and": a determiner,
// an acronym, a head word ("and Department of Energy") or a title.
func ownName(w string) bool {
	l := strings.ToLower(w)
	return l == "the" || acronymWord(w) || andHeads[l] || roleHeads[l]
}

// brandWord: a word with a capital after a small letter ("KinderCare",
// "AstraZeneca"), a company's own name.
func brandWord(w string) bool {
	lower := false
	for _, r := range w {
		if lower && unicode.IsUpper(r) {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// lowerAfterHyphen: a hyphenated word whose last part is in lower case
// ("Plan-enhanced").
func lowerAfterHyphen(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i >= 0 && i+1 < len(w) && unicode.IsLower(rune(w[i+1]))
}

// possessive: the word or name ends in "’s", "'s" or "s’" ("DOL’s").
func possessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'")
}

// acronymWord: a word in capitals ("USAID", "U.S.").
func acronymWord(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// typedOtherThanOrg: a span of the recogniser's other than an
// organisation's overlaps [s, e).
func typedOtherThanOrg(spans []ner.Span, s, e int) bool {
	for _, sp := range spans {
		if sp.Type != ner.Organization && !sp.Uncertain && sp.Start < e && s < sp.End {
			return true
		}
	}
	return false
}

// headOfShape: the name is a head word, "of", "for" or "on", and one or two
// capitalised words ("Bureau of Population", "Center for Strategic"), the
// last no head word itself ("Ministry of Foreign Affairs" is whole).
func headOfShape(words []string) bool {
	for i := 0; i+2 < len(words); i++ {
		if !andHeads[strings.ToLower(words[i])] || !capitalised(words[i]) {
			continue
		}
		if p := words[i+1]; p != "of" && p != "for" && p != "on" {
			continue
		}
		rest := words[i+2:]
		if len(rest) > 2 {
			return false
		}
		for _, w := range rest {
			if !capitalised(w) || acronymWord(w) {
				return false
			}
		}
		return !andHeads[strings.ToLower(rest[len(rest)-1])]
	}
	return false
}

// runAfter: the separator after byte e of text ("and", ",", or "" for
// anything else) and the capitalised words that follow it on the line, up to
// coordWordsMax, each no joining word ("of", "the"), before any title or
// word of the recogniser's other spans (a person's name).
func runAfter(text string, e int, others []ner.Span) (sep string, run []coordWord, titled bool) {
	i := e
	switch {
	case strings.HasPrefix(text[i:], " and "):
		sep, i = "and", i+len(" and ")
	case strings.HasPrefix(text[i:], ", "):
		sep, i = ",", i+len(", ")
	default:
		return "", nil, false
	}
	for len(run) <= coordWordsMax {
		j := wordEnd(text, i)
		w := strings.TrimSuffix(text[i:j], ".")
		if w == "" || !capitalised(w) {
			break
		}
		if l := strings.ToLower(text[i:j]); honorifics[l] || titleHeads[l] || typedOtherThanOrg(others, i, j) {
			break // "Dr.", "Assistant Secretary", a person's name: the name has ended
		} else if titleStarts[l] {
			titled = true // "Senior", which may be part of a name
			break
		}
		run = append(run, coordWord{w, i, i + len(w)})
		if len(w) < j-i || j >= len(text) || text[j] != ' ' {
			break // a full stop, a comma or the line's end ends the run
		}
		i = j + 1
	}
	if len(run) > coordWordsMax {
		return sep, nil, titled
	}
	return sep, run, titled
}

// runBefore: the capitalised words, at most coordWordsMax+1, right before
// " and " at byte s of text on the same line, first first.
func runBefore(text string, s int) []coordWord {
	if !strings.HasSuffix(text[:s], " and ") {
		return nil
	}
	pos := s - len(" and ")
	var run []coordWord
	for len(run) <= coordWordsMax {
		i := wordStart(text, pos)
		w := text[i:pos]
		if w == "" || !capitalised(w) || strings.HasSuffix(w, ".") && !acronymWord(w) {
			break
		}
		run = append([]coordWord{{w, i, pos}}, run...)
		if i == 0 || text[i-1] != ' ' {
			break
		}
		pos = i - 1
	}
	return run
}

// listAfter: the end of ", Y, and Z", ", Y and Z" or " and Z" after byte e
// of text, each item one or two capitalised words that start no name of
// their own and end in no head word, the last ending the capitalised run.
func listAfter(text string, e int, others []ner.Span, covered func(s, e int) bool) (int, bool) {
	pos := e
	for items := 0; items < coordWordsMax; items++ {
		sep, run, titled := runAfter(text, pos, others)
		if sep == "" || len(run) == 0 || len(run) > 2 {
			return 0, false
		}
		if ownName(run[0].w) || sep != "and" && andHeads[strings.ToLower(run[len(run)-1].w)] {
			return 0, false // the last item may end in a head word: "Human Rights and Labor Affairs"
		}
		end := run[len(run)-1].end
		if sep == "and" {
			// a title right after "and Z" leaves Z's end in doubt unless a list
			// came before ("National Bureau of Economic Research and
			// Non-Resident Senior Fellow"), and so does a name that goes on
			// ("the Council on Foreign Relations and Women in International
			// Security", not "… and Statistics in Mexico")
			return end, (!titled || items > 0) && !goesOn(text, end, covered)
		}
		if strings.HasPrefix(text[end:], ", and ") {
			end++ // the serial comma: ", Y, and Z"
		} else if !strings.HasPrefix(text[end:], " and ") && !strings.HasPrefix(text[end:], ", ") {
			return 0, false
		}
		pos = end
	}
	return 0, false
}

// goesOn: the text after byte end goes on with a preposition and a
// capitalised word no earlier stage took (" in International Security", not
// " in Mexico").
func goesOn(text string, end int, covered func(s, e int) bool) bool {
	for _, p := range []string{" in ", " of ", " for ", " on "} {
		if after, ok := strings.CutPrefix(text[end:], p); ok {
			at := end + len(p)
			return capitalised(after) && !covered(at, at+1)
		}
	}
	return false
}

// listedEndsAt: a listed name that starts before byte from of text ends at
// byte end, on its line ("Department of Agriculture" of "the Department of
// Agriculture Animal and Plant Health Inspection Service").
func listedEndsAt(text string, from, end int) bool {
	start := max(0, from-40)
	if i := strings.LastIndexByte(text[start:from], '\n'); i >= 0 {
		start += i + 1
	}
	line := text[start:end]
	for i := 0; i < from-start; i++ {
		if (i == 0 || line[i-1] == ' ') && line[i] != ' ' && listedAndName(strings.Join(strings.Fields(line[i:]), " ")) {
			return true
		}
	}
	return false
}

// itemWords are the capitalised words between bytes e and end of text.
func itemWords(text string, e, end int) []coordWord {
	var out []coordWord
	i := e
	for i < end {
		for i < end && strings.ContainsRune(" ,", rune(text[i])) {
			i++
		}
		j := i
		for j < end && !strings.ContainsRune(" ,", rune(text[j])) {
			j++
		}
		if w := text[i:j]; w != "" && w != "and" {
			out = append(out, coordWord{w, i, j})
		}
		i = j
	}
	return out
}
