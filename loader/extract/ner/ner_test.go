package ner

import (
	"bytes"
	"fmt"
	"math"
	"reflect"
	"testing"
)

// diff says how got differs from want, or "" when they are equal.
func diff(want, got any) string {
	if reflect.DeepEqual(want, got) {
		return ""
	}
	return fmt.Sprintf("want %q\n got %q", want, got)
}

func TestTokenizeSplitsPossessivesAndKeepsAbbreviations(t *testing.T) {
	tests := []struct {
		text  string
		words []string
		sents []bool
	}{
		{"U.S. President Donald Trump's visit.", []string{"U.S.", "President", "Donald", "Trump", "'s", "visit", "."},
			[]bool{true, false, false, false, false, false, false}},
		{"Mr. Key met Dr. J. Smith. He left", []string{"Mr.", "Key", "met", "Dr.", "J.", "Smith", ".", "He", "left"},
			[]bool{true, false, false, false, false, false, false, true, false}},
		{"AT&T and Côte d'Ivoire\n\n\"Quoted\" line", []string{"AT&T", "and", "Côte", "d'Ivoire", "\"", "Quoted", "\"", "line"},
			[]bool{true, false, false, false, true, true, false, false}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text)
		var words []string
		var sents []bool
		for _, tok := range toks {
			if tt.text[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q has range [%d,%d) holding %q", tt.text, tok.Text, tok.Start, tok.End, tt.text[tok.Start:tok.End])
			}
			words = append(words, tok.Text)
			sents = append(sents, tok.SentStart)
		}
		if d := diff(tt.words, words); d != "" {
			t.Errorf("Tokenize(%q) words :\n%s", tt.text, d)
		}
		if d := diff(tt.sents, sents); d != "" {
			t.Errorf("Tokenize(%q) sentence starts :\n%s", tt.text, d)
		}
	}
}

// spansFromTags checks the reading of tags into name cores, apart from the model.
func TestSpansAreNameCores(t *testing.T) {
	tests := []struct {
		name string
		text string
		tags []uint8
		want []string
	}{
		{"title and possessive left out", "U.S. President Donald Trump's visit",
			[]uint8{tagBOrg, tagIOrg, tagIOrg, tagIOrg, tagIOrg, tagO}, []string{"person Donald Trump"}},
		{"determiner left out", "in the United States today",
			[]uint8{tagO, tagBPlace, tagIPlace, tagIPlace, tagO}, []string{"place United States"}},
		{"nationality adjective is no mention", "Afghan officials said",
			[]uint8{tagBPlace, tagO, tagO}, nil},
		{"honorific gives a person", "Later Mr Key said so",
			[]uint8{tagO, tagO, tagO, tagO, tagO}, []string{"person Key"}},
		{"a stray inside tag starts a name", "met Tom Cruise",
			[]uint8{tagO, tagIPer, tagIPer}, []string{"person Tom Cruise"}},
		{"a recurring name is found again, with the majority type when the evidence is equal", "Later Fort Lee grew. Near Fort Lee and Fort Lee and Fort Lee",
			[]uint8{tagO, tagBPlace, tagIPlace, tagO, tagO, tagO, tagBPlace, tagIPlace, tagO, tagBPer, tagIPer, tagO, tagO, tagO},
			[]string{"place Fort Lee", "place Fort Lee", "place Fort Lee", "place Fort Lee"}},
		{"a person's surname alone is found later", "Then Rick Santorum spoke. Later a Santorum cocktail sold",
			[]uint8{tagO, tagBPer, tagIPer, tagO, tagO, tagO, tagO, tagO, tagO, tagO},
			[]string{"person Rick Santorum", "person Santorum"}},
		{"a surname that also ends a place's name is no evidence", "Then Jack London wrote. Later East London grew. In London now",
			[]uint8{tagO, tagBPer, tagIPer, tagO, tagO, tagO, tagBPlace, tagIPlace, tagO, tagO, tagO, tagO, tagO},
			[]string{"person Jack London", "place East London"}},
		{"a surname beside another capitalised word is left alone", "Then Rick Santorum spoke. Later Santorum Love sold",
			[]uint8{tagO, tagBPer, tagIPer, tagO, tagO, tagO, tagO, tagO, tagO},
			[]string{"person Rick Santorum"}},
		{"the short form of a lower-case term is no name", "Its sea surface salinity (SSS) fell. Then SSS rose",
			[]uint8{tagO, tagO, tagO, tagO, tagO, tagBOrg, tagO, tagO, tagO, tagO, tagBOrg, tagO}, nil},
		{"a short form with a digit too", "Research on a second language (L2) grows. L2 learners",
			[]uint8{tagO, tagO, tagO, tagO, tagO, tagO, tagBPlace, tagO, tagO, tagO, tagBOrg, tagO}, nil},
		{"the short form of a capitalised name stays a name", "The National Science Foundation (NSF) said. Then NSF paid",
			[]uint8{tagO, tagBOrg, tagIOrg, tagIOrg, tagO, tagBOrg, tagO, tagO, tagO, tagO, tagBOrg, tagO},
			[]string{"organization National Science Foundation", "organization NSF", "organization NSF"}},
		{"a short form whose letter begins no word before is left alone", "Its mean value (ABC) fell. Then ABC rose",
			[]uint8{tagO, tagO, tagO, tagO, tagBOrg, tagO, tagO, tagO, tagO, tagBOrg, tagO},
			[]string{"organization ABC", "organization ABC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.text)
			if len(toks) != len(tt.tags) {
				t.Fatalf("%d tokens, %d tags", len(toks), len(tt.tags))
			}
			var got []string
			for _, sp := range spansOf(toks, docInfo(toks, nil), tt.tags, nil) {
				got = append(got, sp.Type.String()+" "+tt.text[sp.Start:sp.End])
			}
			if d := diff(tt.want, got); d != "" {
				t.Errorf("spans:\n%s", d)
			}
		})
	}
}

