package extract

import "strings"

// A period the word splitter keeps with an abbreviation ("U.S.", "D.C.",
// "Jr.", "a.m.") may also end the sentence: one period does both jobs, as
// English writes it. Punkt (Kiss & Strunk 2006) decides such a period by the
// next word's orthographic context: a word the corpus writes in lower case and
// never capitalised mid-sentence opens a sentence. That alone keeps "Washington,
// D.C. Secretary of Defense Lloyd Austin visited …" in one sentence, since
// "Secretary" is capitalised mid-sentence everywhere; so three more rules say
// where the abbreviation itself ends a phrase: a place ("Washington, D.C."),
// a time ("at 9:30 a.m.") and an answer ("No.").

// sentenceOpeners are function words whose capitalised form opens a sentence
// and continues no name or title: each is written in lower case in the corpus
// outside test at least 99 times in 100 after a lower-case word or comma
// ("the" 245,076 to 348, "during" 1,572 to 5, "previously" 435 to 1). Words
// that fail that are left out: "Under" (Under Secretary; 247 capitalised to
// 2,387), "First" (First Lady), "Second", "Against", "His" and "Her" (His
// Majesty; 104 to 6,832).
var sentenceOpeners = setOf(
	// pronouns and determiners
	"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "these", "those", "that",
	"there", "here", "its", "our", "their", "my", "your", "both", "each", "every", "all", "some",
	"many", "most", "several", "no", "not",
	// prepositions and conjunctions
	"in", "on", "at", "as", "by", "for", "from", "to", "of", "with", "without", "after", "before",
	"during", "since", "until", "while", "when", "where", "what", "who", "why", "how", "whether",
	"if", "although", "though", "because", "but", "and", "or", "so", "yet", "also", "among", "over",
	"between", "through", "across", "beyond", "throughout", "based", "prior", "following", "according",
	// sentence adverbs and answers
	"however", "meanwhile", "previously", "later", "earlier", "today", "yesterday", "tomorrow", "now",
	"then", "still", "instead", "moreover", "additionally", "finally", "well", "yes", "look", "okay",
)

// endsNameOrList are abbreviations that end a name or a list ("Joseph R.
// Biden, Jr.", "SBG Technology Solutions, Inc.", "… and so on, etc."): the
// period ends the sentence before a sentence opener. "e.g." and "i.e." lead
// on to what they introduce, and a title ("Mr.", "Gen.") or an initial
// ("J.") to its name: they never end one.
var endsNameOrList = setOf("jr.", "sr.", "inc.", "ltd.", "co.", "corp.", "etc.")

// washingtonContinues are the words that make "Washington, D.C." part of a
// longer name ("the Washington D.C. Metropolitan Police Department", "the
// Greater Washington, D.C. Area", "the American Institute of Architects,
// Washington, D.C. Chapter"): in the corpus outside test 8 of the 104
// capitalised words after "Washington, D.C." do so, and the other 96 open a
// sentence ("Secretary Blinken and …", "The Secretary …", "Deputy Secretary
// Sherman …", "Steele is …"). The District's own bodies and offices, which
// the corpus names after "D.C." alone ("D.C. Superior Court", "D.C. Circuit",
// "D.C. Public Schools"), go on too.
var washingtonContinues = setOf("metropolitan", "area", "chapter", "central", "dept.", "dept",
	"police", "public", "mayor", "council", "region", "office", "department", "superior", "circuit", "court")

// timeZones after "a.m." or "p.m." go on with the time ("9:15 a.m. Eastern
// Time", "7:00 a.m. LOCAL"), as do all-capital abbreviations ("EDT") and a
// name that "Time" ends ("British Summer Time").
var timeZones = setOf("eastern", "pacific", "central", "mountain", "local", "et", "gmt", "utc")

