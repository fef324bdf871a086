package graph

import (
	"context"
	"slices"
	"sync/atomic"

	"newsgraph/gazetteer"
	"newsgraph/schema"
)

// termsAt are the terms of office of the official lists the server holds
// (the built-in ones and an officials file's, gazetteer.Officials) that
// bear on date at, by the affiliation each makes: the loader keys a listed
// office holder's role by the listed office in its one wording
// (loader.timelineOffice, gazetteer.OfficeWording), to the party its code
// names (a country, or an organisation by its short name). With them
// `officials(asOf:)` and `affiliations(asOf:)` answer by the term where the
// lists give one, and by the attested span otherwise (question 16:
// Yoshihide Suga, attested as Japan's Prime Minister from 2021-06-03 to
// 2021-08-12, is its Prime Minister on 2021-09-01 by his term, 2020-09-16
// to 2021-10-04). None for an empty at.
//
// These are every party's and every person's: 1,700 to 2,300 keys on a
// date. A query that can use only some asks for those (termsOfParties,
// termsOfPeople): the keys of an affiliation to another party, or of
// another person, never match what it reads, so the answer is the same.
func termsAt(at string) schema.Terms {
	if at == "" {
		return schema.Terms{}
	}
	x := listedTerms()
	return x.at(at, x.all, func(termKey) bool { return true })
}

// termsOfParties is termsAt for a query that reads affiliations to the
// parties (ids) alone: a country's or organisation's officials.
func termsOfParties(at string, parties ...string) schema.Terms {
	return listedTerms().of(at, parties, func(x *termIndex) map[string][]int { return x.byParty },
		func(k termKey) string { return k.party })
}

// withPartyTerms gives a query of people as of a date (people(where:
// {officialsOf, asOf})) the terms of the parties it names, found as the
// store finds them (FindNodes, one read per name), in place of every
// party's: Neo4j tested each affiliation against every listed key. A
// query that names no party keeps them all.
func (r *Resolver) withPartyTerms(ctx context.Context, q schema.EntityQuery) (schema.EntityQuery, error) {
	if q.AsOf == "" || len(q.Parties) == 0 {
		return q, nil
	}
	var ids []string
	for _, name := range q.Parties {
		found, err := r.Store.FindNodes(ctx, name, partyLabels)
		if err != nil {
			return q, err
		}
		for _, n := range found {
			ids = append(ids, n.ID)
		}
	}
	q.Terms = termsOfParties(q.AsOf, ids...)
	return q, nil
}

// termsOfPeople is termsAt for a query that reads the affiliations of
// these people (ids) alone: a person's affiliations(asOf:).
func termsOfPeople(at string, people ...string) schema.Terms {
	return listedTerms().of(at, people, func(x *termIndex) map[string][]int { return x.byPerson },
		func(k termKey) string { return k.person })
}

// of is the Terms at date at of the affiliations whose end (side: its
// party or its person) is among ids, from the index by that end (by).
func (x *termIndex) of(at string, ids []string, by func(*termIndex) map[string][]int, side func(termKey) string) schema.Terms {
	if at == "" {
		return schema.Terms{}
	}
	var terms []int
	for _, id := range ids {
		terms = append(terms, by(x)[id]...)
	}
	return x.at(at, terms, func(k termKey) bool { return slices.Contains(ids, side(k)) })
}

// termIndex is the official lists' terms of office with the affiliation
// keys each makes, worked out once per list (listedTerms): termsAt worked
// them out of every term on every call, 4-5 ms, once per country of a list
// of officials(asOf:) and once per person of their affiliations(asOf:).
type termIndex struct {
	src      *gazetteer.Official // the list it was made of: its first term, and its length
	n        int
	terms    []listedTerm
	all      []int            // every term, in the lists' order
	byParty  map[string][]int // the terms that make an affiliation to the party (id)
	byPerson map[string][]int // the terms that make an affiliation of the person (id)
}

// listedTerm is one term of the lists and the affiliations it makes.
type listedTerm struct {
	start, end string
	keys       []termKey
}

// termKey is an affiliation a term makes, with its schema.TermKey.
type termKey struct {
	person, party, key string
}

// lastTerms is the index of the lists that gazetteer.Officials last gave.
var lastTerms atomic.Pointer[termIndex]

// listedTerms is the index of gazetteer.Officials' terms, made again when
// the lists change (an officials file read after the first query).
func listedTerms() *termIndex {
	list := gazetteer.Officials()
	var src *gazetteer.Official
	if len(list) > 0 {
		src = &list[0]
	}
	if x := lastTerms.Load(); x != nil && x.src == src && x.n == len(list) {
		return x
	}
	x := &termIndex{src: src, n: len(list), terms: make([]listedTerm, len(list)), all: make([]int, len(list)),
		byParty: map[string][]int{}, byPerson: map[string][]int{}}
	parties := map[string][]string{}
	for i, o := range list {
		x.all[i] = i
		t := listedTerm{start: o.Start, end: o.End}
		office := gazetteer.OfficeWording(o.Role)
		ps, ok := parties[o.Country]
		if !ok {
			ps = termParties(o.Country)
			parties[o.Country] = ps
		}
		for _, party := range ps {
			x.byParty[party] = appendOnce(x.byParty[party], i)
			for _, name := range append([]string{o.Name}, o.Aliases...) {
				person := schema.PersonID(name)
				x.byPerson[person] = appendOnce(x.byPerson[person], i)
				t.keys = append(t.keys, termKey{person, party, schema.TermKey(person, party, office)})
			}
		}
		x.terms[i] = t
	}
	lastTerms.Store(x)
	return x
}

// appendOnce appends i to list, whose last element is the greatest, unless
// it is there.
func appendOnce(list []int, i int) []int {
	if len(list) > 0 && list[len(list)-1] == i {
		return list
	}
	return append(list, i)
}

// at is the Terms of the terms (indexes, in any order, maybe repeated)
// that bear on date at, with the keys keep keeps, in the lists' order.
func (x *termIndex) at(at string, terms []int, keep func(termKey) bool) schema.Terms {
	var t schema.Terms
	if len(terms) == 0 {
		return t
	}
	if !slices.IsSorted(terms) {
		terms = slices.Clone(terms)
		slices.Sort(terms)
	}
	for j, i := range terms {
		if j > 0 && terms[j-1] == i {
			continue
		}
		lt := &x.terms[i]
		closed, open := schema.TermCovers(lt.start, lt.end, at)
		if !closed && !open {
			continue
		}
		for _, k := range lt.keys {
			if !keep(k) {
				continue
			}
			if closed {
				t.Closed = append(t.Closed, k.key)
			} else {
				t.Open = append(t.Open, k.key)
			}
		}
	}
	return t
}

// termParties are the ids a listed official's code may name as the party
// of an affiliation: the country, and an organisation of that short name
// (loader.officialParty chooses between them by the article's sentence).
func termParties(code string) []string {
	ids := []string{schema.PartyID(code)}
	if org, ok := gazetteer.OrgByCode(code); ok && schema.OrgID(org.Code) != ids[0] {
		ids = append(ids, schema.OrgID(org.Code))
	}
	return ids
}
