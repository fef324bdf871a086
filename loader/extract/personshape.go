package extract

import (
	"strings"

	"newsgraph/loader/extract/ner"
)

// Two shapes of a recogniser's person that no person's name takes (ents37's
// sample, people n 22 and n 23, and the open corpus):
//   - a name that ends in a middle initial where a capitalised word goes
//     on ("the Gerald R. Ford School", "the Joseph R. Lentol Post Office",
//     "the John D. and Catherine T. MacArthur Foundation"): the recogniser
//     cut a building's, a body's or an Act's name that a person's name
//     opens, and the person it gives is half a name (34 names in 30 open
//     articles). A name that ends so before a comma or a dash stays
//     ("Kelly O.", a reporter; "Ida B. — Ida B. Wells").
//   - a name whose last word is a body's or a place's head word ("Mohegan
//     Tribe", "George Mason University", "John F. Kennedy Center", "Cobb
//     County"): the whole is that body or place, as GUM types it. Head
//     words that are also surnames ("Hill", "Hall", "Park", "Union") are no
//     evidence ("Anita Hill", "Gabrielle Union").

// namesNoOne: a recogniser's span of name, its type settled, names no
// person or place the graph can hold: a court case (courtcases.go), a
// holiday (holidays.go), or a person's name cut at an initial, a head word
// alone, or a name before a programme's, a prize's or a school's noun
// (namedAfter).
func namesNoOne(text string, sp ner.Span, name string, parties, surnames map[string]bool) bool {
	if sp.Type == ner.Organization {
		return false
	}
	if caseName(name, parties, surnames) || holidayName(text, name, sp.End) {
		return true // "Roe v. Wade", "if Roe is overturned": a ruling; "Eid al-Adha": a day (holidays.go)
	}
	return sp.Type == ner.Person && (cutAtInitial(text, name, sp.End) || headWordAlone(name) || namedAfter(text, sp.End))
}

// namedAfterNouns are things named after a person that the open corpus
// writes with the person's name before a lower-case noun ("the Rangel
// fellowship programs", "the Lombardi trophies", "the Abdul Rahim Shahid
// school", "state Medicaid programs"): 9 open articles, 11 mentions, each a
// programme, a prize or a school and no person (found after ents37's
// second draw). Nouns that are also verbs ("awards", "grants") stay out.
var namedAfterNouns = setOf("school", "fellowship", "fellowships", "program", "programs", "programme", "programmes",
	"trophy", "trophies", "scholarship", "scholarships")

// namedAfter: the word after byte end of text, past one space, is one of
// namedAfterNouns.
func namedAfter(text string, end int) bool {
	rest, ok := strings.CutPrefix(text[end:], " ")
	return ok && namedAfterNouns[strings.TrimRight(nthField(rest, 0), ",.;:")]
}

// cutAtInitial: name, a person's of two or more words, ends in an initial
// ("R.") and the text after the span, past one space, goes on with a
// capitalised word.
func cutAtInitial(text, name string, end int) bool {
	last := lastField(name)
	if len(last) != 2 || last[1] != '.' || last[0] < 'A' || last[0] > 'Z' || !strings.Contains(name, " ") {
		return false
	}
	rest, ok := strings.CutPrefix(text[end:], " ")
	return ok && leadingUpper(rest)
}

// bodyHeads end a body's name and placeHeads a place's, and no person's:
// andHeads without those that are also surnames or a person's ("Union",
// "Court", "Bank", "Guard", "Service"), and the nations of tribes.
var (
	bodyHeads = unionOf(setOf("tribe", "tribes", "nation", "nations", "academy", "federation", "institution"),
		withoutWords(andHeads, "union", "court", "bank", "guard", "service", "services", "league", "trust", "group"))
	placeHeads = setOf("county", "airport", "avenue", "boulevard", "museum", "stadium", "province", "district")
)

// withoutWords is set less words.
func withoutWords(set map[string]bool, words ...string) map[string]bool {
	out := make(map[string]bool, len(set))
	for w := range set {
		out[w] = true
	}
	for _, w := range words {
		delete(out, w)
	}
	return out
}

// surnameHeads are the head words of bodies that are also surnames or a
// person's (andHeads less bodyHeads: "Union", "Court", "Bank"), which the
// guards hold no evidence of a body.
var surnameHeads = func() map[string]bool {
	out := map[string]bool{}
	for w := range andHeads {
		if !bodyHeads[w] {
			out[w] = true
		}
	}
	return out
}()

// guardedType is the type of a recogniser's name that the tagger voted
// (voted) and the span-level typer re-typed (typ): where the tagger gave a
// person and the name's last word is a head word, the head-word rules
// decide it as they decide the tagger's people (headWordType), a body's or
// a place's head word that body or place and a head word that is also a
// surname no evidence, so the person stays. The typer reads the head word
// as evidence of a body ("Gabrielle Union’s I’ll Have Another
// Productions"), which those rules hold it is not. It runs before anything
// reads the types, the widening of organisations over "and" too.
func guardedType(name string, voted, typ ner.Type) ner.Type {
	if voted != ner.Person || typ == ner.Person || !strings.Contains(name, " ") {
		return typ
	}
	last := strings.ToLower(lastField(name))
	if surnameHeads[last] || bodyHeads[last] || placeHeads[last] {
		return headWordType(name, ner.Person)
	}
	return typ
}

// headWordAlone: a one-word name that is a body's or a place's head word
// ("the Tribe’s Council of Elders"), which names no one once the body
// named in full is no person.
func headWordAlone(name string) bool {
	w := strings.ToLower(name)
	return !strings.Contains(name, " ") && (bodyHeads[w] || placeHeads[w])
}

// headWordType is the type of a recogniser's person of two or more words
// whose last word is a body's or a place's head word, else typ.
func headWordType(name string, typ ner.Type) ner.Type {
	if typ != ner.Person || !strings.Contains(name, " ") {
		return typ
	}
	last := strings.ToLower(lastField(name))
	switch {
	case bodyHeads[last]:
		return ner.Organization
	case placeHeads[last]:
		return ner.Place
	}
	return typ
}
