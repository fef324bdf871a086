package graph

import (
	"slices"
	"strings"
	"sync"

	"newsgraph/gazetteer"
)

// honorifics are the styles an analyst puts before a name that no office
// in the gazetteer has.
var honorifics = []string{"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "his excellency",
	"her excellency", "h.e.", "sen.", "rep.", "gov.", "amb.", "pres."}

// roleStops end the head of an office's name: "Ambassador to France" is
// said "Ambassador Kennedy", "Secretary of State" "Secretary Blinken".
var roleStops = map[string]bool{"of": true, "to": true, "for": true, "the": true, "and": true, "in": true, "on": true}

// titles are the lower-cased titles the gazetteer knows: each office of
// its officials ("secretary of state"), the office's head ("secretary",
// "prime minister", "foreign minister"), and the honorifics.
var titles = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, h := range honorifics {
		out[h] = true
	}
	for _, o := range gazetteer.Officials() {
		role := strings.Fields(strings.ToLower(o.Role))
		if len(role) == 0 {
			continue
		}
		out[strings.Join(role, " ")] = true
		head := role
		for i, w := range role {
			if roleStops[w] {
				head = role[:i]
				break
			}
		}
		if len(head) > 0 {
			out[strings.Join(head, " ")] = true
		}
		if inverted := invertedOffice(role, len(head)); inverted != "" {
			out[inverted] = true
		}
	}
	return out
})

// maxInvertedWords is the longest domain invertedOffice moves before an
// office's head.
const maxInvertedWords = 3

// invertedOffice is the form the news gives an office "Head of Domain"
// with the domain first ("Secretary of Defense" is said "Defense
// Secretary", "Minister of Foreign Affairs" "Foreign Affairs Minister",
// "Secretary of the Navy" "Navy Secretary"), "" for an office of another
// form: role is its lower-cased words and head the number of words of its
// head. The domain is the words after "of" (and "the"), at most
// maxInvertedWords, with no other joining word in them.
func invertedOffice(role []string, head int) string {
	if head == 0 || head >= len(role) || role[head] != "of" {
		return ""
	}
	domain := role[head+1:]
	if len(domain) > 0 && domain[0] == "the" {
		domain = domain[1:]
	}
	if len(domain) == 0 || len(domain) > maxInvertedWords || slices.ContainsFunc(domain, func(w string) bool { return roleStops[w] }) {
		return ""
	}
	return strings.Join(slices.Concat(domain, role[:head]), " ")
}

// maxTitleWords is the longest title withoutTitle looks for.
const maxTitleWords = 6

// withoutTitle returns name without the titles that lead it ("President
// Biden" is "Biden", "Vice President Kamala Harris" "Kamala Harris"), and
// whether it dropped any. Titles may follow whose office it is, as the
// news writes them ("Chinese President Xi Jinping", "China's President
// Xi", "US Secretary of State Antony Blinken": officeOf). Names in the
// graph hold no titles, so a caller tries the name as given first and this
// only when that matches no one. A name that is all title stays as it is.
func withoutTitle(name string) (string, bool) {
	_, bare, ok := splitTitle(name)
	return bare, ok
}

// splitTitle splits name as withoutTitle does and also returns the titles
// it dropped, lower-cased, without the country or organization before them
// ("Chinese Foreign Minister Wang Yi": "foreign minister", "Wang Yi").
func splitTitle(name string) (title, bare string, ok bool) {
	words := strings.Fields(name)
	office := officeOf(words)
	cut := office
	for cut < len(words) {
		n := leadingTitle(words[cut:])
		if n == 0 {
			break
		}
		cut += n
	}
	if cut == 0 || cut == len(words) {
		return "", name, false
	}
	return strings.ToLower(strings.Join(words[office:cut], " ")), strings.Join(words[cut:], " "), true
}

// leadingTitle is the number of words of the longest title that words
// start with, 0 when they start with none.
func leadingTitle(words []string) int {
	known := titles()
	for k := min(len(words), maxTitleWords); k > 0; k-- {
		if known[strings.ToLower(strings.Join(words[:k], " "))] {
			return k
		}
	}
	return 0
}

// officeWords are the lower-cased words that may say whose office a title
// is, before it: a country's name, alias, code or adjective ("China",
// "US", "Chinese"), an organization's short name, name or alias ("NATO"),
// and "the" and "former" before them.
var officeWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	add := func(forms ...string) {
		for _, f := range forms {
			if f = strings.ToLower(strings.Join(strings.Fields(f), " ")); f != "" {
				out[f] = true
			}
		}
	}
	for _, c := range gazetteer.Countries() {
		add(c.Code, c.Name)
		add(c.Aliases...)
		add(c.Adjectives...)
	}
	for _, o := range gazetteer.Orgs() {
		add(o.Code, o.Name)
		add(o.Aliases...)
	}
	return out
})

// maxOfficeWords is the longest country or organization officeOf looks for.
const maxOfficeWords = 6

// officeOf is the number of words that lead words and say whose office the
// title after them is: "the", "former", then a country's or an
// organization's name or adjective, "'s" allowed ("China's"); 0 when no
// title follows them.
func officeOf(words []string) int {
	cut := 0
	for _, w := range []string{"the", "former"} {
		if cut < len(words) && strings.EqualFold(words[cut], w) {
			cut++
		}
	}
	known := officeWords()
	for k := min(len(words)-cut, maxOfficeWords); k > 0; k-- {
		form := strings.ToLower(strings.Join(words[cut:cut+k], " "))
		form = strings.TrimSuffix(strings.TrimSuffix(form, "'s"), "\u2019s")
		if known[form] {
			cut += k
			break
		}
	}
	if cut == 0 || leadingTitle(words[cut:]) == 0 {
		return 0
	}
	return cut
}
