package memstore

import (
	"cmp"
	"slices"

	"newsgraph/schema"
)

// partyOfficial is one participant of a meeting and one party the
// participant is affiliated with.
type partyOfficial struct{ party, person string }

// meetingParties is the index of who took part in each meeting and for
// whom, derived from the ATTENDED and AFFILIATED_WITH edges (the Neo4j
// store keeps the same on its meeting nodes): the meetings with an
// official of a party are one map read, and a meeting's sides are one
// list, so that "Xi with US officials" and relations visit only the
// meetings that have officials of the parties asked, and never expand
// their participants' affiliations. It is not in the journal nor in the
// snapshot: apply keeps it in step, and a load or a retraction rebuilds
// it.
type meetingParties struct {
	of      map[string][]partyOfficial     // meeting id -> its entries, by party then person
	byParty map[string]map[string]struct{} // party id -> the meetings with an official of it
}

func newMeetingParties() meetingParties {
	return meetingParties{of: map[string][]partyOfficial{}, byParty: map[string]map[string]struct{}{}}
}

// indexMeeting sets the entries of meeting id from its edges; a meeting
// that is gone loses them. The caller holds the write lock.
func (s *Store) indexMeeting(id string) {
	mp := &s.sides
	for _, e := range mp.of[id] {
		if set := mp.byParty[e.party]; set != nil {
			delete(set, id)
			if len(set) == 0 {
				delete(mp.byParty, e.party)
			}
		}
	}
	delete(mp.of, id)
	if n := s.nodes[id]; n == nil || n.Label != schema.LabelMeeting {
		return
	}
	var list []partyOfficial
	for _, att := range s.in[id].of(schema.RelAttended) {
		for _, aff := range s.out[att.From].of(schema.RelAffiliatedWith) {
			e := partyOfficial{aff.To, att.From}
			if !slices.Contains(list, e) {
				list = append(list, e)
			}
		}
	}
	if len(list) == 0 {
		return
	}
	slices.SortFunc(list, func(a, b partyOfficial) int {
		return cmp.Or(cmp.Compare(a.party, b.party), cmp.Compare(a.person, b.person))
	})
	mp.of[id] = list
	for _, e := range list {
		if mp.byParty[e.party] == nil {
			mp.byParty[e.party] = map[string]struct{}{}
		}
		mp.byParty[e.party][id] = struct{}{}
	}
}

// indexAfter brings the index up to date after edges were merged: the
// meetings of ATTENDED edges, and every meeting of a person who gained an
// affiliation (added lists the new edges). The caller holds the write
// lock.
func (s *Store) indexAfter(edges []schema.Edge, added []bool) {
	seen := map[string]bool{}
	index := func(id string) {
		if !seen[id] {
			seen[id] = true
			s.indexMeeting(id)
		}
	}
	for i, e := range edges {
		switch {
		case e.Type == schema.RelAttended:
			index(e.To)
		case e.Type == schema.RelAffiliatedWith && added[i]:
			for _, att := range s.out[e.From].of(schema.RelAttended) {
				index(att.To)
			}
		}
	}
}

// rebuildParties indexes every meeting anew. The caller holds the write
// lock.
func (s *Store) rebuildParties() {
	s.sides = newMeetingParties()
	for id := range s.byLabel[schema.LabelMeeting] {
		s.indexMeeting(id)
	}
}

// meetingsOfParties are the meetings with an official of any of parties.
// The caller holds the read lock.
func (s *Store) meetingsOfParties(parties map[string]bool) map[string]struct{} {
	if len(parties) == 1 {
		for p := range parties {
			return s.sides.byParty[p]
		}
	}
	out := map[string]struct{}{}
	for p := range parties {
		for m := range s.sides.byParty[p] {
			out[m] = struct{}{}
		}
	}
	return out
}

// sideOf is the distinct people of meeting id affiliated with one of
// parties, in id order.
func (s *Store) sideOf(id string, parties map[string]bool) []string {
	var out []string
	for _, e := range s.sides.of[id] {
		if parties[e.party] && !slices.Contains(out, e.person) {
			out = append(out, e.person)
		}
	}
	slices.Sort(out)
	return out
}
