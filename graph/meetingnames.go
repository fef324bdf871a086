package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"newsgraph/graph/apierr"
	"newsgraph/schema"
)

// filterName is one name a meeting filter gives: the argument that gave it,
// what it must name, and where it is in the filter, so that a title-less
// form can replace it.
type filterName struct {
	arg    string   // "where.participant", "where.countries[1]"
	kind   string   // "person", "country or organization", ...
	labels []string // the labels it may name
	value  *string
}

var partyLabels = []string{schema.LabelCountry, schema.LabelOrganization}

// filterNames are the names f gives, in the order of MeetingWhere's fields.
// f's lists are copied first, so that replacing a name leaves the
// request's own lists alone.
func filterNames(f *schema.MeetingFilter) []filterName {
	f.Participants = slices.Clone(f.Participants)
	f.Countries = slices.Clone(f.Countries)
	var out []filterName
	add := func(arg, kind string, labels []string, value *string) {
		if *value != "" {
			out = append(out, filterName{arg: arg, kind: kind, labels: labels, value: value})
		}
	}
	person := []string{schema.LabelPerson}
	add("where.participant", "person", person, &f.Participant)
	for i := range f.Participants {
		add(fmt.Sprintf("where.participants[%d]", i), "person", person, &f.Participants[i])
	}
	add("where.withOfficialsOf", "country or organization", partyLabels, &f.WithOfficialsOf)
	for i := range f.Countries {
		add(fmt.Sprintf("where.countries[%d]", i), "country or organization", partyLabels, &f.Countries[i])
	}
	add("where.issue", "issue", []string{schema.LabelIssue}, &f.Issue)
	add("where.place", "place", []string{schema.LabelPlace}, &f.Place)
	return out
}

// namesOfNoMeetings is asked when f matched no meeting: a name in it that
// names nothing is NOT_FOUND, naming each such name and its argument (a
// typo is not "no meetings"); a person's name that names no one but does
// without its leading titles ("President Biden") is replaced by the id of
// the person person(name:) answers for it, and retry says to ask again. A
// person's name that names no one so says which name is nearest in
// spelling, the person person(name:) answers for it (nearestPerson), so
// that a client can ask again with it: the filter itself stays exact, as a
// near name may be another person. It reads nothing for a filter that names nothing.
func (r *Resolver) namesOfNoMeetings(ctx context.Context, f schema.MeetingFilter) (retry schema.MeetingFilter, ok bool, err error) {
	var unknown []string
	for _, n := range filterNames(&f) {
		found, err := r.Store.FindNodes(ctx, *n.value, n.labels)
		if err != nil || len(found) > 0 {
			if err != nil {
				return f, false, err
			}
			continue
		}
		if n.kind == "person" {
			if bare, titled := withoutTitle(*n.value); titled {
				if found, err = r.Store.FindNodes(ctx, bare, n.labels); err != nil {
					return f, false, err
				}
				if len(found) > 0 {
					// The one person person(name:) answers: a title names
					// an office holder, not every "Biden".
					best, err := (&queryResolver{r}).personNamed(ctx, bare, found)
					if err != nil {
						return f, false, err
					}
					*n.value, ok = best.ID, true
					continue
				}
			}
		}
		msg := fmt.Sprintf("no %s is named %q (%s)", n.kind, *n.value, n.arg)
		if n.kind == "person" {
			// The name person(name:) would answer, to ask again with.
			near, ok, err := r.nearestPerson(ctx, *n.value)
			if err != nil {
				return f, false, err
			}
			if ok {
				msg += fmt.Sprintf(": the nearest name is %q (%s)", near.Name, near.ID)
			}
		}
		if n.kind == "place" {
			// A country is no place (analyst45: "meetings held in Ukraine"
			// was only "no place is named"): say how to ask for its places.
			countries, err := r.Store.FindNodes(ctx, *n.value, []string{schema.LabelCountry})
			if err != nil {
				return f, false, err
			}
			if len(countries) > 0 {
				msg += fmt.Sprintf(": %s is a country (%s), and a meeting's place is a city: "+
					"places(where: {countries: [%q]}, orderBy: {field: MEETINGS}) lists the places in it with their meetings",
					countries[0].Name, countries[0].ID, countries[0].ID)
			}
		}
		unknown = append(unknown, msg)
	}
	if len(unknown) > 0 {
		return f, false, apierr.NotFoundf("%s", strings.Join(unknown, "; "))
	}
	return f, ok, nil
}
