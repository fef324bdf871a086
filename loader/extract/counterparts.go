package extract

import (
	"slices"

	"newsgraph/gazetteer"
)

// counterpartLead are the words that may stand between the meeting word and
// "with" in "met today with his …", "spoke by phone with her …".
var counterpartLead = setOf("today", "yesterday", "separately", "virtually", "again", "also", "jointly", "by", "phone", "telephone", "video")

// counterpartsObject is the people the object of the meeting word at names
// only as the subjects' counterparts, by demonyms or a group before a plural
// "counterparts" ("met with his E3 counterparts", "his Japanese and South
// Korean counterparts") or by states after "counterpart(s) from" ("her
// counterparts from France, Germany, and the United Kingdom"). For each
// state it is the one official of that state named for the occasion (near)
// whose portfolio is the subjects' own (a Secretary of State's counterpart
// is a foreign minister, not a president nor a national security
// advisor). It is nil unless every state gives exactly one: counterparts
// the article never names ("his South Korean and Japanese counterparts in
// Hawaii") are no one for sure, and half a group is not the encounter. A
// singular demonym is demonymObject's; a name after the object ("his
// counterparts: President Yoon and Prime Minister Kishida") is the
// sentence's own.
func counterpartsObject(d *doc, s sentence, r *resolver, subjects []int, near func(pi int) bool) []int {
	if len(subjects) == 0 {
		return nil
	}
	field := portfolio(r.people[subjects[0]].role)
	for _, q := range subjects {
		if p := portfolio(r.people[q].role); p == "" || p != field {
			return nil // a subject of no known portfolio, or two of different ones, has no one counterpart
		}
	}
	for i := s.t0; i < s.t1; i++ {
		// any meeting word, not only the sentence's first ("Prior to this
		// meeting, Secretary Blinken met with his E3 counterparts")
		if _, ok := triggerWords[d.toks[i].key]; !ok {
			continue
		}
		if states, ok := counterpartsAfter(d, s, i); ok {
			return namedCounterparts(r, states, subjects, field, near)
		}
	}
	return nil
}

// counterpartsAfter reads the states of "with his E3 counterparts", "with
// his counterparts from France, Germany, and the United Kingdom" after the
// meeting word at (counterpartsObject).
func counterpartsAfter(d *doc, s sentence, at int) ([]string, bool) {
	k := at + 1
	for n := 0; n < 3 && k < s.t1 && counterpartLead[d.toks[k].key]; n++ {
		k++
	}
	if k < s.t1 && (d.toks[k].key == "with" || d.toks[k].key == "to") {
		k++
	}
	if k >= s.t1 {
		return nil, false
	}
	switch d.toks[k].key {
	case "his", "her", "their", "my":
	default:
		return nil, false
	}
	states, k := counterpartStates(d, k+1, s.t1)
	if k >= s.t1 {
		return nil, false
	}
	switch noun := d.toks[k].key; {
	case noun == "counterparts" && len(states) > 0:
		k++
	case (noun == "counterparts" || noun == "counterpart") && len(states) == 0 && k+1 < s.t1 && d.toks[k+1].key == "from":
		states, k = counterpartStates(d, k+2, s.t1)
		if len(states) == 0 || noun == "counterpart" && len(states) != 1 {
			return nil, false
		}
	default:
		return nil, false
	}
	if k+1 < s.t1 && (d.toks[k].text == ":" || d.toks[k].text == "," && d.toks[k+1].cap && d.toks[k+1].kind == tokWord) {
		return nil, false // "his counterparts: President Yoon and …": named in the sentence
	}
	return states, true
}

// namedCounterparts is, for each state, the one official of it named for
// the occasion (near) in the subjects' portfolio, or nil where any state
// has none or two (counterpartsObject).
func namedCounterparts(r *resolver, states []string, subjects []int, field string, near func(pi int) bool) []int {
	var out []int
	for _, code := range states {
		if slices.ContainsFunc(subjects, func(q int) bool { return r.people[q].country == code }) {
			continue // the subjects' own state in their group ("his G7 counterparts")
		}
		found := soleOfficial(r, func(pi int, p *personEntity) bool {
			return p.country == code && !slices.Contains(subjects, pi) && portfolio(p.role) == field && near(pi)
		})
		if found < 0 {
			return nil // none or two of that state: the object names no one for sure
		}
		out = append(out, found)
	}
	return out
}

// counterpartStates reads a list of states from token k: a state's name or
// demonym ("UK" and "French" before "counterparts", "France" after "from")
// or a group's name, each with an optional "the" and a group's "countries",
// joined by commas and "and". It returns the states' codes, without
// repeats, and the token after the list.
func counterpartStates(d *doc, k, end int) ([]string, int) {
	var codes []string
	for k < end {
		j := k
		if d.toks[j].key == "the" {
			j++
		}
		if j >= end {
			break
		}
		if sp := d.spanOf(j); sp != nil && sp.t0 == j && (sp.phrase.Kind == gazetteer.KindDemonym || sp.phrase.Kind == gazetteer.KindCountry) && sp.phrase.Code != "" {
			codes = appendUnique(codes, sp.phrase.Code)
			j = sp.t1
		} else if members, ok := gazetteer.GroupMembers(d.toks[j].key); ok { // "E3" (gazetteer/data/groups_members.tsv)
			codes = appendUnique(codes, members...)
			j++
			if j < end && d.toks[j].key == "countries" {
				j++
			}
		} else {
			break
		}
		k = j
		if k < end && d.toks[k].text == "," {
			k++
		}
		if k < end && d.toks[k].key == "and" {
			k++
		}
	}
	// a separator with nothing after it belongs to the sentence, not the list
	for k > 0 && (d.toks[k-1].text == "," || d.toks[k-1].key == "and") && len(codes) > 0 {
		k--
	}
	return codes, k
}
