package extract

import (
	"slices"
	"strings"

	"newsgraph/gazetteer"
	"newsgraph/loader/extract/ner"
)

// clericalStyles open a cleric's name and are no part of it ("Rabbi Dara
// Frimmer", "Bishop Leah Daughtry"). Unlike honorifics they do not end a
// name they follow, since some are surnames too ("Julie Bishop").
var clericalStyles = setOf("rabbi", "bishop", "archbishop", "imam", "pastor")

// clericalStyleAt: token i is a clerical style before a capitalised word,
// so a name starts after it; a bare "Bishop" ("Minister Bishop said") is
// the surname.
func (d *doc) clericalStyleAt(i, limit int) bool {
	t := &d.toks[i]
	return clericalStyles[t.key] && t.cap && i+1 < limit && d.toks[i+1].cap && d.toks[i+1].kind == tokWord
}

// nameCoreStart is where the name of mention m starts past the styles it
// opens with, which are no part of the name a mention spans ("Honorable
// Linda Thomas-Greenfield", "Rev. Samuel E. Lathem", "Imam Mohamed
// Magid"); a style alone stays as it is.
func (d *doc) nameCoreStart(m personMention) int {
	k := m.t0
	for k+1 < m.t1 && d.toks[k].cap && (honorifics[d.toks[k].key] || clericalStyles[d.toks[k].key]) {
		k++
	}
	return k
}

// personalStyles are the styles a private person's name takes as well as an
// official's: a degree's, a cleric's, a knight's.
var personalStyles = unionOf(clericalStyles, setOf("dr.", "dr", "rev.", "rev", "reverend", "cardinal", "sir", "dame",
	"prof.", "professor"))

// styledNameStart is where the name of mention m starts after a personal
// style ("Dr. Martin Luther King Jr.", "Rev. Dr. Amos Brown", "Rabbi Dara
// Frimmer"), whether the mention holds the style or follows it; ok is false
// where no such style stands before the name.
func (d *doc) styledNameStart(m personMention) (start int, ok bool) {
	start = m.t0
	for start < m.t1 && (honorifics[d.toks[start].key] || clericalStyles[d.toks[start].key]) {
		ok = ok || personalStyles[d.toks[start].key]
		start++
	}
	if start == m.t0 && m.t0 > 0 {
		ok = personalStyles[d.toks[m.t0-1].key] && d.toks[m.t0-1].cap
	}
	return start, ok && start < m.t1
}

// styledPerson is a person entity read from a name after a personal style.
type styledPerson struct {
	name   string
	t0, t1 int
}

// styledPeople are the full names after a personal style that no official
// took (styledNameStart): a style says a person follows, official or not
// ("Dr. Randy Hamilton", "Reverend Al Sharpton", "Cardinal Joseph Zen
// Ze-kiun"), which the recogniser often misses, and a place's name inside
// it ("Hamilton", "Hamburg") is the surname. A name with an organisation's
// word or ending on a plural is a thing named after a person ("Dr. Seuss
// Characters").
func styledPeople(d *doc, r *resolver, nBody int) []styledPerson {
	var out []styledPerson
	for mi := 0; mi < nBody; mi++ {
		if pi := r.mentionOf[mi]; pi >= 0 && r.people[pi].official {
			continue
		}
		m := r.mentions[mi]
		t0, ok := d.styledNameStart(m)
		if !ok || m.inTitle || !strings.Contains(m.name, " ") || !d.personNameWords(t0, m.t1) {
			continue
		}
		out = append(out, styledPerson{name: d.styledNameText(t0, m.t1), t0: t0, t1: m.t1})
	}
	return out
}

// styledNameText is the name of tokens [t0, t1) as the recogniser gives
// one, initials kept ("Meghan L. O’Sullivan", so that the recogniser's
// "Meghan L. O’Sullivan" elsewhere is the same person) and a suffix left
// out.
func (d *doc) styledNameText(t0, t1 int) string {
	for t1 > t0+1 && (nameSuffixTok[d.toks[t1-1].key] || d.toks[t1-1].text == ",") {
		t1--
	}
	return cleanEntityName(d.text[d.toks[t0].start:d.toks[t1-1].end])
}

// personNameWords: tokens [t0, t1) read as a whole person's name: no
// organisation's word, no word in capitals ("Dr. Rob Davidson MD", a
// degree), no plural common word at the end ("Dr. Seuss Characters"), and
// no capitalised word right after it, which an office word cut off ("Dr.
// Martin Luther King", whose "King" ends the name read; the recogniser
// gives him whole).
func (d *doc) personNameWords(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if t := &d.toks[k]; orgWords[t.key] || t.upper && len(t.text) > 1 && t.kind == tokWord && !strings.HasSuffix(t.text, ".") {
			return false
		}
	}
	if t1 < len(d.toks) && d.toks[t1].cap && d.toks[t1].kind == tokWord && d.toks[t1].sent == d.toks[t0].sent {
		return false
	}
	last := d.toks[t1-1].key
	return !(strings.HasSuffix(last, "s") && gazetteer.IsCommonWord(strings.TrimSuffix(last, "s")))
}

// withStyledPeople adds to the recogniser's people each styled person it
// has no person over (as if it had found the name), so that the name's
// surname alone resolves to it as to the recogniser's own; a place or
// organisation it read over the name gives way ("Grand Ayatollah Sistani").
func withStyledPeople(d *doc, people, others []recognisedName, styled []styledPerson) ([]recognisedName, []recognisedName) {
	for _, p := range styled {
		start, end := d.toks[p.t0].start, d.toks[p.t1-1].end
		over := func(f recognisedName) bool { return f.sp.Start < end && f.sp.End > start }
		if slices.ContainsFunc(people, over) {
			continue
		}
		others = slices.DeleteFunc(others, over)
		people = append(people, recognisedName{sp: ner.Span{Start: start, End: end, Type: ner.Person}, name: p.name})
	}
	return people, others
}

// insideStyled: the lists' span sp lies inside a styled person's name.
func insideStyled(sp span, people []styledPerson) bool {
	for _, p := range people {
		if sp.t0 >= p.t0 && sp.t1 <= p.t1 {
			return true
		}
	}
	return false
}