// ShiftOutside lowers tag O's score by the shift wherever features are
// read, ShiftBegin that of beginning a name of its type; each leaves every
// other tag's score and the model it came from as they were.
func TestShiftsLowerOnlyTheirTag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	info := docInfo(Tokenize("Later Rick Santorum met officials of Acme Corp in Paris."), nil)
	for _, c := range []struct {
		name  string
		shift func(*Model, float32) *Model
		tag   int
	}{
		{"outside", (*Model).ShiftOutside, tagO},
		{"begin organisation", func(m *Model, d float32) *Model { return m.ShiftBegin(Organization, d) }, 2*int(Organization) - 1},
		{"begin person", func(m *Model, d float32) *Model { return m.ShiftBegin(Person, d) }, 2*int(Person) - 1},
	} {
		for _, d := range []float32{0, 2.5, -4} {
			shifted := c.shift(m, d)
			for i := range info {
				fs := staticFeatures(info, i, nil)
				before, after := m.score(fs), shifted.score(fs)
				for tag := range before {
					want := before[tag]
					if tag == c.tag {
						want -= d
					}
					if math.Abs(float64(after[tag]-want)) > 1e-3 {
						t.Errorf("%s, shift %g, token %d, tag %d: score %g, want %g", c.name, d, i, tag, after[tag], want)
					}
				}
				if again := m.score(fs); again != before {
					t.Errorf("%s, shift %g changed the original model's scores at token %d", c.name, d, i)
				}
			}
		}
	}
}

func TestHeadlineOnlyNamesAreUncertain(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Zorblax Quantum Widgets Announce Merger\n\nThe merger was announced on Monday in Paris."
	for _, sp := range m.Find(text) {
		if sp.Start < len("Zorblax Quantum Widgets Announce Merger") && !sp.Uncertain {
			t.Errorf("headline span %q is not marked uncertain", text[sp.Start:sp.End])
		}
		if text[sp.Start:sp.End] == "Paris" && sp.Uncertain {
			t.Errorf("body span Paris is marked uncertain")
		}
	}
}

func TestEmbeddedModelFindsNewsNames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "U.S. President Donald Trump's visit to the United States was criticised by Afghan officials. " +
		"NASA and the Democratic Party met Tom Cruise in New York on Monday."
	var got []string
	for _, sp := range m.Find(text) {
		got = append(got, sp.Type.String()+" "+text[sp.Start:sp.End])
	}
	// "U.S." is a mention of its own: the country, apart from the person
	want := []string{"place U.S.", "person Donald Trump", "place United States", "organization NASA",
		"organization Democratic Party", "person Tom Cruise", "place New York"}
	if d := diff(want, got); d != "" {
		t.Errorf("Find:\n%s", d)
	}
}

func TestModelSurvivesEncoding(t *testing.T) {
	docs := []Doc{
		{Text: "Anna Berg lives in Oslo. She works for Statoil.", Names: []Span{{0, 9, Person, false}, {19, 23, Place, false}, {39, 46, Organization, false}}},
		{Text: "Oslo is cold. Anna Berg left Statoil.", Names: []Span{{0, 4, Place, false}, {14, 23, Person, false}, {29, 36, Organization, false}}},
	}
	m, st := Train(docs, TrainOptions{Bits: 12, Epochs: 5, MinCount: 1})
	if st.Names != 6 || st.Misaligned != 0 {
		t.Errorf("training stats %+v, want 6 aligned names", st)
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf, 0); err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if df := diff(m.Find(d.Text), m2.Find(d.Text)); df != "" {
			t.Errorf("decoded model differs on %q:\n%s", d.Text, df)
		}
	}
	if _, err := Decode([]byte("not gzip")); err == nil {
		t.Error("Decode of garbage: no error")
	}
}

