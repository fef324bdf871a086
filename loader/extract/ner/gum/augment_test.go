package gum

import (
	"slices"
	"strings"
	"testing"

	"newsgraph/loader/extract/ner"
)

// docOf is a document whose names are the marked parts of a text:
// "[P Rick Santorum] visited [L São Paulo]." (P person, L place, O
// organisation).
func docOf(t *testing.T, marked string) Doc {
	t.Helper()
	types := map[byte]ner.Type{'P': ner.Person, 'L': ner.Place, 'O': ner.Organization}
	var b strings.Builder
	var names []ner.Span
	for {
		i := strings.IndexByte(marked, '[')
		if i < 0 {
			b.WriteString(marked)
			break
		}
		j := strings.IndexByte(marked, ']')
		b.WriteString(marked[:i])
		start := b.Len()
		b.WriteString(marked[i+3 : j])
		names = append(names, ner.Span{Start: start, End: b.Len(), Type: types[marked[i+1]]})
		marked = marked[j+1:]
	}
	return Doc{ID: "d", Genre: "news", Text: b.String(), Names: names}
}

// marked writes a document back as docOf reads it.
func marked(d Doc) string {
	letter := map[ner.Type]string{ner.Person: "P", ner.Place: "L", ner.Organization: "O"}
	var b strings.Builder
	prev := 0
	for _, n := range d.Names {
		b.WriteString(d.Text[prev:n.Start])
		b.WriteString("[" + letter[n.Type] + " " + d.Text[n.Start:n.End] + "]")
		prev = n.End
	}
	b.WriteString(d.Text[prev:])
	return b.String()
}

func TestReplaceNamesMovesOffsetsAndKeepsTypes(t *testing.T) {
	cases := []struct {
		name, in string
		repl     map[nameKey]string
		want     string
	}{
		{"nothing replaced is the same text",
			"[P Rick Santorum] spoke in [L Iowa].", nil,
			"[P Rick Santorum] spoke in [L Iowa]."},
		{"a longer name moves the names after it",
			"[L Iowa] and [L Ohio] voted.", map[nameKey]string{{"Iowa", ner.Place}: "New South Wales"},
			"[L New South Wales] and [L Ohio] voted."},
		{"a shorter name, every mention alike",
			"[O Computing Research Association] data; the [O Computing Research Association] said so.",
			map[nameKey]string{{"Computing Research Association", ner.Organization}: "CRA"},
			"[O CRA] data; the [O CRA] said so."},
		{"the same text of another type is left alone",
			"[P Chandler] lives in [L Chandler].", map[nameKey]string{{"Chandler", ner.Place}: "Mesa"},
			"[P Chandler] lives in [L Mesa]."},
		{"bytes, not letters: a name with accents",
			"From [L São Paulo] to [L Bogotá], [P Zoë] flew.",
			map[nameKey]string{{"São Paulo", ner.Place}: "Lima", {"Zoë", ner.Person}: "Ángela Muñoz"},
			"From [L Lima] to [L Bogotá], [P Ángela Muñoz] flew."},
		{"names at the text's edges",
			"[P Ostrom]", map[nameKey]string{{"Ostrom", ner.Person}: "Coase"},
			"[P Coase]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := docOf(t, c.in)
			if got := marked(replaceNames(d, c.repl)); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
			if got := marked(d); got != c.in {
				t.Errorf("the document itself changed: %s", got)
			}
		})
	}
}

