package extract

import (
	"strings"
	"unicode"

	"newsgraph/loader/extract/ner"
)

// Five forms of the names no list holds that a fresh draw found wrong
// and that recur with a cue over the open corpus (offlist46, issue 11;
// counted in docs/extraction-quality.md, "Broken words, a state's word
// alone, a body typed a place"): a word the speaker broke off ("the Buil- —
// his Build Back Better agenda"), a state's head word alone ("back in the
// States", "the Kingdom", "the Republic"), a place whose last word only a
// body's name takes ("the Indo-Pacific Economic Forum"), a name a body's
// appositive or legal suffix follows ("Millicom, a telecommunications
// company", "Bailey Glasser LLP"), and a chamber's committee ("the House
// Foreign Affairs Committee").

// brokenOff: the name ending at byte end of text is a word the speaker
// broke off and started again: a hyphen follows it, then a dash or a
// transcript's "[sic]" ("the Pr- — the President", "Asa Hutchin- — Asa
// Hutchinson", "Republicans in Conre- [sic]"). It names nothing; the
// speaker's next words name what was meant. A hyphen before "and" or a
// word ("Medicare- and Medicaid-certified", "Ocasio- Cortez") is no break.
func brokenOff(text string, end int) bool {
	rest, ok := strings.CutPrefix(text[end:], "-")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "[sic]")
}

// stateWords are the head words of a state's name that the recogniser
// takes for a place when they stand alone: "as we say in the States",
// "cities, States, and counties", "across the Kingdom", "since the first
// days of our Republic".
var stateWords = setOf("states", "kingdom", "republic")

// stateWordAlone: the name is a state's head word alone, which names no
// one place: a common noun capitalised ("resources to States, Territories,
// and Tribes") or a country the text names in full elsewhere ("the
// Kingdom" of Saudi Arabia), whose country the gazetteer finds there.
func stateWordAlone(name string) bool {
	return !strings.Contains(name, " ") && ner.InLower(stateWords, name)
}

// placeBodyHeads end a body's name and no place's: "the World Economic
// Forum", "the Middle East Green Initiative", "the Foreign Ministry",
// "Pacifica Law Group".
var placeBodyHeads = setOf("forum", "initiative", "council", "commission", "committee", "agency", "foundation",
	"institute", "association", "corporation", "company", "party", "network", "alliance", "coalition", "partnership",
	"organization", "organisation", "administration", "authority", "bureau", "board", "department", "ministry",
	"division", "directorate", "secretariat", "federation", "group")

// bodyHeadedPlace is the type of a recogniser's place of two or more words
// whose last word only a body's name takes (placeBodyHeads): an
// organisation ("the Indo-Pacific Economic Forum", "the Global
// Counterterrorism Forum"); else typ.
func bodyHeadedPlace(name string, typ ner.Type) ner.Type {
	if typ != ner.Place || !strings.Contains(name, " ") || !ner.InLower(placeBodyHeads, lastField(name)) {
		return typ
	}
	return ner.Organization
}

// chamberCommittee: the organisation's name opens with a legislative
// chamber's word and holds a committee's: a committee of the chamber, a
// government body ("the House Foreign Affairs Committee", "House
// Committee on Transportation and Infrastructure"), which the name's words
// alone typed other where the Senate's were typed by a list.
func chamberCommittee(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || !chamberName(first) {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if ner.InLower(committeeWords, w) {
			return true
		}
	}
	return false
}

// committeeWords head a legislature's committee.
var committeeWords = setOf("committee", "committees", "subcommittee")

// legalSuffixes follow a business's name after a comma or a space ("Showa
// Best Glove, Inc.", "Bailey Glasser LLP"); "Co." only with its full stop,
// so that "Co-Chair" after a name is no suffix.
var legalSuffixes = setOf("inc", "corp", "llc", "llp", "ltd", "plc", "pllc")

// bodyApposHeads head an appositive that says what a body is ("Lifebox, a
// nonprofit organization making surgery safer", "Millicom, a
// telecommunications company that"); companyApposHeads are a business's.
var (
	companyApposHeads = setOf("company", "firm", "corporation", "manufacturer", "maker", "producer", "retailer",
		"startup", "start-up", "conglomerate", "airline", "bank", "supplier", "distributor", "publisher", "broadcaster",
		"developer", "consultancy")
	bodyApposHeads = unionOf(companyApposHeads, setOf("nonprofit", "non-profit", "not-for-profit", "organization",
		"organisation", "group", "network", "foundation", "charity", "coalition", "association", "institute",
		"newspaper", "outlet", "agency"))
)

