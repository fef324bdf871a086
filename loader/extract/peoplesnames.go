package extract

import (
	"slices"
	"strings"

	"newsgraph/loader/extract/ner"
)

// Two forms the recogniser cuts or types wrong in the open corpus (issue 11,
// after offlist45's draw; counts in docs/extraction-quality.md, "A name
// through “People’s”, and a chamber alone").

// peoplesNameEnd: a name at bytes [start, end) of text that ends in
// "People" before a possessive goes on through the capitalised words after
// it: the recogniser stops at the "’s" as it does after "Donald Trump", so
// "the so-called Donetsk People’s Republic" gave the place "Donetsk People",
// "the Tigray People’s Liberation Front" the place "Tigray People". "of"
// joins a further capitalised word ("People’s Republic of China"). It
// returns the new end, or end where the name does not go on.
func peoplesNameEnd(text string, start, end int) int {
	if !strings.HasSuffix(text[start:end], "People") {
		return end
	}
	rest, ok := afterPossessive(text, end)
	if !ok {
		return end
	}
	newEnd := end
	for pos := len(text) - len(rest); ; {
		w, after := leadingWord(text[pos:])
		if w == "of" && newEnd > end && strings.HasPrefix(after, " ") {
			if next, _ := leadingWord(after[1:]); capitalised(next) {
				pos += len("of ")
				continue
			}
		}
		if !capitalised(w) {
			break
		}
		newEnd = pos + len(w)
		if !strings.HasPrefix(after, " ") {
			break
		}
		pos = newEnd + 1
	}
	return newEnd
}

// peoplesNodeName is the one name of a widened name that a coordination
// made plural: "the Donetsk and Luhansk People’s Republics" names the
// Luhansk People’s Republic, as the text's other mentions do.
func peoplesNodeName(name string) string {
	if before, ok := strings.CutSuffix(name, " Republics"); ok && strings.HasSuffix(before, "People’s") || ok && strings.HasSuffix(before, "People's") {
		return before + " Republic"
	}
	return name
}

// peoplesNameType is the type of a name widened through "People’s": a
// republic is a place, a front, party, army or paper an organisation.
func peoplesNameType(name string) ner.Type {
	if last := lastField(name); last == "Republic" || last == "Republics" {
		return ner.Place
	}
	return ner.Organization
}

// widenedPeoples widens each name that peoplesNameEnd goes on from, retypes
// it, and drops the recogniser's names inside the widened one ("Republic").
func widenedPeoples(text string, spans []ner.Span) []ner.Span {
	var wide [][2]int
	for i, sp := range spans {
		if sp.Uncertain {
			continue
		}
		if e := peoplesNameEnd(text, sp.Start, sp.End); e > sp.End {
			spans[i].End = e
			spans[i].Type = peoplesNameType(text[sp.Start:e])
			wide = append(wide, [2]int{sp.Start, e})
		}
	}
	if len(wide) == 0 {
		return spans
	}
	return slices.DeleteFunc(spans, func(sp ner.Span) bool {
		for _, w := range wide {
			if w[0] <= sp.Start && sp.End <= w[1] && (w[0] != sp.Start || w[1] != sp.End) {
				return true
			}
		}
		return false
	})
}

// chamberNames are legislative chambers named by one word: "the House
// passed a bill", "members of Congress, House and the Senate", "the Rada".
// The recogniser types "House" a place as often as a body (35 and 34 open
// articles); it is the House of Representatives.
var chamberNames = setOf("house", "senate", "congress", "parliament", "duma", "knesset", "bundestag", "rada", "sejm")

// chamberName: a one-word name that is a legislative chamber.
func chamberName(name string) bool {
	return !strings.Contains(name, " ") && ner.InLower(chamberNames, name)
}
