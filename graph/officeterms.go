package graph

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"newsgraph/gazetteer"
	"newsgraph/graph/model"
	"newsgraph/schema"
)

// officeTermIndex indexes the official lists' terms by the affiliation each
// makes (schema.TermKey: the person, the party and the office in its one
// wording, as termsAt keys them), for Affiliation.terms. It is built once
// per set of lists: the server reads its officials file at start.
var officeTermIndex struct {
	sync.Mutex
	from  []gazetteer.Official
	byKey map[string][]*model.OfficeTerm
}

// officeTerms are the listed terms of the affiliation e, oldest first.
func officeTerms(e schema.Edge) []*model.OfficeTerm {
	officials := gazetteer.Officials()
	officeTermIndex.Lock()
	defer officeTermIndex.Unlock()
	if officeTermIndex.byKey == nil || len(officials) != len(officeTermIndex.from) || len(officials) > 0 && &officials[0] != &officeTermIndex.from[0] {
		officeTermIndex.from, officeTermIndex.byKey = officials, map[string][]*model.OfficeTerm{}
		for _, o := range officials {
			if o.Start == "" {
				continue
			}
			office := gazetteer.OfficeWording(o.Role)
			term := &model.OfficeTerm{Start: model.Date(o.Start), End: model.DatePtr(o.End)}
			for _, party := range termParties(o.Country) {
				seen := map[string]bool{}
				for _, name := range append([]string{o.Name}, o.Aliases...) {
					k := schema.TermKey(schema.PersonID(name), party, office)
					if !seen[k] {
						seen[k] = true
						officeTermIndex.byKey[k] = append(officeTermIndex.byKey[k], term)
					}
				}
			}
		}
		for k, terms := range officeTermIndex.byKey {
			officeTermIndex.byKey[k] = foldTerms(terms)
		}
	}
	return slices.Clone(officeTermIndex.byKey[schema.TermKey(e.From, e.To, e.Key)])
}

// foldTerms orders terms by their start and makes one of those that several
// lists give alike: starts that agree (one the other, or a day of the
// other's year), and ends that do not disagree. The term takes the finer
// start and the end a list gives (Joe Biden's Presidency is listed from
// "2021", from 2021-01-20, and from 2021-01-20 to 2025-01-20: one term).
// A term that another holds goes.
func foldTerms(terms []*model.OfficeTerm) []*model.OfficeTerm {
	terms = slices.Clone(terms)
	slices.SortStableFunc(terms, func(a, b *model.OfficeTerm) int { return cmp.Compare(a.Start, b.Start) })
	var out []*model.OfficeTerm
	for _, t := range terms {
		if n := len(out); n > 0 {
			last := out[n-1]
			if strings.HasPrefix(string(t.Start), string(last.Start)) && (last.End == nil || t.End == nil || *last.End == *t.End) {
				end := last.End
				if end == nil {
					end = t.End
				}
				out[n-1] = &model.OfficeTerm{Start: t.Start, End: end}
				continue
			}
		}
		out = append(out, t)
	}
	// A term inside another is a part of that tenure (the lists give Biden's
	// Vice Presidency as 2009-01-20 to 2017-01-20, and as its two terms).
	return slices.DeleteFunc(out, func(t *model.OfficeTerm) bool {
		return slices.ContainsFunc(out, func(u *model.OfficeTerm) bool {
			return u != t && u.Start <= t.Start && (u.End == nil || t.End != nil && *t.End <= *u.End)
		})
	})
}
