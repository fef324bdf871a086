package memstore

import (
	"cmp"
	"context"
	"maps"
	"slices"

	"newsgraph/schema"
)

// Relations implements schema.Store from the meetings' parties index
// (parties.go): it visits only the meetings with an official of the side
// that has fewer, never every meeting, and reads each meeting's sides from
// the index.
func (s *Store) Relations(ctx context.Context, q schema.RelationsQuery) (schema.Relations, error) {
	if err := ctx.Err(); err != nil {
		return schema.Relations{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	a, b := s.parties(q.PartyA), s.parties(q.PartyB)
	out := schema.Relations{PartyA: s.sortedNodes(a), PartyB: s.sortedNodes(b)}
	if len(a) == 0 || len(b) == 0 || sharesParty(a, b) {
		return out, nil // a party with itself is no relation (schema.Store)
	}
	start, other := s.meetingsOfParties(a), s.meetingsOfParties(b)
	if len(other) < len(start) {
		start = other
	}
	type meeting struct {
		node         *schema.Node
		date         string
		sideA, sideB []string
	}
	// The meetings go into their months as they are found: the months'
	// counts, pairs and issues need no order, and only the listed meetings
	// are sorted, month by month (sorting every hit by date was a quarter
	// of the query's CPU over 5,000 meetings).
	byMonth := map[string][]meeting{}
	check := ctxCheck{ctx: ctx}
	for id := range start {
		if err := check.every(); err != nil {
			return schema.Relations{}, err
		}
		m := s.nodes[id]
		date := m.Props[schema.PropDate]
		if date == "" || !schema.DateInRange(date, q.From, q.To) {
			continue // only dated meetings have a month
		}
		sideA, sideB := s.sideOf(id, a), s.sideOf(id, b)
		if len(sideA) > 0 && len(sideB) > 0 {
			month := schema.MonthOf(date)
			byMonth[month] = append(byMonth[month], meeting{m, date, sideA, sideB})
		}
	}
	type pair struct{ a, b string }
	people := map[string]bool{} // the listed meetings' participants
	pairs, issues := map[pair]int{}, map[string]int{}
	for _, month := range slices.Sorted(maps.Keys(byMonth)) {
		hits := byMonth[month]
		m := schema.RelationsMonth{Month: month, Count: len(hits)}
		if q.Meetings > 0 {
			slices.SortFunc(hits, func(x, y meeting) int {
				return cmp.Or(cmp.Compare(x.date, y.date), cmp.Compare(x.node.ID, y.node.ID))
			})
			for _, h := range hits[:min(len(hits), q.Meetings)] {
				m.Meetings = append(m.Meetings, schema.RelationsMeeting{Node: cloneNode(h.node), Participants: s.attendees(h.node.ID, people)})
			}
		}
		clear(pairs)
		clear(issues)
		for _, h := range hits {
			if q.Pairs > 0 {
				for _, pa := range h.sideA {
					for _, pb := range h.sideB {
						if pa != pb {
							pairs[pair{pa, pb}]++
						}
					}
				}
			}
			if q.Issues > 0 {
				for _, e := range s.out[h.node.ID].of(schema.RelDiscussed) {
					issues[e.To]++
				}
			}
		}
		for k, n := range pairs {
			m.Pairs = append(m.Pairs, schema.MeetingPair{A: k.a, B: k.b, Count: n})
		}
		for id, n := range issues {
			m.Issues = append(m.Issues, schema.IssueCount{Issue: id, Count: n})
		}
		schema.SortRelationsMonth(&m)
		m.Pairs, m.Issues = m.Pairs[:min(len(m.Pairs), q.Pairs)], m.Issues[:min(len(m.Issues), q.Issues)]
		out.Months = append(out.Months, m)
	}
	out.People = s.sortedNodes(people)
	return out, nil
}

// attendees are the ids of the people who attended meeting id, by id,
// each once; it adds them to seen. The caller holds the read lock.
func (s *Store) attendees(id string, seen map[string]bool) []string {
	var out []string
	for _, e := range s.in[id].of(schema.RelAttended) {
		if s.nodes[e.From] != nil && !slices.Contains(out, e.From) {
			out = append(out, e.From)
			seen[e.From] = true
		}
	}
	slices.Sort(out)
	return out
}

// parties is the set of countries and organisations that text names (see
// schema.PartyMatches): the node whose id it is, and those partyNames
// finds by name. The caller holds the read lock.
func (s *Store) parties(text string) map[string]bool {
	out := map[string]bool{}
	if text == "" {
		return out
	}
	if n := s.nodes[text]; n != nil && isParty(n.Label) {
		out[text] = true
	}
	for _, id := range s.partyNames.ids(s, text) {
		out[id] = true
	}
	return out
}

// sortedNodes are copies of the nodes of set, by id.
func (s *Store) sortedNodes(set map[string]bool) []schema.Node {
	out := make([]schema.Node, 0, len(set))
	for id := range set {
		out = append(out, cloneNode(s.nodes[id]))
	}
	slices.SortFunc(out, func(x, y schema.Node) int { return cmp.Compare(x.ID, y.ID) })
	return out
}

// sharesParty reports whether sides a and b name a party in common.
func sharesParty(a, b map[string]bool) bool {
	for id := range a {
		if b[id] {
			return true
		}
	}
	return false
}
