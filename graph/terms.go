package graph

import (
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
func termsAt(at string) schema.Terms {
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
