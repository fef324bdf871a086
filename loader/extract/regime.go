package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// "The Assad regime", "the Lukashenka regime", "the Ortega-Murillo regime"
// name the rulers by their surnames: GUIDELINES.md names every person, and
// the dev gold records such a phrase as the person (Alexander Lukashenko,
// BY, role null; batch AA's Bashar al-Assad). A word before "regime" that
// no full name of the article takes is a ruler only where the lists hold
// one person in office on the article's date under that surname, in an
// office that heads a state or its government, or as its vice president
// (Rosario Murillo). A demonym, a country ("the Cuban regime", "the DPRK
// regime") is a phrase of the gazetteer, no name; a law ("the Magnitsky
// regime"), a past ruler ("the Somoza regime") or a surname the lists
// hold for several people that day ("the Castro regime", "the Kim regime")
// names no one.

// rulerOffices are the lists' roles of a state's rulers.
var rulerOffices = setOf("president", "prime minister", "premier", "chancellor", "vice president", "supreme leader",
	"monarch", "king", "queen", "emir", "sultan")

// regimeAfter: the one-word name ending before token e is followed by
// "regime" (or "regimes"), itself or after a possessive.
func (d *doc) regimeAfter(e int) bool {
	if e < len(d.toks) && d.toks[e].key == "'s" {
		e++
	}
	return e < len(d.toks) && (d.toks[e].key == "regime" || d.toks[e].key == "regimes")
}

// regimeMentions are the mentions of the surnames [i, e) before "regime"
// ("Assad"; "Ortega" and "Murillo" of "Ortega-Murillo"; "al-Assad" is one
// surname), nil where the name is no such word.
func (d *doc) regimeMentions(i, e int, name string, rank bool) []personMention {
	if rank || strings.Contains(name, " ") || !d.regimeAfter(e) {
		return nil
	}
	parts := strings.Split(name, "-")
	if len(parts) > 2 || withoutArticleSurname(name) {
		parts = []string{name}
	}
	var out []personMention
	for _, w := range parts {
		if len(w) < 2 || !leadingUpper(w) {
			return nil
		}
		out = append(out, personMention{t0: i, t1: e, name: w, sent: d.toks[i].sent, inTitle: d.inTitle, regime: true})
	}
	return out
}

// withoutArticleSurname: the hyphened name opens with an Arabic article
// ("al-Assad", "El-Sisi").
func withoutArticleSurname(name string) bool {
	head, _, ok := strings.Cut(strings.ToLower(name), "-")
	return ok && (head == "al" || head == "el")
}

// regimeRuler is the one person the lists hold in office on the article's
// date under the surname (or under it with an Arabic article, "al-Assad"),
// where that person holds a ruler's office (rulerOffices) of a state.
func (r *resolver) regimeRuler(surname string) (gazetteer.Official, bool) {
	cands := r.activeOfficials(surname)
	if len(cands) == 0 {
		for _, o := range gazetteer.OfficialsBySurnameWithoutArticle(surname) {
			if o.ActiveOn(r.date) {
				cands = append(cands, o)
			}
		}
	}
	if _, ok := onePerson(cands); !ok {
		return gazetteer.Official{}, false
	}
	rules := officialsWhere(cands, func(o gazetteer.Official) bool {
		_, state := gazetteer.CountryByCode(o.Country)
		return state && rulerOffices[strings.ToLower(o.Role)]
	})
	if len(rules) == 0 {
		return gazetteer.Official{}, false
	}
	return homeRealm(rules, r.named), true
}

// resolveRegime attaches the regime mention mi to the ruler the lists
// hold under its word w (regimeRuler), with the ruler's country and no
// role; no one where the lists hold none.
func (r *resolver) resolveRegime(mi int, w string, byKey map[string]int) {
	o, ok := r.regimeRuler(w)
	if !ok {
		return
	}
	m := &r.mentions[mi]
	m.strong = true
	pi := r.listedPerson(o, byKey)
	r.attach(mi, pi)
	r.fillCountry(pi, o.Country)
}
