package extract

import "newsgraph/gazetteer"

// placesInNames marks the listed places (by index in d.spans) that are a
// word of a longer name: a person's the resolver found ("Douglas Emhoff",
// "Marc R. Stanley") or a capitalised run ("Morgan Stanley", "the Stanley
// Cup", "Marjory Stoneman Douglas High School"). Such a word names no town
// (health41: 32 open records of "Douglas" and "Stanley", most wrong). A place
// the article also names on its own ("in Douglas, Arizona") keeps every
// mention.
func placesInNames(d *doc, r *resolver, nBody int) []bool {
	in := make([]bool, len(d.spans))
	free := map[string]bool{} // places the article names outside any name
	var people *personTokens  // built at the first place: most articles name few
	for i, sp := range d.spans {
		if sp.phrase.Kind != gazetteer.KindPlace {
			continue
		}
		if people == nil {
			people = newPersonTokens(len(d.toks), r, nBody)
		}
		in[i] = people.overlaps(sp) || inCapitalisedRun(d, sp) && !besidePerson(d, sp, people)
		if !in[i] {
			free[sp.phrase.Code] = true
		}
	}
	for i, sp := range d.spans {
		if in[i] && free[sp.phrase.Code] {
			in[i] = false
		}
	}
	return in
}

// personTokens marks, by token, the body mentions the resolver gave a
// person, so that each place asks in time linear in its own length, not in
// the article's mentions (a 10 MB article was quadratic here).
type personTokens struct {
	inside []bool // token is a word of such a mention
	starts []bool // such a mention begins at the token
}

func newPersonTokens(nToks int, r *resolver, nBody int) *personTokens {
	p := &personTokens{inside: make([]bool, nToks+1), starts: make([]bool, nToks+1)}
	for mi := 0; mi < nBody && mi < len(r.mentions); mi++ {
		if r.mentionOf[mi] < 0 {
			continue
		}
		m := &r.mentions[mi]
		for t := m.t0; t < m.t1 && t < nToks; t++ {
			p.inside[t] = true
		}
		if m.t0 <= nToks {
			p.starts[m.t0] = true
		}
	}
	return p
}

// overlaps: the span overlaps a body mention the resolver gave a person.
func (p *personTokens) overlaps(sp span) bool {
	for t := sp.t0; t < sp.t1 && t < len(p.inside); t++ {
		if p.inside[t] {
			return true
		}
	}
	return false
}

// besidePerson: a person's name the resolver found begins right after a
// place that a lower-case word opens ("Governor of Colorado Jared Polis"), so
// the capitals after it are that person's name, not the place's. A place
// that opens the run ("Victoria Reggie Kennedy") is the name's first word.
func besidePerson(d *doc, sp span, people *personTokens) bool {
	if sp.t0 == 0 || d.toks[sp.t0-1].kind != tokWord || d.toks[sp.t0-1].cap {
		return false
	}
	return sp.t1 < len(people.starts) && people.starts[sp.t1]
}

// inCapitalisedRun: a capitalised word of a name joins the span on either
// side in its sentence. A month, a weekday, another listed name ("Paris,
// France" is no run, nor "Warsaw Poland") or a place's own head word ("Jackson
// County") joins nothing.
func inCapitalisedRun(d *doc, sp span) bool {
	sent := d.toks[sp.t0].sent
	return sp.t0 > 0 && joinsName(d, sp.t0-1, sent, true) || sp.t1 < len(d.toks) && joinsName(d, sp.t1, sent, false)
}

// joinsName: the token at i, beside a place, is a word of a longer name.
func joinsName(d *doc, i, sent int, before bool) bool {
	t := d.toks[i]
	if t.sent != sent || t.kind != tokWord || !t.cap {
		return false
	}
	if d.spanAt[i] >= 0 || notNameWords[t.key] {
		return false
	}
	if _, ok := monthByName[t.key]; ok {
		return false
	}
	if _, ok := weekdayByName[t.key]; ok {
		return false
	}
	if before {
		// a sentence's first word is capitalised anyway; "Southern California",
		// "Embassy Kabul" still name the place
		return i > d.sents[sent].t0 && !placeOpeners[t.key]
	}
	return !placeHeadWords[t.key] && !roleHeads[t.key] && !placeModifies[t.key] // "Washington Governor Jay Inslee"
}

// placeHeadWords end a place's own longer name, which stays a place.
var placeHeadWords = setOf("county", "city", "province", "state", "island", "islands", "region", "district",
	"oblast", "governorate", "prefecture", "parish", "valley", "bay", "harbor", "harbour", "port", "airport")

// placeOpeners before a place name a part of it or a mission there.
var placeOpeners = setOf("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
	"northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater", "downtown", "embassy",
	"consulate", "general", "mission")

// placeModifies: words after a place that tell of its people, no name.
var placeModifies = setOf("democrat", "democrats", "republican", "republicans", "acting", "assemblymember",
	"surgeon", "lt.", "lieutenant")

// notNameWords are capitalised words that start no name beside a place.
var notNameWords = setOf("in", "at", "to", "from", "of", "and", "the", "on", "for", "by", "with", "near", "outside",
	"via", "during", "after", "before", "since", "former", "is", "was", "route")
