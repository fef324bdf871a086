package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"newsgraph/gazetteer"
	"newsgraph/loader/extract/ner"
)

// The recogniser often ends an organisation's name at "and" or starts it
// right after one: "the Office of Management and Budget" gave "Office of
// Management", "the Secretary of Health and Human Services" gave "Human
// Services" (issue 11/10, audit10: 47 and 24 open-corpus mentions). A span
// is widened over "and" only when the whole is a name a list already holds
// (the US federal bodies' forms, the gazetteer's organisations), so two bodies named
// together ("the Department of State and USAID") stay two.

// andWordsMax bounds the words looked at on the far side of "and": the
// longest listed name has four there ("... and Atmospheric Administration").
const andWordsMax = 6

var (
	andNamesOnce sync.Once
	andNames     map[string]bool
)

// listedAndName: name, with "and" in it, is an organisation a list holds,
// in any of its forms, with or without "U.S." before it.
func listedAndName(name string) bool {
	andNamesOnce.Do(func() {
		andNames = map[string]bool{}
		for _, b := range gazetteer.USBodies() {
			for _, form := range append([]string{b.Name}, b.Forms...) {
				andNames[form] = true
			}
		}
		for _, o := range gazetteer.Orgs() {
			for _, n := range append([]string{o.Name}, o.Aliases...) {
				andNames[n] = true
			}
		}
	})
	return andNames[name] || usBodyName(name) != name
}

// widenOverAnd returns the bounds of the organisation span [s, e) of text
// widened over "and" (or "&") to the longest listed name it is part of
// ("Office of Management" → "Office of Management and Budget", "Human
// Services" → "Health and Human Services"), or s, e as they were.
func widenOverAnd(text string, s, e int) (int, int) {
	name := strings.Join(strings.Fields(text[s:e]), " ")
	ws, we := s, e
	if and, words, ends := wordsAfterAnd(text, e); len(words) > 0 {
		for k := len(words); k > 0; k-- {
			if whole := name + " " + and + " " + strings.Join(words[:k], " "); capitalised(words[k-1]) && listedAndName(whole) {
				we = ends[k-1]
				name = whole
				break
			}
		}
	}
	if and, words, starts := wordsBeforeAnd(text, s); len(words) > 0 {
		for k := len(words); k > 0; k-- {
			head := words[len(words)-k:]
			if capitalised(head[0]) && listedAndName(strings.Join(head, " ")+" "+and+" "+name) {
				ws = starts[len(words)-k]
				break
			}
		}
	}
	return ws, we
}

// andJoins are the words that may stand between capitalised words of one
// name ("Office of Science", "Food and Drug").
var andJoins = setOf("of", "for", "the", "and", "on", "&")

// wordStops end a word of a name in the text: a space, a line's end or
// punctuation that no name holds ("Affairs," "(USAID)").
const wordStops = " \n\t,;:()"

// wordEnd is the end of the word that starts at byte i of text.
func wordEnd(text string, i int) int {
	for i < len(text) && !strings.ContainsRune(wordStops, rune(text[i])) {
		i++
	}
	return i
}

// wordStart is the start of the word that ends at byte j of text.
func wordStart(text string, j int) int {
	for j > 0 && !strings.ContainsRune(wordStops, rune(text[j-1])) {
		j--
	}
	return j
}

// wordsAfterAnd: the capitalised words, and joining words between them, that
// follow " and " (or " & ", the word given back) at byte e of text on the
// same line, with each word's end.
func wordsAfterAnd(text string, e int) (string, []string, []int) {
	rest := text[e:]
	trimmed := strings.TrimLeft(rest, " ")
	and, after, ok := strings.Cut(trimmed, " ")
	if len(trimmed) == len(rest) || !ok || and != "and" && and != "&" {
		return "", nil, nil
	}
	pos := len(text) - len(after)
	var words []string
	var ends []int
	for len(words) < andWordsMax {
		i := pos
		for i < len(text) && text[i] == ' ' {
			i++
		}
		j := wordEnd(text, i)
		w := strings.TrimSuffix(text[i:j], ".")
		if w == "" || !capitalised(w) && !andJoins[w] {
			break
		}
		words = append(words, w)
		ends = append(ends, i+len(w))
		if len(w) < j-i {
			break // a full stop ends the name
		}
		pos = j
	}
	return and, words, ends
}

