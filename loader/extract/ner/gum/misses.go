package gum

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"newsgraph/loader/extract/ner"
)

// Shape is the form of a gold name, for sorting the recogniser's errors by
// kind: the kinds of names it misses call for different features.
type Shape string

// The shapes of names.
const (
	ShapeAcronym   Shape = "acronym"   // one all-caps word of 2-5 letters: "NASA", "U.S."
	ShapeSingle    Shape = "single"    // one word otherwise: "Microsoft"
	ShapeConnected Shape = "connected" // several words, some in lower case: "Church of Scientology"
	ShapeMulti     Shape = "multi"     // several capitalised words: "Environment Canada"
)

// Outcome is what the recogniser gave where a gold name is.
type Outcome string

// The outcomes for a gold name.
const (
	OutcomeRight     Outcome = "right"      // same span and type
	OutcomeWrongType Outcome = "wrong-type" // same span, other type
	OutcomeOverlap   Outcome = "overlap"    // another span over some of its words
	OutcomeNone      Outcome = "none"       // nothing there
)

// Miss is one gold name and what the recogniser gave there.
type Miss struct {
	Text       string
	Type       ner.Type
	Shape      Shape
	Outcome    Outcome
	Got        ner.Type // the predicted type over it, for wrong-type and overlap
	SentStart  bool     // the name opens its sentence
	Possessive bool     // "'s" follows it
	// FoundElsewhere: the same text with the same type is found right at
	// another place in the document; its miss here is one of consistency.
	FoundElsewhere bool
}

// ShapeOf sorts a name's text into a Shape.
func ShapeOf(name string) Shape {
	words := strings.Fields(name)
	if len(words) > 1 {
		for _, w := range words {
			if r := []rune(w)[0]; unicode.IsLower(r) {
				return ShapeConnected
			}
		}
		return ShapeMulti
	}
	letters, uppers := 0, 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
		}
	}
	if letters >= 2 && letters <= 5 && letters == uppers {
		return ShapeAcronym
	}
	return ShapeSingle
}

// Compare lists every gold name of a document with what the recogniser
// gave there (pred, uncertain spans already dropped).
func Compare(text string, gold, pred []ner.Span) []Miss {
	toks := ner.Tokenize(text)
	startsSent := map[int]bool{}
	nextTok := map[int]string{}
	for i, t := range toks {
		startsSent[t.Start] = t.SentStart
		if i+1 < len(toks) {
			nextTok[t.End] = toks[i+1].Text
		}
	}
	type key struct{ start, end int }
	predAt := map[key]ner.Type{}
	rightText := map[string]bool{}
	for _, p := range pred {
		predAt[key{p.Start, p.End}] = p.Type
	}
	for _, g := range gold {
		if t, ok := predAt[key{g.Start, g.End}]; ok && t == g.Type {
			rightText[g.Type.String()+"\x00"+text[g.Start:g.End]] = true
		}
	}
	out := make([]Miss, 0, len(gold))
	for _, g := range gold {
		name := text[g.Start:g.End]
		m := Miss{Text: name, Type: g.Type, Shape: ShapeOf(name), Outcome: OutcomeNone,
			SentStart: startsSent[g.Start], Possessive: isPossessive(nextTok[g.End])}
		if t, ok := predAt[key{g.Start, g.End}]; ok {
			m.Got = t
			m.Outcome = OutcomeWrongType
			if t == g.Type {
				m.Outcome = OutcomeRight
			}
		} else {
			for _, p := range pred {
				if p.Start < g.End && g.Start < p.End {
					m.Outcome, m.Got = OutcomeOverlap, p.Type
					break
				}
			}
		}
		m.FoundElsewhere = m.Outcome != OutcomeRight && rightText[g.Type.String()+"\x00"+name]
		out = append(out, m)
	}
	return out
}

func isPossessive(tok string) bool {
	return tok == "'s" || tok == "’s" || tok == "'" || tok == "’"
}

// MissTable adds up Compare's results by type, shape and outcome.
type MissTable struct {
	counts   map[string]int
	examples map[string][]string
}

// Add counts one document's comparison.
func (t *MissTable) Add(ms []Miss) {
	if t.counts == nil {
		t.counts, t.examples = map[string]int{}, map[string][]string{}
	}
	for _, m := range ms {
		got := string(m.Outcome)
		if m.Outcome == OutcomeWrongType || m.Outcome == OutcomeOverlap {
			got += ":" + m.Got.String()
		}
		keys := []string{
			fmt.Sprintf("%s\t%s\t%s", m.Type, m.Shape, got),
			fmt.Sprintf("%s\t%s\t%s", m.Type, "*", got),
		}
		if m.Outcome != OutcomeRight {
			if m.SentStart {
				keys = append(keys, fmt.Sprintf("%s\t%s\t%s", m.Type, "(sentence start)", "miss"))
			}
			if m.Possessive {
				keys = append(keys, fmt.Sprintf("%s\t%s\t%s", m.Type, "(before 's)", "miss"))
			}
			if m.FoundElsewhere {
				keys = append(keys, fmt.Sprintf("%s\t%s\t%s", m.Type, "(right elsewhere in doc)", "miss"))
			}
		}
		for _, k := range keys {
			t.counts[k]++
		}
		if m.Outcome != OutcomeRight && len(t.examples[keys[0]]) < 8 {
			t.examples[keys[0]] = append(t.examples[keys[0]], m.Text)
		}
	}
}

// String is the table: type, shape, outcome, count, a few examples.
func (t *MissTable) String() string {
	keys := make([]string, 0, len(t.counts))
	for k := range t.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%d\t%s\n", k, t.counts[k], strings.Join(t.examples[k], " | "))
	}
	return b.String()
}