// apposEnds may follow an appositive's head where the head ends its noun
// phrase ("a company that", "an organization dedicated to", "a firm."), so
// that a head word that modifies a person's noun ("a union organizer", "a
// bank teller", "a network engineer") says nothing.
var apposEnds = setOf("that", "which", "who", "whose", "with", "in", "of", "and", "for", "based", "focused", "dedicated",
	"founded", "funded", "owned", "making", "representing", "providing", "headquartered", "working", "serving",
	"specializing", "devoted", "committed", "known", "operating", "helping", "supporting", "created", "formed",
	"established", "led", "run", "from", "to")

// apposStops end the search for an appositive's head: a second article or
// a preposition or clause word before any head ("a member of the group",
// "an honor recognizing a select group") makes the head no longer the
// appositive's.
var apposStops = setOf("a", "an", "the", "of", "for", "in", "with", "and", "to", "at", "on", "that", "who", "which", "by")

// bodyAppositive: the name ending at byte end of text is a body's, by what
// follows it: a business's legal suffix ("Showa Best Glove, Inc.",
// "Lowenstein Sandler LLP"), or an appositive whose head names a body
// ("Giffords, a nonprofit organization dedicated to …", "Elcatex, a
// Honduras-based apparel manufacturer owned …"). company says whether it
// is a business's. A place the text sets after "in" is the place of the
// body named before it ("Open Door Center in Valley City, a non-profit
// corporation"), and stays.
func bodyAppositive(text string, start, end int) (ok, company bool) {
	rest := text[end:]
	if legalSuffix(rest) {
		return true, true
	}
	after, found := strings.CutPrefix(rest, ", a ")
	if !found {
		if after, found = strings.CutPrefix(rest, ", an "); !found {
			return false, false
		}
	}
	if strings.HasSuffix(text[:start], " in ") {
		return false, false
	}
	words := strings.Fields(after[:min(len(after), 120)])
	for i, w := range words[:min(len(words), 7)] {
		bare := strings.TrimRight(w, ",.;:)—–")
		lower := strings.ToLower(bare)
		if bodyApposHeads[lower] {
			next := ""
			if i+1 < len(words) {
				next = strings.ToLower(strings.TrimRight(strings.TrimSuffix(words[i+1], "’s"), ",.;:)—–"))
			}
			switch {
			case bare != w || apposEnds[next]:
				return true, companyApposHeads[lower]
			case bodyApposHeads[next]:
				continue // "a nonprofit organization", "a non-profit corporation"
			}
			return false, false
		}
		if apposStops[lower] || bare != w {
			return false, false
		}
	}
	return false, false
}

// legalSuffix: rest opens with a business's legal suffix after a comma or
// a space, a word of its own ("Inc.", "LLP"; "Co." with its full stop).
func legalSuffix(rest string) bool {
	rest = strings.TrimPrefix(rest, ",")
	rest, found := strings.CutPrefix(rest, " ")
	if !found {
		return false
	}
	w, after := leadingWord(rest) // "Co-Chair" is one word
	if w == "Co" {
		return strings.HasPrefix(after, ".")
	}
	return w != "" && legalSuffixes[strings.ToLower(w)] && unicode.IsUpper(rune(w[0]))
}

// appositiveBodies are the names of spans that a body's appositive or
// legal suffix follows (bodyAppositive), cleaned as the names the
// recogniser's spans give, so that every mention of such a name in the
// article is the body's ("Johnson & Johnson, a company that …" and the
// article's other "Johnson & Johnson"); nil where none.
func appositiveBodies(text string, spans []ner.Span) map[string]bool {
	var out map[string]bool
	for _, sp := range spans {
		if ok, _ := bodyAppositive(text, sp.Start, sp.End); ok {
			if out == nil {
				out = map[string]bool{}
			}
			out[cleanEntityName(text[sp.Start:sp.End])] = true
		}
	}
	return out
}
