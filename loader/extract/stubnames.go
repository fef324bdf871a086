package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/gazetteer"
	"newsgraph/loader/extract/ner"
)

// A one-word person name that no full name of the article takes is a stub
// node of the graph ("person:biden", "person:kim"), no one an analyst can
// find again. Two uses of such a word name no one person (stub37, trial37):
//
//   - after an article: "The Biden family", "the Biden presidency", "the
//     Trump tax cuts", "the Bidens", "the Dean of the School". English puts
//     no article before a person's bare name; the name modifies the noun
//     after it (GUM tags the nested surname, "the [Santorum] cocktail", but
//     without a full name in the article the surname alone says not which
//     Biden), or it names a family or a title;
//   - a name addressed in a transcript: "MR PRICE: So, Kim, first, …", "Go
//     ahead, Kelly.", "Thank you, Tony, for hosting us", "[Daphne].": the
//     briefer's reporters and hosts by first name, no graph person unless
//     the article gives the full name (which then takes the word).
//
// A name that a full name of the article takes keeps the mention, as
// before: "the Biden administration" beside "President Joe Biden" is his.

// stubArticles are the articles before a one-word name that make it a
// modifier or a family's name.
var stubArticles = setOf("the", "a", "an")

// modifiedStub: the one-word name at bytes [start, end) of text comes right
// after "the", "a" or "an" ("The Biden family", "a Pell grant").
func modifiedStub(text string, start int) bool {
	before := strings.TrimRight(text[:start], " ")
	if len(before) == len(text[:start]) {
		return false // no space before the name: "Biden-era" is the model's own span
	}
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	return stubArticles[strings.ToLower(before[i+1:])]
}

// addressedStub: the one-word name at bytes [start, end) of text is set off
// as an address: after a sentence's start, a colon or a comma, and before a
// comma, a full stop, a question or an exclamation mark ("So, Kim, first",
// "Go ahead, Kelly.", "Kylie?"). A title's stop before it ("Dr. Fauci.",
// "Mr. Sandoval,") makes it a mention, not an address.
func addressedStub(text string, start, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[end:])
	if !strings.ContainsRune(",.?!", r) {
		return false
	}
	before := strings.TrimRight(text[:start], " \u00a0")
	if before == "" {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(before)
	switch p {
	case ',':
		return !appositionOrList(before[:len(before)-1])
	case '\n', ':', '?', '!', '—':
		return true
	case '.':
		w := strings.TrimLeftFunc(before[strings.LastIndexAny(before, " \n")+1:], unicode.IsPunct)
		return !titleAbbrev(w) // "Dr. Fauci.", "Ronald Reagan said, “Mr. Gorbachev, …"
	}
	return false
}