// TestReplaceNamesKeepsANameInsideAnotherOnlyWithIt: GUM marks places
// inside names ("Trinity College, Cambridge" and its "Cambridge"); the
// inner name moves with the outer one, and goes where that is replaced.
// Names that cross are copied as they are, since moving one would cut the
// other.
func TestReplaceNamesKeepsANameInsideAnotherOnlyWithIt(t *testing.T) {
	inner := func(text string, outer ner.Span, from, to int) Doc {
		return Doc{Text: text, Names: []ner.Span{outer, {Start: from, End: to, Type: ner.Place}}}
	}
	college := ner.Span{Start: 3, End: 29, Type: ner.Organization}
	d := inner("At Trinity College, Cambridge, he read.", college, 20, 29)
	cases := []struct {
		name string
		d    Doc
		repl map[nameKey]string
		want Doc
	}{
		{"the outer name kept, the inner moves with it", d,
			map[nameKey]string{{"Cambridge", ner.Place}: "Oxford", {"At", ner.Place}: "x"}, d},
		{"an earlier name replaced moves both",
			Doc{Text: "Byron: " + d.Text, Names: []ner.Span{{Start: 0, End: 5, Type: ner.Person}, {Start: 10, End: 36, Type: ner.Organization}, {Start: 27, End: 36, Type: ner.Place}}},
			map[nameKey]string{{"Byron", ner.Person}: "Lord Byron"},
			Doc{Text: "Lord Byron: " + d.Text, Names: []ner.Span{{Start: 0, End: 10, Type: ner.Person}, {Start: 15, End: 41, Type: ner.Organization}, {Start: 32, End: 41, Type: ner.Place}}}},
		{"the outer name replaced takes the inner with it", d,
			map[nameKey]string{{"Trinity College, Cambridge", ner.Organization}: "Eton"},
			Doc{Text: "At Eton, he read.", Names: []ner.Span{{Start: 3, End: 7, Type: ner.Organization}}}},
		{"crossing names are left alone",
			Doc{Text: "New York City", Names: []ner.Span{{Start: 0, End: 8, Type: ner.Place}, {Start: 4, End: 13, Type: ner.Place}}},
			map[nameKey]string{{"New York", ner.Place}: "Boston"},
			Doc{Text: "New York City", Names: []ner.Span{{Start: 0, End: 8, Type: ner.Place}, {Start: 4, End: 13, Type: ner.Place}}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := replaceNames(c.d, c.repl)
			if got.Text != c.want.Text || !slices.Equal(got.Names, c.want.Names) {
				t.Errorf("got %q %v, want %q %v", got.Text, got.Names, c.want.Text, c.want.Names)
			}
		})
	}
}

func TestAugmentReplacesAPersonsSurnameAsItsFullName(t *testing.T) {
	docs := []Doc{
		docOf(t, "[P Rick Santorum] won; the [P Santorum] cocktail."),
		docOf(t, "[P Elinor Ostrom] and [P Douglass North] spoke."),
	}
	given, surnames := []string{"Ada", "Bo"}, []string{"Lee", "Moss", "Park"}
	for seed := range uint64(20) {
		for _, cp := range Augment(docs, AugmentOptions{Copies: 1, Rate: 1, Census: 0.5, Seed: seed}, given, surnames)[:1] {
			full, short := cp.Text[cp.Names[0].Start:cp.Names[0].End], cp.Text[cp.Names[1].Start:cp.Names[1].End]
			if ws := strings.Fields(full); full == "Rick Santorum" || ws[len(ws)-1] != short {
				t.Errorf("seed %d: %q then %q", seed, full, short)
			}
		}
	}
}