// The ASCII fast paths of the word hashes give the hashes of the rune-by-rune
// version, so a model's features do not depend on which path ran.
func TestWordHashFastPathsMatchRunes(t *testing.T) {
	for _, w := range []string{"", "a", "Ab", "THE", "U.S.", "Thomas-Greenfield", "AT&T", "x9", "O'Neil", "Zürich", "İstanbul", "ÉCOLE", "naïve"} {
		h, pre, suf := lowerHash(w)
		rh, rpre, rsuf := lowerHashRunes(w)
		if h != rh || pre != rpre || suf != rsuf {
			t.Errorf("lowerHash(%q) = %x %x %x, rune by rune %x %x %x", w, h, pre, suf, rh, rpre, rsuf)
		}
		if got := wordHash(w); got != rh {
			t.Errorf("wordHash(%q) = %x, want %x", w, got, rh)
		}
	}
}

// A name written the same way takes the type its mentions give the most
// evidence for (each mention's begin scores, as decode sets them), not the
// type most of its mentions were tagged with; equal evidence leaves the count.
func TestNameTakesTheTypeWithTheMostEvidence(t *testing.T) {
	const text = "Elsevier sold. Then Elsevier grew. Then Elsevier won. Then Elsevier lost"
	tags := []uint8{tagBOrg, tagO, tagO, tagO, tagBPer, tagO, tagO, tagO, tagBPer, tagO, tagO, tagO, tagBPer, tagO}
	// begin scores at each mention's first token: person, place, organisation
	sure := func(t Type, lead float32) [Organization]float32 {
		var b [Organization]float32
		b[t-1] = lead
		return b
	}
	tests := []struct {
		name  string
		begin [4][Organization]float32 // of the four mentions, in order
		want  string
	}{
		{"one sure organisation outweighs three hesitant people",
			[4][Organization]float32{sure(Organization, 30), sure(Person, 5), sure(Person, 5), sure(Person, 5)}, "organization"},
		{"three sure people outweigh one hesitant organisation",
			[4][Organization]float32{sure(Organization, 5), sure(Person, 30), sure(Person, 30), sure(Person, 30)}, "person"},
		{"equal evidence leaves the type most mentions have",
			[4][Organization]float32{}, "person"},
		{"a type no mention was given is not chosen",
			[4][Organization]float32{sure(Place, 99), sure(Place, 99), sure(Place, 99), sure(Place, 99)}, "person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(text)
			if len(toks) != len(tags) {
				t.Fatalf("%d tokens, %d tags", len(toks), len(tags))
			}
			info := docInfo(toks, nil)
			m := 0
			for k, tag := range tags {
				if tag != tagO {
					info[k].begin = tt.begin[m]
					m++
				}
			}
			spans := spansOf(toks, info, tags, nil)
			if len(spans) != 4 {
				t.Fatalf("%d spans, want 4", len(spans))
			}
			for _, sp := range spans {
				if got := sp.Type.String(); got != tt.want {
					t.Errorf("%s at %d: %s, want %s", text[sp.Start:sp.End], sp.Start, got, tt.want)
				}
			}
		})
	}
}

// A cluster's path becomes bits, its first step the lowest, so that the low
// bits name the coarse clusters; each word form keeps its own case.
func TestReadClustersKeepsPathsAndCase(t *testing.T) {
	m := readClusters("0110\tLondon Paris\n0110101\tSmith\n1\tnevertheless\n")
	for _, tt := range []struct {
		word string
		want uint32
		ok   bool
	}{
		{"London", 0b0110, true},
		{"Paris", 0b0110, true},
		{"Smith", 0b1010110, true},
		{"nevertheless", 1, true},
		{"Nevertheless", 0, false},
		{"london", 0, false},
	} {
		got, ok := m[strHash(tt.word)]
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: cluster %b (%v), want %b (%v)", tt.word, got, ok, tt.want, tt.ok)
		}
	}
}

// The embedded general-English clusters put places with places and given
// names with given names at a coarse grain, which is what the features read.
func TestGeneralClustersGroupLikeWords(t *testing.T) {
	info := docInfo(Tokenize("London and Paris, Mary and John, Weehawken and Teterboro."), nil)
	cluster := map[string]uint32{}
	for _, x := range info {
		cluster[x.text] = x.genClus
	}
	for _, pair := range [][2]string{{"London", "Paris"}, {"Mary", "John"}, {"Weehawken", "Teterboro"}} {
		a, b := cluster[pair[0]], cluster[pair[1]]
		if a == 0 || a&0x3f != b&0x3f {
			t.Errorf("%s %b and %s %b: not in one cluster of 6 steps", pair[0], a, pair[1], b)
		}
	}
	if a, b := cluster["London"], cluster["Mary"]; a&0x3f == b&0x3f {
		t.Errorf("London %b and Mary %b in one cluster of 6 steps", a, b)
	}
}
