package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/gazetteer"
	"newsgraph/loader/extract/ner"
)

// soleOfficialBySurname is the name of the one official the lists hold in
// office on the article's date under a surname the recogniser found alone,
// starting at byte start of the text, where no full name of the article
// takes it ("the Putin government", "Putin's War": Vladimir Putin, not a
// stub "Putin" that a query for Putin finds first); "" where it may be
// someone else:
//   - a word that is many people's name (ner.CommonPersonWord: "Simon",
//     "Ford", "Collins");
//   - two people of that surname in office, unless one alone holds a top
//     office ("Biden": Joe Biden, not the First Lady; "Lavrov": Sergey
//     Lavrov, not a deputy finance minister);
//   - an official of a state the article does not name ("Talon has agreed"
//     in a release on a steel union is no President of Benin);
//   - a title before it that is no word of the official's office
//     ("Foreign Minister Osmani" is not Kosovo's President Osmani).
func (r *resolver) soleOfficialBySurname(d *doc, word string, start int) string {
	if strings.ContainsAny(word, " -.") || !leadingUpper(word) || ner.CommonPersonWord(word) {
		return ""
	}
	o, ok := r.surnameHolder(word)
	if !ok || !r.stateNamed(o.Country) {
		return ""
	}
	if t := officeWordBefore(d, start); t != "" && !slices.Contains(strings.Fields(strings.ToLower(o.Role)), t) {
		return ""
	}
	return commonName(o.Name)
}

// surnameHolder is the one person in office under the surname, or the one
// of several who holds a top office (topRoles).
func (r *resolver) surnameHolder(surname string) (gazetteer.Official, bool) {
	cands := r.activeOfficials(surname)
	if o, ok := onePerson(cands); ok {
		return o, true
	}
	return onePerson(officialsWhere(cands, func(o gazetteer.Official) bool { return topRoles[strings.ToLower(o.Role)] }))
}

// stateNamed: the official is the US's (the corpus's releases are), an
// organisation's, or of a state the article names.
func (r *resolver) stateNamed(cc string) bool {
	if cc == "US" || r.named[cc] {
		return true
	}
	if _, org := gazetteer.OrgByCode(cc); org {
		return true // "EU": Borrell's is a union, not a state the text must name
	}
	_, isState := gazetteer.CountryByCode(cc)
	return !isState
}

// officeWordBefore is the capitalised word just before byte start in its
// sentence, in lower case ("minister" of "Minister Lavrov"), unless it is
// a courtesy title ("Dr. Walensky", "Mr. Klain"); "" if there is none.
func officeWordBefore(d *doc, start int) string {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= start })
	if i == 0 || i >= len(d.toks) || d.toks[i-1].sent != d.toks[i].sent {
		return ""
	}
	prev := d.toks[i-1].text
	if !leadingUpper(prev) || courtesyTitles[strings.ToLower(prev)] {
		return ""
	}
	return strings.ToLower(prev)
}

var courtesyTitles = setOf("mr.", "ms.", "mrs.", "dr.", "mr", "ms", "mrs", "dr", "mx.")

func leadingUpper(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(c)
}