// TestAugmentDrawsFromTheDocumentsOwnNamesOfTheSameType checks every copy
// of the GUM training part: the text between names is the original's, each
// name keeps its type, and a replaced name is one of the documents' own
// names of that type or, for people, made of the census lists or the last
// word of one of the documents' people.
func TestAugmentDrawsFromTheDocumentsOwnNamesOfTheSameType(t *testing.T) {
	all, err := Read("../testdata/gum-open.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	train, _ := Split(all)
	given, surnames := ner.CensusNames()
	census := map[string]bool{}
	for _, w := range slices.Concat(given, surnames) {
		census[w] = true
	}
	pool := poolOf(train, nil, nil)
	for _, p := range pool.byType[ner.Person] { // a surname alone follows its full name
		census[p[strings.LastIndexByte(p, ' ')+1:]] = true
	}
	opt := AugmentOptions{Copies: 2, Rate: 0.5, Census: 0.5, Seed: 7}
	copies := Augment(train, opt, given, surnames)
	if len(copies) != 2*len(train) {
		t.Fatalf("%d copies of %d documents", len(copies), len(train))
	}
	replaced := 0
	for i, cp := range copies {
		d := outerOnly(train[i%len(train)])
		cp = outerOnly(cp)
		if len(cp.Names) != len(d.Names) || between(cp) != between(d) {
			t.Fatalf("copy %s: names or the text between them changed", cp.ID)
		}
		for k, n := range cp.Names {
			text, orig := cp.Text[n.Start:n.End], d.Text[d.Names[k].Start:d.Names[k].End]
			if n.Type != d.Names[k].Type {
				t.Fatalf("copy %s: %q became %q of another type", cp.ID, orig, text)
			}
			if text == orig {
				continue
			}
			replaced++
			if !slices.Contains(pool.byType[n.Type], text) && !(n.Type == ner.Person && madeOf(text, census)) {
				t.Errorf("copy %s: %q became %q, no %v of the documents", cp.ID, orig, text, n.Type)
			}
		}
	}
	if replaced == 0 {
		t.Error("no name was replaced")
	}
}

// outerOnly is a document without the names inside another.
func outerOnly(d Doc) Doc {
	var names []ner.Span
	for _, n := range d.Names {
		if len(names) == 0 || n.Start >= names[len(names)-1].End {
			names = append(names, n)
		}
	}
	d.Names = names
	return d
}

// between is a document's text with each name cut to a mark.
func between(d Doc) string {
	var b strings.Builder
	prev := 0
	for _, n := range d.Names {
		b.WriteString(d.Text[prev:n.Start] + "\x00")
		prev = n.End
	}
	return b.String() + d.Text[prev:]
}

// madeOf reports whether every word of a name is on the lists.
func madeOf(name string, lists map[string]bool) bool {
	for _, w := range strings.Fields(name) {
		if !lists[w] {
			return false
		}
	}
	return true
}

func TestAugmentMakesNoCopiesUnasked(t *testing.T) {
	docs := []Doc{docOf(t, "[P Ostrom] spoke.")}
	if got := Augment(docs, AugmentOptions{Rate: 1}, nil, nil); got != nil {
		t.Errorf("got %d copies", len(got))
	}
}

// TestAugmentIsReproducible: the same seed gives the same copies, another
// seed others.
func TestAugmentIsReproducible(t *testing.T) {
	all, err := Read("../testdata/gum-open.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	train, _ := Split(all)
	opt := AugmentOptions{Copies: 1, Rate: 0.5, Seed: 3}
	a, b := Augment(train, opt, nil, nil), Augment(train, opt, nil, nil)
	opt.Seed = 4
	c := Augment(train, opt, nil, nil)
	same := func(x, y []Doc) bool {
		return slices.EqualFunc(x, y, func(p, q Doc) bool { return p.Text == q.Text && slices.Equal(p.Names, q.Names) })
	}
	if !same(a, b) || same(a, c) {
		t.Errorf("seed 3 twice the same: %v; seeds 3 and 4 the same: %v", same(a, b), same(a, c))
	}
}

func TestAugmentReplacesOnlyTheTypesAsked(t *testing.T) {
	docs := []Doc{
		docOf(t, "[P Ada Lovelace] of [O Acme] in [L Aberdeen]."),
		docOf(t, "[P Bo Diddley] of [O Bosch] in [L Bremen]."),
	}
	for _, typ := range []ner.Type{ner.Person, ner.Place, ner.Organization} {
		changed := 0
		for i, cp := range Augment(docs, AugmentOptions{Copies: 4, Rate: 1, Types: []ner.Type{typ}}, nil, nil) {
			d := docs[i%len(docs)]
			for k, n := range cp.Names {
				text, orig := cp.Text[n.Start:n.End], d.Text[d.Names[k].Start:d.Names[k].End]
				switch {
				case n.Type != typ && text != orig:
					t.Errorf("%v asked: %v %q became %q", typ, n.Type, orig, text)
				case text != orig:
					changed++
				}
			}
		}
		if changed == 0 {
			t.Errorf("%v asked: none replaced", typ)
		}
	}
}

func TestParseTypes(t *testing.T) {
	cases := []struct {
		list string
		want []ner.Type
		err  bool
	}{
		{"person", []ner.Type{ner.Person}, false},
		{"place, organization", []ner.Type{ner.Place, ner.Organization}, false},
		{"people", nil, true},
	}
	for _, c := range cases {
		got, err := ParseTypes(c.list)
		if (err != nil) != c.err || !slices.Equal(got, c.want) {
			t.Errorf("ParseTypes(%q) = %v, %v", c.list, got, err)
		}
	}
}