// wordsBeforeAnd: the capitalised words, and joining words between them, that
// precede " and " (or " & ", the word given back) at byte s of text on the
// same line, nearest last, with each word's start.
func wordsBeforeAnd(text string, s int) (string, []string, []int) {
	before := strings.TrimRight(text[:s], " ")
	i := strings.LastIndexByte(before, ' ')
	if len(before) == s || i < 0 || before[i+1:] != "and" && before[i+1:] != "&" {
		return "", nil, nil
	}
	and, cut := before[i+1:], before[:i]
	var words []string
	var starts []int
	pos := len(cut)
	for len(words) < andWordsMax {
		j := pos
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		i := wordStart(text, j)
		w := text[i:j]
		if w == "" || strings.HasSuffix(w, ".") || !capitalised(w) && !andJoins[w] {
			break
		}
		words = append([]string{w}, words...)
		starts = append([]int{i}, starts...)
		pos = i
	}
	return and, words, starts
}

// capitalised: the word starts with a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// widenedOrgs widens each organisation span over "and" where the whole is a
// listed name (widenOverAnd), or else one name no list holds
// (joinUnlisted, unlistedand.go), and overlaps no earlier stage's span (covered:
// "U.S." of "U.S. National Oceanic" is a country's), and drops the spans the
// widened ones now hold ("Budget" of "Office of Management and Budget").
func widenedOrgs(text string, spans []ner.Span, covered func(s, e int) bool) []ner.Span {
	var wide [][2]int
	for i, sp := range spans {
		if sp.Type != ner.Organization || sp.Uncertain {
			continue
		}
		s, e := widenOverAnd(text, sp.Start, sp.End)
		if s == sp.Start && e == sp.End {
			s, e = joinUnlisted(text, s, e, spans, covered)
		}
		s = sharedHeadStart(text, s, e) // "Foreign and Civil Service": two services
		if s == sp.Start && e == sp.End || covered(s, e) {
			continue
		}
		spans[i].Start, spans[i].End = s, e
		if slices.Contains(wide, [2]int{s, e}) {
			spans[i].Uncertain = true // both halves widened to one name: keep one
		} else {
			wide = append(wide, [2]int{s, e})
		}
	}
	if len(wide) == 0 {
		return spans
	}
	return slices.DeleteFunc(spans, func(sp ner.Span) bool {
		for _, w := range wide {
			if w[0] <= sp.Start && sp.End <= w[1] && (w[0] != sp.Start || w[1] != sp.End || sp.Uncertain) {
				return true
			}
		}
		return false
	})
}

// sharedHeadStart returns the start of the far side of an organisation
// name [s, e) of text that names two bodies sharing their head word, where
// the near side with the head is a listed body of its own ("the Foreign and
// Civil Service": the Foreign Service and the Civil Service, two services
// of the State Department's workforce), so the name is the far side's
// ("Civil Service"); or s. "Wage and Hour Division" stays one: no list
// holds a "Wage Division".
func sharedHeadStart(text string, s, e int) int {
	name := text[s:e]
	i := strings.Index(name, " and ")
	if i < 0 {
		return s
	}
	near, far := strings.Fields(name[:i]), strings.Fields(name[i+len(" and "):])
	if len(far) < 2 || strings.Contains(name[i+1:], " and ") {
		return s
	}
	for _, w := range near {
		if !capitalised(w) {
			return s
		}
	}
	if !listedAndName(strings.Join(append(near, far[len(far)-1]), " ")) || listedAndName(strings.Join(strings.Fields(name), " ")) {
		return s
	}
	return s + i + len(" and ")
}
