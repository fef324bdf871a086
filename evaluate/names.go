package evaluate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/gazetteer"
)

// nameSuffixes are generational suffixes dropped from the end of a name.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "jnr": true, "snr": true, "ii": true, "iii": true, "iv": true}

// nameTokens folds a name to the words that identify the person: lower case,
// accents folded (gazetteer.Fold), apostrophes dropped ("O'Brien" = "OBrien"), other
// punctuation (hyphens, dots, commas) splitting words, trailing suffixes
// removed, and single-letter words between the first and the last removed as
// middle initials. A leading initial stays ("J. Biden" is not "Biden"), and so
// does a one-word name, so a surname never grows into a match by folding.
func nameTokens(name string) []string {
	var b strings.Builder
	for _, r := range gazetteer.Fold(strings.ToLower(name)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining accent of decomposed input ("e\u0301"): drop it
		case r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '`':
			// apostrophes join: "O'Brien", "N’Diaye"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	toks := strings.Fields(b.String())
	for len(toks) > 1 && nameSuffixes[toks[len(toks)-1]] {
		toks = toks[:len(toks)-1]
	}
	if len(toks) > 2 {
		kept := toks[:1]
		for _, t := range toks[1 : len(toks)-1] {
			if utf8.RuneCountInString(t) > 1 {
				kept = append(kept, t)
			}
		}
		toks = append(kept, toks[len(toks)-1])
	}
	return toks
}

// NormalizeName returns the folded form of a person's name that exact matching
// compares: "Joseph R. Biden, Jr." gives "joseph biden".
func NormalizeName(name string) string { return strings.Join(nameTokens(name), " ") }

// MatchRule says how a predicted name was matched to a gold one. Rules are
// tried from the strictest, so a match carries the strictest rule that holds.
type MatchRule int

const (
	NoMatch   MatchRule = iota
	Exact               // same words in the same order, after folding
	WordOrder           // same words in another order ("Jinping Xi")
	Surname             // same last word, first words agree on two letters ("Joe"/"Joseph")
)

func (m MatchRule) String() string {
	switch m {
	case Exact:
		return "exact"
	case WordOrder:
		return "word-order"
	case Surname:
		return "surname+first-two-letters"
	}
	return "none"
}

// normName is a name with its folded forms precomputed.
type normName struct {
	raw    string
	toks   []string
	key    string // words in order
	sorted string // words sorted, for the word-order rule
}

func newNormName(raw string) normName {
	t := nameTokens(raw)
	s := slices.Clone(t)
	slices.Sort(s)
	return normName{raw: raw, toks: t, key: strings.Join(t, " "), sorted: strings.Join(s, " ")}
}

// satisfies reports whether names a and b match under rule r exactly (not a
// stricter or looser one).
func satisfies(a, b normName, r MatchRule) bool {
	if a.key == "" || b.key == "" {
		return false // an empty name is nobody
	}
	switch r {
	case Exact:
		return a.key == b.key
	case WordOrder:
		return a.sorted == b.sorted
	case Surname:
		// Both need a first name and a surname: a surname alone never matches.
		if len(a.toks) < 2 || len(b.toks) < 2 || a.toks[len(a.toks)-1] != b.toks[len(b.toks)-1] {
			return false
		}
		fa, fb := []rune(a.toks[0]), []rune(b.toks[0])
		return len(fa) >= 2 && len(fb) >= 2 && fa[0] == fb[0] && fa[1] == fb[1]
	}
	return false
}

// matchRules is the order in which the greedy one-to-one matching tries rules.
var matchRules = []MatchRule{Exact, WordOrder, Surname}

// ruleFor returns the strictest rule under which a and b match, or NoMatch.
func ruleFor(a, b normName) MatchRule {
	for _, r := range matchRules {
		if satisfies(a, b, r) {
			return r
		}
	}
	return NoMatch
}

// NamesMatch reports whether two names denote the same person under the
// guidelines' rules, and by which rule.
func NamesMatch(gold, predicted string) MatchRule {
	return ruleFor(newNormName(gold), newNormName(predicted))
}

// nameMatch is one gold↔predicted pairing found by matchNames.
type nameMatch struct {
	gold, pred int
	rule       MatchRule
}

// matchNames pairs gold and predicted names one-to-one: a greedy pass per rule
// from the strictest, so an exact match is never stolen by a looser one (with
// "Joseph Biden" and "Joe Biden" both predicted, gold "Joe Biden" takes the
// exact one and "Joseph Biden" is spurious).
// Within a pass both sides go in input order.
func matchNames(gold, pred []normName) []nameMatch {
	gUsed := make([]bool, len(gold))
	pUsed := make([]bool, len(pred))
	var out []nameMatch
	for _, r := range matchRules {
		for gi := range gold {
			if gUsed[gi] {
				continue
			}
			for pi := range pred {
				if !pUsed[pi] && satisfies(gold[gi], pred[pi], r) {
					gUsed[gi], pUsed[pi] = true, true
					out = append(out, nameMatch{gi, pi, r})
					break
				}
			}
		}
	}
	return out
}
