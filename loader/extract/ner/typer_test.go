package ner

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// A name's typer features are pooled over its mentions: the words around
// each mention are there, once each, and a name's own words whatever
// mention they come from.
func TestTyperFeaturesPoolEveryMention(t *testing.T) {
	const text = "They live in Devon now. Devon said nothing."
	toks := Tokenize(text)
	info := docInfo(toks, nil)
	at := func(w string, from int) int {
		for k := from; k < len(toks); k++ {
			if toks[k].Text == w {
				return k
			}
		}
		t.Fatalf("no %q after token %d", w, from)
		return -1
	}
	first := at("Devon", 0)
	second := at("Devon", first+1)
	one := typerFeatures(info, []mentionRange{{first, first + 1}}, nil)
	both := typerFeatures(info, []mentionRange{{first, first + 1}, {second, second + 1}}, nil)
	if !slices.IsSorted(both) || len(slices.Compact(slices.Clone(both))) != len(both) {
		t.Errorf("pooled features not sorted and distinct: %v", both)
	}
	in := mix(mix(tfCtx, 99), info[first-1].word)     // "in" before the first mention
	said := mix(mix(tfCtx, 101), info[second+1].word) // "said" after the second
	for _, c := range []struct {
		name string
		fs   []uint64
		f    uint64
		want bool
	}{
		{"the first mention's word before, alone", one, in, true},
		{"the second mention's word after, alone", one, said, false},
		{"the first mention's word before, pooled", both, in, true},
		{"the second mention's word after, pooled", both, said, true},
		{"the name's head, pooled", both, mix(tfHead, info[first].word), true},
	} {
		if got := slices.Contains(c.fs, c.f); got != c.want {
			t.Errorf("%s: present %v, want %v", c.name, got, c.want)
		}
	}
}

// The gold names of a text are grouped by their words, each with every
// mention and the type most of them have.
func TestNamesOfGoldGroupsMentionsByWords(t *testing.T) {
	toks := Tokenize("Anna Berg met Berg in Oslo . Anna Berg left Oslo .")
	gold := []uint8{tagBPer, tagIPer, tagO, tagBPer, tagO, tagBPlace, tagO, tagBPer, tagIPer, tagO, tagBOrg, tagO}
	if len(toks) != len(gold) {
		t.Fatalf("%d tokens, %d tags", len(toks), len(gold))
	}
	groups, types := namesOfGold(toks, gold)
	want := []struct {
		ms []mentionRange
		t  Type
	}{
		{[]mentionRange{{0, 2}, {7, 9}}, Person},
		{[]mentionRange{{3, 4}}, Person},
		{[]mentionRange{{5, 6}, {10, 11}}, Place}, // a tie: the first type in order, person, place, organisation
	}
	if len(groups) != len(want) {
		t.Fatalf("%d names, want %d: %v", len(groups), len(want), groups)
	}
	for g, w := range want {
		if !slices.Equal(groups[g], w.ms) || types[g] != w.t {
			t.Errorf("name %d: %v %v, want %v %v", g, groups[g], types[g], w.ms, w.t)
		}
	}
}

// typerDocs are texts where a made-up name's type shows only in the words
// around it: "in X" and "X's streets" a place, "X said" and "Mr X" a person.
func typerDocs() []Doc {
	var docs []Doc
	add := func(text string, names ...Span) { docs = append(docs, Doc{Text: text, Names: names}) }
	places := []string{"Quorra", "Belvane", "Tressick", "Ondor", "Marrowby", "Felstane"}
	people := []string{"Alvik", "Brennard", "Costow", "Dunmere", "Elsky", "Farrant"}
	for i := range places {
		p, q := places[i], people[i]
		t1 := "We drove to " + p + " and stayed in " + p + " for a week."
		add(t1, Span{strings.Index(t1, p), strings.Index(t1, p) + len(p), Place, false},
			Span{strings.LastIndex(t1, p), strings.LastIndex(t1, p) + len(p), Place, false})
		t2 := q + " said the plan was late, and " + q + " told the council."
		add(t2, Span{0, len(q), Person, false}, Span{strings.LastIndex(t2, q), strings.LastIndex(t2, q) + len(q), Person, false})
	}
	return docs
}

// The typer learns a name's type from the words around its mentions, and
// the model file keeps it: the decoded model scores as the trained one.
func TestTyperLearnsContextAndSurvivesEncoding(t *testing.T) {
	docs := typerDocs()
	m, _ := Train(docs, TrainOptions{Bits: 12, Epochs: 5, MinCount: 1, Typer: &TyperOptions{Bits: 12, Epochs: 10}})
	if m.typer == nil {
		t.Fatal("no typer trained")
	}
	score := func(m *Model, text string, s, e int) [numTypes]float32 {
		toks := Tokenize(text)
		info := docInfo(toks, nil)
		return m.typer.scores(typerFeatures(info, []mentionRange{{s, e}}, nil))
	}
	// new names in the training contexts
	place := score(m, "We drove to Zentor and stayed.", 3, 4)
	person := score(m, "Yallop said the plan was late.", 0, 1)
	if !(place[Place-1] > place[Person-1]) {
		t.Errorf("\"drove to Zentor\": scores %v, want place above person", place)
	}
	if !(person[Person-1] > person[Place-1]) {
		t.Errorf("\"Yallop said\": scores %v, want person above place", person)
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf, 0); err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if m2.typer == nil {
		t.Fatal("decoded model has no typer")
	}
	got := score(m2, "We drove to Zentor and stayed.", 3, 4)
	for k := range got {
		if d := got[k] - place[k]; d > 1e-3 || d < -1e-3 {
			t.Errorf("decoded typer's scores %v, trained %v", got, place)
			break
		}
	}
	for _, d := range docs {
		if df := diff(m.Find(d.Text), m2.Find(d.Text)); df != "" {
			t.Errorf("decoded model differs on %q:\n%s", d.Text, df)
		}
	}
}

// A name the tagger gave one type takes the typer's when the tagger's
// evidence for the types is level, and keeps the tagger's when its evidence
// leads by more than the typer's scores weigh.
func TestTyperRetypesANameByItsScoresBesideTheEvidence(t *testing.T) {
	m, _ := Train(typerDocs(), TrainOptions{Bits: 12, Epochs: 5, MinCount: 1, Typer: &TyperOptions{Bits: 12, Epochs: 10}})
	const text = "We drove to Zentor and stayed in Zentor for a week."
	tests := []struct {
		name string
		lead float32 // the person's lead in the tagger's evidence at each mention
		want Type
	}{
		{"level evidence: the typer's place", 0, Place},
		{"a large lead for the tagger's person", 1000, Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(text)
			info := docInfo(toks, nil)
			tags := make([]uint8, len(toks))
			for k, tok := range toks {
				if tok.Text == "Zentor" {
					tags[k] = tagBPer
					info[k].begin = [Organization]float32{tt.lead, 0, 0}
				}
			}
			spans := spansOf(toks, info, tags, m.typer)
			if len(spans) != 2 {
				t.Fatalf("%d spans, want 2: %v", len(spans), spans)
			}
			for _, sp := range spans {
				if sp.Type != tt.want {
					t.Errorf("%s at %d: %v, want %v", text[sp.Start:sp.End], sp.Start, sp.Type, tt.want)
				}
			}
		})
	}
}
