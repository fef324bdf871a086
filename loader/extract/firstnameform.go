package extract

import (
	"slices"
	"strings"

	"newsgraph/gazetteer"
)

// firstNameFit is an official in office whose first name the text's may
// be written for: a listed short form of it ("Dick" of Richard,
// gazetteer/data/first_names_short.tsv) or another form of it sharing its
// first three letters or its ending (firstNameForm: "Tony" of Antony,
// "Jon" of Jonathan, "Elizabeth" of the lists' Liz). inRole: the text's
// title has the office word of the official's role.
type firstNameFit struct {
	name, country  string
	listed, inRole bool
}

// byFirstNameForm is the one matcher for a two-word name whose first name
// is another form of a listed official's ("Tony Blinken", "Senator Dick
// Durbin", "Chris Coons"), so that one official is one node whatever form
// the text uses, and the node carries the lists' name, the name the
// official is commonly known by (the gold's convention; officials_manual.tsv
// names the generated Richard Durbin Dick Durbin, as the texts do). It walks
// the officials in office with that surname once (firstNameFits); role, the
// text's title or "", decides among them (titledFit, untitledFit).
func (r *resolver) byFirstNameForm(name, role string) (string, bool) {
	words := strings.Fields(name)
	if len(words) != 2 {
		return "", false
	}
	fits := r.firstNameFits(words, roleHead(role))
	found, ok := "", false
	if role != "" {
		found, ok = r.titledFit(fits)
	} else {
		found, ok = r.untitledFit(fits, words[0], words[1])
	}
	if !ok {
		return "", false
	}
	return commonName(found), true
}

// firstNameFits walks the officials in office on the article's date whose
// two-word name has the surname words[1] and a first name words[0] may be
// written for, not the same one (the lists' holder of the very name is
// listedName's); the surname as the lists key it ("Isabella Guzmán" is
// Isabel Guzman).
func (r *resolver) firstNameFits(words []string, head string) []firstNameFit {
	text, surname := strings.ToLower(gzFold(words[0])), gazetteer.NameKey(words[1])
	var fits []firstNameFit
	for _, o := range r.activeOfficials(words[1]) {
		ow := strings.Fields(o.Name)
		if len(ow) != 2 || gazetteer.NameKey(ow[1]) != surname {
			continue
		}
		first := strings.ToLower(gzFold(ow[0]))
		if first == text {
			continue
		}
		listed := gazetteer.IsShortFirstName(first, text)
		if !listed && !firstNameForm(text, first) {
			continue
		}
		fits = append(fits, firstNameFit{o.Name, o.Country, listed, head == roleHead(o.Role)})
	}
	return fits
}

// onlyFit is the one official among fits that keep allows; "" where none
// or two are.
func onlyFit(fits []firstNameFit, keep func(firstNameFit) bool) (firstNameFit, bool) {
	var found firstNameFit
	for _, f := range fits {
		if !keep(f) {
			continue
		}
		if found.name != "" && found.name != f.name {
			return firstNameFit{}, false // two officials the form could be
		}
		found = f
	}
	return found, found.name != ""
}

// titledFit: under a title, the one official of that office the form fits
// (Minister Marc Miller is no Representative Mary Miller; two letters are
// too few: Senator Sherrod Brown is no Representative Shontel Brown), else
// the one official whose listed short form it is where the article also
// names the official in full: a list of addressees can lend the name the
// title before it ("Mr. Ischinger, Secretary General, Tony Blinken",
// usdos-315778).
func (r *resolver) titledFit(fits []firstNameFit) (string, bool) {
	if f, ok := onlyFit(fits, func(f firstNameFit) bool { return f.inRole }); ok {
		return f.name, true
	}
	if slices.ContainsFunc(fits, func(f firstNameFit) bool { return f.inRole }) {
		return "", false
	}
	if f, ok := onlyFit(fits, func(f firstNameFit) bool { return f.listed }); ok && r.namesInFull(f.name) {
		return f.name, true
	}
	return "", false
}

// untitledFit: without a title, the one official the form fits, by a
// listed short form ("Jim Risch"), or by shared letters where no other
// official of the surname is in office or the article names the official
// otherwise (onlyHolderOf, namesOfficial: "Chris Coons", "Jerry Nadler");
// not a run glued by a hyphen ("Blinken-Wang Yi"), which a title vouches
// for ("Foreign Minister Eva-Marie Liimets" is Eva-Maria Liimets).
func (r *resolver) untitledFit(fits []firstNameFit, text, surname string) (string, bool) {
	f, ok := onlyFit(fits, func(firstNameFit) bool { return true })
	if !ok || strings.ContainsAny(text, "-]") || !f.listed && !r.onlyHolderOf(surname, f) && !r.namesOfficial(f.name) {
		return "", false
	}
	return f.name, true
}

// titledNamesake is the official who held the mention's title on the
// article's date under another form of the same name (byFirstNameForm),
// where the lists' holder of the very name (listed) held no office of that
// title then: the lists' Representative Robert Menendez took office in 2023,
// and "Senator Robert Menendez" in a 2021 release (whitehouse-25607) is the
// Senator Bob Menendez. The lists' name wins where its holder held the
// title on the date, or the text gives none.
func (r *resolver) titledNamesake(m *personMention, listed []gazetteer.Official) (string, bool) {
	head := roleHead(m.role)
	if !m.strong || head == "" || slices.ContainsFunc(listed, func(o gazetteer.Official) bool { return o.ActiveOn(r.date) && roleHead(o.Role) == head }) {
		return "", false
	}
	return r.byFirstNameForm(m.name, m.role)
}

// onlyHolderOf: the lists hold no official in office on the article's date
// of the fit's country with the surname but the fit. A first name's prefix
// or ending is a weak cue: "Chris Coons" is Senator Christopher Coons, whom
// no other official of that surname shares, but "Charlie Brown" is no
// General Charles Brown, beside four other American Browns in office, nor
// "Christine Hill" Ambassador Christopher Hill. A namesake abroad says
// nothing of how common the surname is where the fit holds office: the
// British ambassador Nigel Casey leaves "Bobby Casey" Senator Bob Casey's.
func (r *resolver) onlyHolderOf(surname string, f firstNameFit) bool {
	for _, o := range r.activeOfficials(surname) {
		if o.Name != f.name && o.Country == f.country && lastField(o.Name) == surname {
			return false
		}
	}
	return true
}

// namesInFull: a mention of the article is the official's listed name or
// one of its listed forms ("Antony J. Blinken").
func (r *resolver) namesInFull(official string) bool {
	for i := range r.mentions {
		if strings.Contains(r.mentions[i].name, " ") && slices.ContainsFunc(r.officialsNamed(r.mentions[i].name), func(o gazetteer.Official) bool { return o.Name == official }) {
			return true
		}
	}
	return false
}

// namesOfficial: the article names the official in full (namesInFull) or
// under a title its other mentions resolve to the official ("Senator
// Murphy" beside "Chris Murphy", whitehouse-55062).
func (r *resolver) namesOfficial(official string) bool {
	return r.namesInFull(official) || slices.ContainsFunc(r.people, func(p *personEntity) bool { return p.official && p.name == official })
}