// abbreviationEnds reports whether the period of toks[i], a word the word
// splitter keeps with its period, also ends the sentence. It does before a
// line break, and before a capitalised word when
//   - the abbreviation may end a sentence (a dotted one, "U.S.", "D.C.",
//     "a.m.", or one of endsNameOrList) and the word is a sentenceOpener:
//     "the U.S. The trip", "Martin Luther King, Jr. In 2005", but "U.S.
//     Secretary", "Jr. Research and Education Institute";
//   - the abbreviation is "Washington, D.C." (or "Washington D.C."), a place
//     that ends its phrase, and the word is not one of washingtonContinues:
//     "in Washington, D.C. Secretary Blinken and …";
//   - it is a time, "a.m." or "p.m.", that does not open its line (a
//     schedule's "2:15 p.m. Secretary Blinken meets with …" is one sentence)
//     and the word is no time zone: "at 9:30 a.m. The entire report";
//   - it is "No." and the word holds no digit and is not in capitals: an
//     answer ("No. I think"), not a number ("No. TA-201-075").
//
// A line in a headline's capitals ("Statement by President Joseph R. Biden,
// Jr. On the One Year Anniversary of …") is left whole: there every word is
// capitalised, openers too.
func abbreviationEnds(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	t, n := toks[i], toks[i+1]
	if n.kind == tokNewline {
		return true
	}
	if n.kind != tokWord || !n.cap {
		return false
	}
	dotted := strings.Count(t.text, ".") >= 2
	if t.key == "e.g." || t.key == "i.e." || !dotted && !endsNameOrList[t.key] && t.key != "no." || headlineLine(toks, i) {
		return false
	}
	if sentenceOpeners[n.key] {
		return true
	}
	switch t.key {
	case "no.":
		return !n.upper && !strings.ContainsAny(n.text, "0123456789")
	case "d.c.":
		return afterWashington(toks, i) && !washingtonContinues[n.key]
	case "a.m.", "p.m.":
		return !opensLine(toks, i) && !timeZoneAt(toks, i+1)
	}
	return false
}

// headlineWords are the words a headline leaves in lower case.
var headlineWords = setOf("a", "an", "the", "and", "but", "or", "nor", "for", "of", "on", "in", "to", "by",
	"at", "with", "from", "as", "vs.")

// headlineLine: toks[i] stands in a line in a headline's capitals: three or
// more words before it on its line (after a speaker's "MS. PSAKI:"), and the
// words after it up to the line's end or a sentence's mark, are all
// capitalised, numbers or headlineWords. "Greetings from Washington, D.C. I
// want to thank …" and a list of names after a colon are no headline.
func headlineLine(toks []token, i int) bool {
	before := 0
	for k := i - 1; k >= 0 && toks[k].kind != tokNewline && toks[k].key != ":"; k-- {
		if toks[k].kind == tokWord && !toks[k].cap && !headlineWords[toks[k].key] {
			return false
		}
		if toks[k].kind == tokWord {
			before++
		}
	}
	if before < 3 {
		return false
	}
	for k := i + 1; k < len(toks) && toks[k].kind != tokNewline; k++ {
		if tk := toks[k]; tk.kind == tokPunct && (tk.key == "." || tk.key == "?" || tk.key == "!") {
			break
		}
		if toks[k].kind == tokWord && !toks[k].cap && !headlineWords[toks[k].key] {
			return false
		}
	}
	return true
}

// afterWashington: "D.C." at toks[i] follows "Washington" or "Washington,".
func afterWashington(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].key == "," {
		k--
	}
	return k >= 0 && toks[k].key == "washington"
}

// opensLine: only the numbers and marks of a time stand before toks[i] on its
// line ("2:15 p.m.", "10 a.m.").
func opensLine(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch {
		case toks[k].kind == tokNewline:
			return true
		case toks[k].kind == tokNumber, toks[k].kind == tokPunct && toks[k].key == ":":
		default:
			return false
		}
	}
	return true
}

// timeZoneAt: the words from toks[j] name a time zone.
func timeZoneAt(toks []token, j int) bool {
	w := toks[j]
	if timeZones[w.key] || w.upper && !strings.Contains(w.text, ".") && len(w.text) <= 5 {
		return true
	}
	for k := j; k < len(toks) && k < j+4 && toks[k].kind == tokWord && toks[k].cap; k++ {
		if toks[k].key == "time" {
			return true
		}
	}
	return false
}
