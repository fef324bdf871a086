package graph

import (
	"strings"

	"newsgraph/gazetteer"
	"newsgraph/schema"
)

// foldOfficeForms folds each of a person's affiliations whose role is a
// shorter wording of a longer role the person holds for the same party
// into that one (gazetteer.ShorterOfficeForm): "Special Representative"
// into "Special Representative for Korean Peninsula Peace and Security
// Affairs", "Special Envoy" into "Special Envoy for the Horn of Africa".
// The loader already keys a listed official's role by the lists' office
// (loader.timelineOffice); the people no list holds are left with the
// text's wordings, one office under several, each with its own span
// (roles43). The longer role keeps both spans (the earliest since, the
// latest until) and the shorter one's evidence after its own. A role that
// is a shorter form of two offices that are not one ("Secretary" of a
// Secretary of State who had been Secretary of Defense) is left as it is,
// and so is a role-less affiliation. Two roles of one party that reword one
// office (gazetteer.RewordedOffice: "Minister of Unification" and
// "Unification Minister", "NSC Spokesperson" and "National Security Council
// Spokesperson") fold alike, into the wording more articles give, else the
// longer (offices44). An office alone that folds into no other form folds
// into the joint title of the person's that holds it (jointTitleOf:
// "Foreign Minister" and "State Councilor" into "State Councilor and
// Foreign Minister"; roles46). edges are not changed; the fold is a copy, in the
// order of edges, less the folded ones.
func foldOfficeForms(edges []schema.Edge) []schema.Edge {
	into := make([]int, len(edges))
	folded := false
	for i := range edges {
		into[i] = -1
		for j := 0; j < len(edges) && into[i] < len(edges); j++ {
			if i == j || edges[i].To != edges[j].To ||
				!foldsInto(&edges[i], &edges[j]) {
				continue
			}
			switch {
			case into[i] < 0:
				into[i] = j
			case foldsInto(&edges[into[i]], &edges[j]):
				into[i] = j // the longer of two forms of one office
			case !foldsInto(&edges[j], &edges[into[i]]):
				into[i] = len(edges) // two offices: leave it
			}
		}
		if into[i] == len(edges) {
			into[i] = -1
		}
		folded = folded || into[i] >= 0
	}
	for i := range edges {
		if into[i] < 0 {
			into[i] = jointTitleOf(edges, i)
			folded = folded || into[i] >= 0
		}
	}
	if !folded {
		return edges
	}
	out := make([]schema.Edge, 0, len(edges))
	at := map[int]int{} // index in edges -> index in out
	for i, e := range edges {
		if into[i] < 0 {
			at[i] = len(out)
			out = append(out, e)
		}
	}
	for i, e := range edges {
		j := into[i]
		for n := 0; j >= 0 && into[j] >= 0 && n < len(edges); n++ {
			j = into[j]
		}
		if j >= 0 {
			out[at[j]] = schema.MergeEdge(&out[at[j]], e)
		}
	}
	return out
}

// foldsInto: a's role folds into b's, both of one party: a is a shorter
// form of b or the word b's holder is addressed by ("Leader" of "Senate
// Majority Leader"; roles46), or a rewording of b that fewer articles give (or as many, in
// fewer characters; or as many and as long, later in the alphabet), so
// of two rewordings exactly one folds into the other.
func foldsInto(a, b *schema.Edge) bool {
	party := partyCode(a.To)
	if gazetteer.ShorterOfficeForm(a.Key, b.Key, party) || gazetteer.AddressForm(a.Key, b.Key, party) {
		return true
	}
	if !gazetteer.RewordedOffice(a.Key, b.Key, party) {
		return false
	}
	if len(a.Evidence) != len(b.Evidence) {
		return len(a.Evidence) < len(b.Evidence)
	}
	if len(a.Key) != len(b.Key) {
		return len(a.Key) < len(b.Key)
	}
	return a.Key > b.Key
}

// jointTitleOf is the index of the one joint title among edges that
// edges[i]'s role, of no other fold, is an office of (gazetteer.
// OfficeOfJointTitle: "Foreign Minister" and "State Councilor" of "State
// Councilor and Foreign Minister") for the same party, else -1 (roles46).
// Of a joint title's rewordings ("… and …", "…/…") the one kept counts
// once. The joint title must be given by two or more articles, or by as many
// as give the office alone: a title one article glues to an office many give
// ("President of the United States of America and Honorary Chair of the
// American Red Cross" beside "President", "President and African Union
// Assembly Chairperson") does not swallow the office's entry.
func jointTitleOf(edges []schema.Edge, i int) int {
	a := &edges[i]
	party := partyCode(a.To)
	to := -1
	for j := range edges {
		b := &edges[j]
		if i == j || a.To != b.To || !gazetteer.OfficeOfJointTitle(a.Key, b.Key, party) ||
			len(b.Evidence) < 2 && len(b.Evidence) < len(a.Evidence) {
			continue
		}
		switch {
		case to < 0 || foldsInto(&edges[to], b):
			to = j
		case !foldsInto(b, &edges[to]):
			return -1 // two joint titles: leave it
		}
	}
	return to
}

// partyCode is the code of a party's id as the lists write it: "US" of
// "country:US", "" of an organization.
func partyCode(id string) string {
	if c, ok := strings.CutPrefix(id, "country:"); ok {
		return c
	}
	return ""
}
