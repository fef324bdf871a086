package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/gazetteer"
	"newsgraph/loader/extract/ner"
)

// The recogniser types some organisations as people or places (issue 11,
// ents11's samples: the commonest wrong type left): armed and political
// movements ("the Taliban" a person in 54 open articles and a place in 33),
// news outlets named as sources ("Wall Street Journal" a place in 38) and
// companies named bare ("Moderna", "Twitter"). No cue after decoding tells
// them from a person or a place, so the gazetteer lists them, each form
// with the node's name and the organisation's type
// (gazetteer/data/orgs_named.tsv); a company the text marks ("biotech
// company Moderna", "Mayer Brown LLP", "Ford’s CEO") needs no row
// (companyByCue).

// listedOrgFor is the listed organisation a recogniser's name is
// (gazetteer.NamedOrgByForm), unless it is the last word of a person's full
// name the recogniser finds in the same text ("Bloomberg" where Michael
// Bloomberg is named).
func listedOrgFor(name string, surnames map[string]bool) (gazetteer.NamedOrg, bool) {
	o, ok := gazetteer.NamedOrgByForm(name)
	if !ok || surnames[name] {
		return gazetteer.NamedOrg{}, false
	}
	return o, true
}

// personSurnames are the last words of the recogniser's people of more
// than one word: a listed form that ends one is that person's surname.
func personSurnames(text string, spans []ner.Span) map[string]bool {
	s := map[string]bool{}
	for _, sp := range spans {
		if sp.Type != ner.Person {
			continue
		}
		if w := strings.Fields(text[sp.Start:sp.End]); len(w) > 1 {
			s[w[len(w)-1]] = true
		}
	}
	return s
}

// companyByCue: a person or place of the recogniser that the text marks as
// a business, by its last word ("Mayer Brown LLP", "Gap Inc.", "Nestlé
// S.A."), by "company" or "firm" just before it on its line ("biotech
// company Moderna", "A leading financial firm, Moody’s") or "company"
// just after ("the Nord Stream company"), or by its CEO ("Ford’s CEO"). A
// CEO before the name is the person's title ("CEO Kirill Dmitriev").
func companyByCue(text string, start, end int, name string) bool {
	last := lastField(name)
	if last == "" {
		return false
	}
	if companyWords[strings.ToLower(last)] {
		return true
	}
	line := text[max(0, start-40):start]
	if k := strings.LastIndexByte(line, '\n'); k >= 0 {
		line = line[k+1:]
	}
	if w := strings.TrimSuffix(lastField(line), ","); strings.EqualFold(w, "company") || strings.EqualFold(w, "firm") {
		return true
	}
	after := text[end:min(len(text), end+20)]
	if strings.EqualFold(strings.Trim(nthField(after, 0), ",."), "company") {
		return true
	}
	possessive := strings.HasPrefix(text[end:], "’s") || strings.HasPrefix(text[end:], "'s")
	return possessive && strings.EqualFold(strings.Trim(nthField(after, 1), ",."), "ceo")
}

// lastField is the last of strings.Fields(s), "" if none: companyByCue
// reads one word of a name and of the text either side of it per
// recognised span, and splitting them all cost 2% of Extract.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

// nthField is strings.Fields(s)[n], "" if s has no more than n fields.
func nthField(s string, n int) string {
	for {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			return ""
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		if n == 0 {
			return s[:end]
		}
		s, n = s[end:], n-1
	}
}

// newsCountry is the code of the country a recogniser's name writes, if
// the gazetteer holds it as the news's form of a country ("Korea", the
// typo "United State": gazetteer/data/countries_news.tsv) and no "of"
// follows it ("United State of Women").
func newsCountry(text string, end int, name string) (string, bool) {
	cc, ok := gazetteer.NewsCountryCode(name)
	if !ok || strings.HasPrefix(strings.TrimLeft(text[end:], " "), "of ") {
		return "", false
	}
	return cc, true
}

// retyped is the type a recogniser's span of name takes: a country's news
// form is a place (then the country: addRecognisedOthers), a person in a
// county list a place (countylist.go), and a listed organisation, a
// state's body or a person or place the text marks as a business an
// organisation.
func retyped(text string, sp ner.Span, name string, surnames map[string]bool) ner.Type {
	if _, ok := newsCountry(text, sp.End, name); ok {
		return ner.Place
	}
	if sp.Type == ner.Organization {
		return sp.Type
	}
	if sp.Type == ner.Person && inCountyList(text, sp.Start) {
		return ner.Place // "the counties of … Richland, and Roosevelt"
	}
	if _, ok := listedOrgFor(name, surnames); ok || stateBody(name) || companyByCue(text, sp.Start, sp.End, name) {
		return ner.Organization
	}
	return sp.Type
}

// stateBody: a person or place of the recogniser named as a US federal
// body (usbodies.go) or a state's body the lists know ("Federal Reserve",
// 29 open articles a place; gazetteer/data/bodies_typed.tsv), but for the
// buildings that stand for their tenants and are places where things
// happen ("at the White House", "the Pentagon", "the Kremlin").
func stateBody(name string) bool {
	b, typed := gazetteer.TypedBodyNamed(name)
	if typed && b.Building {
		return false
	}
	return isUSBody(usBodyName(name)) || typed && b.Type == OrgGovernment
}
