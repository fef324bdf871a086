package graph

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"newsgraph/gazetteer"
	"newsgraph/memstore/memtest"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// everyTermAt is termsAt as it was before the index (query45): every term
// of the lists worked out on every call. The tests below hold the new
// answers to its.
func everyTermAt(at string) schema.Terms {
	var t schema.Terms
	if at == "" {
		return t
	}
	for _, o := range gazetteer.Officials() {
		closed, open := schema.TermCovers(o.Start, o.End, at)
		if !closed && !open {
			continue
		}
		office := gazetteer.OfficeWording(o.Role)
		for _, party := range termParties(o.Country) {
			for _, name := range append([]string{o.Name}, o.Aliases...) {
				k := schema.TermKey(schema.PersonID(name), party, office)
				if closed {
					t.Closed = append(t.Closed, k)
				} else {
					t.Open = append(t.Open, k)
				}
			}
		}
	}
	return t
}

// termDates are the dates the tests ask on: every half year from 1990 to
// 2026, some as a month or a year, and the days of question 16.
func termDates() []string {
	dates := []string{"2021-09-01", "2021-08-12", "2023-06-19"}
	for y := 1990; y <= 2026; y++ {
		dates = append(dates, fmt.Sprintf("%d-01-15", y), fmt.Sprintf("%d-07", y))
		if y%5 == 0 {
			dates = append(dates, fmt.Sprint(y))
		}
	}
	return dates
}

// TestTermsAtAsEveryTerm: the index gives every date the same terms, in
// the same order, as working them out of every term did.
func TestTermsAtAsEveryTerm(t *testing.T) {
	for _, at := range append(termDates(), "") {
		if got, want := termsAt(at), everyTermAt(at); !slices.Equal(got.Closed, want.Closed) || !slices.Equal(got.Open, want.Open) {
			t.Errorf("termsAt(%q): %d closed and %d open keys, want %d and %d", at, len(got.Closed), len(got.Open), len(want.Closed), len(want.Open))
		}
	}
}

// TestTermsOfPartiesAndPeopleHoldAsEveryTerm: over every affiliation of
// storetest.ListedOfficials (each listed office holder's, attested on its
// term's first day) and many dates, a party's terms (termsOfParties) and a
// person's (termsOfPeople) hold the affiliation exactly when all the
// terms do; and they are far fewer.
func TestTermsOfPartiesAndPeopleHoldAsEveryTerm(t *testing.T) {
	g := storetest.ListedOfficials()
	byTermOnly, checked := 0, 0
	for _, at := range termDates() {
		all := everyTermAt(at)
		held := all.HeldAt()
		parties, people := map[string]func(*schema.Edge, string) bool{}, map[string]func(*schema.Edge, string) bool{}
		for i := range g.Edges {
			e := &g.Edges[i]
			if parties[e.To] == nil {
				tp := termsOfParties(at, e.To)
				if n := len(tp.Closed) + len(tp.Open); n > 0 && n*4 > len(all.Closed)+len(all.Open) && e.To != "country:US" {
					t.Errorf("%s's terms at %s: %d keys of %d", e.To, at, n, len(all.Closed)+len(all.Open))
				}
				parties[e.To] = tp.HeldAt()
			}
			if people[e.From] == nil {
				people[e.From] = termsOfPeople(at, e.From).HeldAt()
			}
			want := held(e, at)
			if got := parties[e.To](e, at); got != want {
				t.Errorf("%s at %s by %s's terms: held %v, by every term %v", e.EdgeID(), at, e.To, got, want)
			}
			if got := people[e.From](e, at); got != want {
				t.Errorf("%s at %s by %s's terms: held %v, by every term %v", e.EdgeID(), at, e.From, got, want)
			}
			checked++
			if want && !schema.AttestedAt(e.Since, e.Until, at) {
				byTermOnly++
			}
		}
	}
	t.Logf("%d affiliations and dates checked, %d held by a term alone", checked, byTermOnly)
	if byTermOnly < 1000 {
		t.Errorf("only %d affiliations held by a term alone: the fixture no longer exercises the terms", byTermOnly)
	}
}

// TestOfficialsAsOfAsEveryTerm asks both stores, over
// storetest.ListedOfficials, for parties' officials on many dates, with a
// party's terms (as Country.officials asks) and with every term: the same
// people, and the same totals.
func TestOfficialsAsOfAsEveryTerm(t *testing.T) {
	g := storetest.ListedOfficials()
	var parties []string
	for _, n := range g.Nodes {
		if n.Label == schema.LabelCountry || n.Label == schema.LabelOrganization {
			parties = append(parties, n.ID)
		}
	}
	slices.Sort(parties)
	sample := []string{"country:US", "country:CN", "country:JP", "country:GB", "country:FR", "country:DE", "country:IN", "country:RU"}
	for i := 0; i < len(parties); i += 9 {
		sample = append(sample, parties[i])
	}
	for _, st := range []struct {
		name string
		open func(testing.TB) schema.Store
	}{
		{"memstore", func(t testing.TB) schema.Store { return memtest.Open(t) }},
		{"neo4j", func(t testing.TB) schema.Store { return neo4jtest.Open(t) }},
	} {
		t.Run(st.name, func(t *testing.T) {
			s := st.open(t)
			if err := s.WriteResolved(context.Background(), []schema.ArticleGraph{g}, nil); err != nil {
				t.Fatal(err)
			}
			found, parties := 0, sample
			for i, at := range termDates() {
				sample := slices.Clone(parties)
				if i%3 != 0 { // a third of the dates: Neo4j plans each
					continue
				}
				all := everyTermAt(at)
				var old, lean []schema.EntityQuery
				for _, p := range sample {
					old = append(old, schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{p}, AsOf: at, Terms: all})
					lean = append(lean, schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{p}, AsOf: at, Terms: termsOfParties(at, p)})
				}
				// people(where: {officialsOf, asOf}) names parties by text.
				for _, texts := range [][]string{{"US"}, {"cn", "Jp"}, {"country:GB"}, {parties[len(parties)-1], "nowhere"}} {
					q := schema.EntityQuery{Label: schema.LabelPerson, Parties: texts, AsOf: at, Terms: all}
					old = append(old, q)
					q, err := (&Resolver{Store: s}).withPartyTerms(context.Background(), q)
					if err != nil {
						t.Fatal(err)
					}
					lean = append(lean, q)
					sample = append(sample, fmt.Sprint(texts))
				}
				want, err := s.Entities(context.Background(), old, 0, 100)
				if err != nil {
					t.Fatal(err)
				}
				got, err := s.Entities(context.Background(), lean, 0, 100)
				if err != nil {
					t.Fatal(err)
				}
				for i, p := range sample {
					if !slices.Equal(ids(got[i].Nodes), ids(want[i].Nodes)) || got[i].Total != want[i].Total {
						t.Errorf("%s's officials at %s: %d %s, want %d %s", p, at, got[i].Total, ids(got[i].Nodes), want[i].Total, ids(want[i].Nodes))
					}
					found += want[i].Total
				}
			}
			if found < 1000 {
				t.Errorf("%d officials found in all: the fixture no longer exercises officials(asOf:)", found)
			}
		})
	}
}
