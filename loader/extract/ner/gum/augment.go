package gum

import (
	"math/rand/v2"
	"slices"
	"strings"

	"newsgraph/loader/extract/ner"
)

// AugmentOptions set mention replacement, the data augmentation of Dai and
// Adel (2020, "An Analysis of Simple Data Augmentation for Named Entity
// Recognition") that train-ner's -augment options try: copies of the
// training documents in which names are replaced by other names of the
// same type, so that the model sees each context with more names and
// learns less of the names themselves.
type AugmentOptions struct {
	Copies int     // copies made of each document; none if 0
	Rate   float64 // the chance that a distinct name of a copy is replaced
	// Census is the chance that a person's replacement is made of the
	// census lists (a surname for a one-word name, a given name and a
	// surname for a longer one) rather than drawn from the documents'
	// own people.
	Census float64
	// Types are the types whose names are replaced; every type if empty.
	Types []ner.Type
	Seed  uint64
}

// nameKey is a name as a document writes it, with its type.
type nameKey struct {
	text string
	typ  ner.Type
}

// namePool is what replacements are drawn from.
type namePool struct {
	byType          map[ner.Type][]string // distinct, in order of first mention
	given, surnames []string
}

// Augment returns opt.Copies copies of each document with names replaced:
// each distinct name of a copy (its text and type) is replaced, with
// chance opt.Rate, by another name of the same type drawn from the
// documents' own names, and every mention of it alike; a one-word person
// that is the last word of a replaced longer person ("Santorum" after
// "Rick Santorum") takes the replacement's last word. Only the documents
// given are read, so a caller that passes a fold's training documents
// never draws on its test documents. The documents are left unchanged.
func Augment(docs []Doc, opt AugmentOptions, given, surnames []string) []Doc {
	if opt.Copies <= 0 {
		return nil
	}
	pool := poolOf(docs, given, surnames)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x61756774))
	var out []Doc
	for c := range opt.Copies {
		for _, d := range docs {
			cp := replaceNames(d, pool.choose(d, opt, rng))
			cp.ID = d.ID + "+" + string(rune('a'+c%26))
			out = append(out, cp)
		}
	}
	return out
}

// poolOf collects the documents' distinct names by type.
func poolOf(docs []Doc, given, surnames []string) namePool {
	p := namePool{byType: map[ner.Type][]string{}, given: given, surnames: surnames}
	seen := map[nameKey]bool{}
	for _, d := range docs {
		for _, n := range d.Names {
			k := nameKey{d.Text[n.Start:n.End], n.Type}
			if !seen[k] {
				seen[k] = true
				p.byType[n.Type] = append(p.byType[n.Type], k.text)
			}
		}
	}
	return p
}

// choose decides the replacements of one copy of d: longer names first, so
// that a one-word person can follow the longer name it shortens.
func (p namePool) choose(d Doc, opt AugmentOptions, rng *rand.Rand) map[nameKey]string {
	var keys []nameKey
	seen := map[nameKey]bool{}
	for _, n := range d.Names {
		k := nameKey{d.Text[n.Start:n.End], n.Type}
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	// stable: the order of first mention within each length
	slices.SortStableFunc(keys, func(a, b nameKey) int { return wordCount(b.text) - wordCount(a.text) })
	repl := map[nameKey]string{}
	var replaced []nameKey // in order, so that a shortened person's choice is reproducible
	for _, k := range keys {
		r, ok := shortenedPerson(k, replaced, repl)
		if !ok && opt.replaces(k.typ) && rng.Float64() < opt.Rate {
			r, ok = p.draw(k, opt.Census, rng)
		}
		if ok {
			repl[k] = r
			replaced = append(replaced, k)
		}
	}
	return repl
}

// replaces reports whether names of type t may be replaced.
func (opt AugmentOptions) replaces(t ner.Type) bool {
	return len(opt.Types) == 0 || slices.Contains(opt.Types, t)
}

// shortenedPerson is the replacement of a one-word person that is the last
// word of a longer person already replaced: the replacement's last word.
func shortenedPerson(k nameKey, replaced []nameKey, repl map[nameKey]string) (string, bool) {
	if k.typ != ner.Person || wordCount(k.text) != 1 {
		return "", false
	}
	for _, long := range replaced {
		ws, rs := strings.Fields(long.text), strings.Fields(repl[long])
		if long.typ == ner.Person && len(ws) > 1 && len(rs) > 0 && ws[len(ws)-1] == k.text {
			return rs[len(rs)-1], true
		}
	}
	return "", false
}

// draw is a replacement for k other than k itself: for a person, with
// chance census, a census name of as many words as k has up to two; else a
// name of k's type from the documents. It fails when there is none.
func (p namePool) draw(k nameKey, census float64, rng *rand.Rand) (string, bool) {
	if k.typ == ner.Person && len(p.surnames) > 0 && len(p.given) > 0 && rng.Float64() < census {
		s := p.surnames[rng.IntN(len(p.surnames))]
		if wordCount(k.text) == 1 {
			return s, s != k.text
		}
		return p.given[rng.IntN(len(p.given))] + " " + s, true
	}
	names := p.byType[k.typ]
	for range 4 {
		if len(names) == 0 {
			break
		}
		if r := names[rng.IntN(len(names))]; r != k.text {
			return r, true
		}
	}
	return "", false
}

// replaceNames is a copy of d with the names repl maps replaced in the text
// and every name's offsets moved to match; types are kept. A name inside
// another ("Cambridge" in "Trinity College, Cambridge") goes with it: kept
// where the outer name is, left out where that is replaced. A document
// with names that cross is copied unchanged.
func replaceNames(d Doc, repl map[nameKey]string) Doc {
	names := slices.Clone(d.Names)
	slices.SortStableFunc(names, func(a, b ner.Span) int { return a.Start - b.Start })
	var b strings.Builder
	var out []ner.Span
	prev := 0
	var outer, moved ner.Span // the last outer name, before and after
	replaced := false
	for _, n := range names {
		if n.Start < outer.End {
			if n.End > outer.End {
				return Doc{ID: d.ID, Genre: d.Genre, Text: d.Text, Names: slices.Clone(d.Names)}
			}
			if !replaced {
				delta := moved.Start - outer.Start
				out = append(out, ner.Span{Start: n.Start + delta, End: n.End + delta, Type: n.Type, Uncertain: n.Uncertain})
			}
			continue
		}
		b.WriteString(d.Text[prev:n.Start])
		text := d.Text[n.Start:n.End]
		r, ok := repl[nameKey{text, n.Type}]
		if ok {
			text = r
		}
		outer, replaced = n, ok
		moved = n
		moved.Start = b.Len()
		b.WriteString(text)
		moved.End = b.Len()
		out = append(out, moved)
		prev = n.End
	}
	b.WriteString(d.Text[prev:])
	return Doc{ID: d.ID, Genre: d.Genre, Text: b.String(), Names: out}
}

// wordCount is how many words separated by spaces a name has.
func wordCount(s string) int { return len(strings.Fields(s)) }