// appositionOrList: the text before a name's comma ends in a noun phrase the
// name stands beside ("our son, Beau,", "my wife, Jill,", "the opposition
// leader, Netanyahu,": a possessive or an article among its last three
// words) or in a list's member ("Cohen, Cheney, Malinowski, Waltz").
func appositionOrList(before string) bool {
	words := lastFields(before, 3) // all it reads: the text before is the whole article up to the name
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if r, _ := utf8.DecodeRuneInString(last); unicode.IsUpper(r) && len(words) > 1 && strings.HasSuffix(words[len(words)-2], ",") {
		return true // ", Cheney, Malinowski"
	}
	for _, w := range words[max(0, len(words)-3):] {
		if appositionDeterminers[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// lastFields is the last n of strings.Fields(s), found from the end of s,
// without splitting the rest of it.
func lastFields(s string, n int) []string {
	var out []string
	for len(out) < n {
		s = strings.TrimRightFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		i := strings.LastIndexFunc(s, unicode.IsSpace)
		if i >= 0 {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		} else {
			i = 0
		}
		out = append(out, s[i:])
		s = s[:i]
	}
	slices.Reverse(out)
	return out
}

// appositionDeterminers open the noun phrase of an apposition.
var appositionDeterminers = setOf("my", "our", "his", "her", "their", "your", "the", "a", "an")

// titleAbbrev: w, with its stop, is a title's or an initial's abbreviation
// ("Dr.", "Mr.", "M.", "Sen."), not a sentence's end.
func titleAbbrev(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if utf8.RuneCountInString(w) == 1 {
		return true // an initial: "M. Ed."
	}
	switch strings.ToLower(w) {
	case "dr", "drs", "messrs", "mr", "mrs", "ms", "mx", "st", "sen", "rep", "gov", "gen", "col", "lt", "capt", "adm", "prof", "amb", "hon", "rev", "fr", "sgt", "maj", "pres", "sec":
		return true
	}
	return false
}

// stubNoOne: the one-word name at bytes [start, end) of text, which no full
// name of the article takes, is a modifier or an address (above).
func stubNoOne(text string, start, end int) bool {
	return modifiedStub(text, start) || addressedStub(text, start, end)
}

// shortFormFull is the one full name of names whose first word the first
// word of name is a listed short form of ("Tony" and "Tony Blinken" of
// "Antony Blinken"; gazetteer/data/first_names_short.tsv), with the same
// surname where name has one; "" where none or two are.
func shortFormFull(name string, names fullsByFirst) string {
	words := strings.Fields(name)
	if len(words) > 2 {
		return ""
	}
	found := ""
	// only the first names the listed short form shortens: asking every
	// full name of the article for every person was quadratic in a long one
	for _, first := range gazetteer.FirstNamesShortenedTo(strings.ToLower(words[0])) {
		for _, full := range names[first] {
			if len(words) == 2 && lastField(full) != words[1] {
				continue
			}
			if found != "" && found != full {
				return "" // two fit: the short form could be either
			}
			found = full
		}
	}
	return found
}

// fullsByFirst holds names of two words or more by their first word in
// lower case, each name once.
type fullsByFirst map[string][]string

func newFullsByFirst(names []string) fullsByFirst {
	by, seen := fullsByFirst{}, map[string]bool{}
	for _, full := range names {
		if seen[full] || nthField(full, 1) == "" {
			continue
		}
		seen[full] = true
		first := strings.ToLower(nthField(full, 0))
		by[first] = append(by[first], full)
	}
	return by
}

// shortFormNames renames each two-word name of people whose first word
// shortens the first name of the one official in office of that surname
// (byFirstNameForm), else of the one full name of the article
// (shortFormFull), to that name: "Tony Blinken" is Antony Blinken, one
// node, and "Blinken" alone is then his, not either of two. It returns the
// first word the text gave each renamed name, with the name, so that the
// text's "Jeff" alone stays Jeffrey Zients's as it was Jeff Zients's.
func shortFormNames(r *resolver, people []recognisedName) (textFirst [][2]string) {
	var names []string
	for _, p := range r.people {
		if p.official && strings.Contains(p.name, " ") {
			names = append(names, p.name)
		}
	}
	for _, f := range people {
		if strings.Contains(f.name, " ") {
			names = append(names, f.name)
		}
	}
	var byFirst fullsByFirst // built at the first ask
	for i, f := range people {
		if strings.Count(f.name, " ") != 1 {
			continue
		}
		full, ok := r.byFirstNameForm(f.name, "")
		if !ok {
			if byFirst == nil {
				byFirst = newFullsByFirst(names)
			}
			full = shortFormFull(f.name, byFirst)
		}
		if full != "" && full != f.name {
			people[i].name = full
			textFirst = append(textFirst, [2]string{nthField(f.name, 0), full})
		}
	}
	return textFirst
}

// fullNamesOf is the full names that fullNamesByWord's map holds.
func fullNamesOf(full map[string][]string) []string {
	var names []string
	seen := map[string]bool{}
	for _, l := range full {
		for _, n := range l {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	return names
}

// coupleSurname is the full name of a given name alone before "and" and
// a full name, which shares the full name's surname: "I also want to
// acknowledge Kim and John Johnson" (whitehouse-19475, trial37's
// person:kim), "Venus and Serena Williams", "her parents: Johnny and Ellery
// Brown". Not a list's member ("Hakeem and Steny and Jim and Emanuel
// Cleaver", after "and" or a comma), not after an article, not a name the census lists hold no
// given name or common surname of, and not beside a name that ends in a
// suffix ("Barbara and Rich Jr."); "" where it is none of these.
func coupleSurname(text string, f recognisedName, byStart map[int]string) string {
	rest, ok := strings.CutPrefix(text[f.sp.End:], " and ")
	if !ok || !ner.CommonPersonWord(f.name) {
		return ""
	}
	full := byStart[len(text)-len(rest)]
	words := strings.Fields(full)
	if len(words) < 2 || nameSuffixTok[strings.ToLower(words[len(words)-1])] {
		return ""
	}
	before := strings.TrimRight(text[:f.sp.Start], " ")
	if strings.HasSuffix(before, ",") || strings.HasSuffix(before, " and") || strings.HasSuffix(before, "&") || modifiedStub(text, f.sp.Start) {
		return "" // nor a modifier: "the Fred and Eleanor Glimp Professor", "the Clinton and Obama Administrations"
	}
	return f.name + " " + words[len(words)-1]
}
