package extract

import (
	"strings"

	"newsgraph/gazetteer"
	"newsgraph/loader/extract/ner"
)

// A court case is named by its parties ("Roe v. Wade", "Dobbs v. Jackson
// Women’s Health Organization", "Griswold vs. Connecticut"), and then often
// by one of them alone ("if Roe is overturned", "the Dobbs decision").
// GUM types the parties people, but the texts tell of the ruling, not of
// Jane Roe or Thomas Dobbs: a person node "Roe" would tie 48 open articles
// on abortion rights to no one (ents37: "Roe" a person in 37 open articles
// and a place in 11, "Dobbs" a person in 17, "Wade" in 13, "Griswold" in 8).
// So the graph holds no person or place for a name the text writes as a
// case's party, nor for the two cases the open corpus names by one party
// alone in texts that never write "v." (Roe in 11 articles, Dobbs in 10):
// the recogniser's spans are left as they are, only the entities go.

// caseParties are the names of the recogniser's spans that stand as a
// party of a case in text: just before "v.", "vs." or "v" and a
// capitalised word, or just after a capitalised word and one of them.
func caseParties(text string, spans []ner.Span) map[string]bool {
	var out map[string]bool
	for _, sp := range spans {
		if versusAfter(text[sp.End:]) || versusBefore(text[:sp.Start]) {
			if out == nil {
				out = map[string]bool{}
			}
			out[cleanEntityName(text[sp.Start:sp.End])] = true
		}
	}
	return out
}

// versusWords join a case's parties.
var versusWords = []string{"v.", "vs.", "v", "vs"}

// versusAfter: rest starts with a space, a versus word, a space and a
// capital letter ("␣v. Wade").
func versusAfter(rest string) bool {
	for _, v := range versusWords {
		if r, ok := strings.CutPrefix(rest, " "+v+" "); ok {
			return leadingUpper(r)
		}
	}
	return false
}

// versusBefore: head ends with a capitalised word, a space, a versus word
// and a space ("Roe v.␣").
func versusBefore(head string) bool {
	for _, v := range versusWords {
		if h, ok := strings.CutSuffix(head, " "+v+" "); ok {
			return leadingUpper(lastField(h))
		}
	}
	return false
}

// caseName: a recogniser's person or place of name names a case, not
// someone or somewhere: a party of a case in the text, or a listed short
// form (gazetteer/data/court_cases.tsv: "Roe", "Dobbs") that ends no full
// name of a person in it.
func caseName(name string, parties, surnames map[string]bool) bool {
	return parties[name] || gazetteer.IsCaseShortForm(name) && !surnames[name]
}
