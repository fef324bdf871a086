package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// titledActorsOff switches titledActors off, for the test that every case
// needs it.
var titledActorsOff = false

// royalTitles go with a given name, not a surname ("Queen Rania", "Crown
// Prince Hussein", "Sheikh Tamim"): an actor whose surname the word is would
// be another person.
var royalTitles = setOf("prince", "princess", "sheikh", "sheikha", "duke", "duchess", "highness", "majesty")

// titledActors resolves an official named by an office and one word that no
// person of the text holds and the officials lists give no holder of
// ("Vice Foreign Minister Carrizo", "Foreign Minister Osmani", "Canal
// Administrator Vásquez"; hosts46): to the one political actor of the
// Phoenix dictionary with that surname whose state the mention's own title
// states ("Paraguayan Foreign Minister Acevedo") or, with none stated, the
// sentence names (a country, a people or a place of it: "Finally, in Ohrid,
// … will meet with Prime Minister Zaev, Foreign Minister Osmani", "visit the
// Panama Canal to speak with Canal Administrator Vásquez"). The lists' own
// official of that surname and a named state stands in the way (the lists
// know the person, under an office the title does not match: "President
// Sánchez" of Spain is its listed Prime Minister), and so do two actors of
// the named states (two Irish Ryans for "Minister Ryan … in Ireland"). A
// word under a monarch's or a royal title is a given name and looks up no
// surname. The mention's other bare mentions of the same word go with it.
func titledActors(body, title *doc, r *resolver, nBody int) {
	if titledActorsOff {
		return
	}
	var byKey map[string]int
	for mi := range r.mentions {
		m := &r.mentions[mi]
		if r.mentionOf[mi] >= 0 || !titledSurnameMention(m) {
			continue
		}
		actors := gazetteer.ActorsBySurname(m.name)
		if len(actors) == 0 {
			continue // most titled words: the cues are read only for a surname some actor goes by
		}
		d := body
		if mi >= nBody {
			d = title
		}
		a, ok := actorOfCue(m.name, actors, mentionCountryCues(d, m))
		if !ok {
			continue
		}
		if byKey == nil {
			byKey = make(map[string]int, len(r.people))
			for pi, p := range r.people {
				byKey[gazetteer.NameKey(p.name)] = pi
			}
		}
		pi := r.listedPerson(gazetteer.Official{Name: actorNameAs(a.Name, m.name), Country: a.Country, Role: m.role}, byKey)
		r.attach(mi, pi)
		r.fillCountry(pi, a.Country)
		key := gazetteer.NameKey(m.name)
		for mj := range r.mentions {
			if r.mentionOf[mj] < 0 && !r.mentions[mj].cut && gazetteer.NameKey(r.mentions[mj].name) == key {
				r.attach(mj, pi)
			}
		}
	}
}

// actorNameAs is the actor's name as the text spells the surname it goes
// by, ending with it ("John Mccain" for "Chairman McCain" is John McCain,
// "Ricaurte Vasquez" Ricaurte Vásquez, and an actor listed as "Ana Gómez
// Ruiz" is "Ana Gómez" for "Minister Gómez": a mother's surname after the
// father's is no part of the common name).
func actorNameAs(name, surname string) string {
	toks := strings.Fields(name)
	k := gazetteer.NameKey(surname)
	for i := len(toks) - 1; i > 0; i-- {
		if gazetteer.NameKey(toks[i]) == k {
			toks[i] = surname
			return strings.Join(toks[:i+1], " ")
		}
	}
	return name
}

// titledSurnameMention: the mention is one word under a title of office
// (not a monarch's or a royal one), whole, and no speaker label or regime.
func titledSurnameMention(m *personMention) bool {
	if !m.strong || m.cut || m.label || m.regime || m.titleRef || strings.Contains(m.name, " ") || len(m.name) < 3 {
		return false
	}
	head := roleHead(m.role)
	if head == "" || monarchTitles[head] || royalTitles[head] {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(m.role)) {
		if royalTitles[w] {
			return false
		}
	}
	return true
}

// mentionCountryCues are the states a titled mention's own words give (its
// title's country), else those its sentence names: countries, peoples and
// places, each place its country.
func mentionCountryCues(d *doc, m *personMention) map[string]bool {
	if m.country != "" {
		return map[string]bool{m.country: true}
	}
	if m.sent < 0 || m.sent >= len(d.sents) {
		return nil
	}
	s := d.sents[m.sent]
	var out map[string]bool
	for _, sp := range d.spansIn(s.t0, s.t1) {
		c := ""
		switch sp.phrase.Kind {
		case gazetteer.KindCountry, gazetteer.KindDemonym:
			c = sp.phrase.Code
		case gazetteer.KindPlace:
			c = sp.phrase.Country
		}
		if c == "" {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[c] = true
	}
	return out
}

// actorOfCue is the one of actors (those of surname) whose state is among cues, where
// no official of the lists of that surname (on any date) is of one of those
// states; false if none, several, or the lists hold one.
func actorOfCue(surname string, actors []gazetteer.Actor, cues map[string]bool) (gazetteer.Actor, bool) {
	if len(cues) == 0 {
		return gazetteer.Actor{}, false
	}
	var found gazetteer.Actor
	for _, a := range actors {
		if !cues[a.Country] {
			continue
		}
		if found.Name != "" && gazetteer.NameKey(found.Name) != gazetteer.NameKey(a.Name) {
			return gazetteer.Actor{}, false
		}
		found = a
	}
	if found.Name == "" {
		return found, false
	}
	for _, o := range gazetteer.OfficialsBySurname(surname) {
		if cues[o.Country] {
			return gazetteer.Actor{}, false
		}
	}
	return found, true
}
