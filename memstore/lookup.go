package memstore

import (
	"cmp"
	"context"
	"slices"

	"newsgraph/schema"
)

// MeetingPages implements schema.Store.
func (s *Store) MeetingPages(ctx context.Context, filters []schema.MeetingFilter, offset, limit int) ([]schema.Page, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]schema.Page, len(filters))
	for i, f := range filters {
		hits := s.meetings(f)
		out[i].Total = len(hits)
		var ids []string
		if offset < len(hits) && limit > 0 {
			for _, m := range first(hits, min(offset+limit, len(hits)), meetingOrder(f))[offset:] {
				out[i].Nodes = append(out[i].Nodes, cloneNode(m.node))
				ids = append(ids, m.node.ID)
			}
		}
		if len(f.With) > 0 {
			nb, err := s.readNeighbours(ids, f.With, f.WithProjection, false)
			if err != nil {
				return nil, err
			}
			out[i].Neighbours = &nb
		}
	}
	return out, nil
}

// rankedMeeting is a meeting with what its orders compare, read once.
type rankedMeeting struct {
	node    *schema.Node
	date    string
	sources int
}

// meetingOrder compares meetings in f's order.
func meetingOrder(f schema.MeetingFilter) func(a, b rankedMeeting) int {
	return func(a, b rankedMeeting) int {
		newest := cmp.Or(schema.CompareDatedFirst(a.date, b.date), cmp.Compare(b.date, a.date))
		switch {
		case f.Order == schema.MeetingsBySources && f.Ascending:
			return cmp.Or(cmp.Compare(a.sources, b.sources), newest, cmp.Compare(a.node.ID, b.node.ID))
		case f.Order == schema.MeetingsBySources:
			return cmp.Or(cmp.Compare(b.sources, a.sources), newest, cmp.Compare(a.node.ID, b.node.ID))
		case f.Ascending:
			// Oldest first; an unknown date still sorts last, as in the Neo4j store.
			return cmp.Or(schema.CompareDatedFirst(a.date, b.date), cmp.Compare(a.date, b.date), cmp.Compare(a.node.ID, b.node.ID))
		}
		return cmp.Or(newest, cmp.Compare(a.node.ID, b.node.ID))
	}
}

// first returns the k first of list (0 < k <= len(list)) in order, in
// place. A page is a small part of a busy filter's meetings (20 of Xi's
// 3,000 at 100x), so it keeps the k best in a sorted prefix and passes
// over the rest with one comparison each, instead of sorting them all.
func first[T any](list []T, k int, order func(a, b T) int) []T {
	if k > len(list)/8 {
		slices.SortFunc(list, order)
		return list[:k]
	}
	top := list[:k]
	slices.SortFunc(top, order)
	for _, x := range list[k:] {
		if order(x, top[k-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(top, x, order)
		copy(top[i+1:], top[i:k-1])
		top[i] = x
	}
	return top
}

// meetings returns the meetings that match f, in no order. The caller
// holds the read lock.
func (s *Store) meetings(f schema.MeetingFilter) []rankedMeeting {
	participants := s.named(schema.LabelPerson, f.Participant)
	parties := s.parties(f.WithOfficialsOf)
	issues := s.named(schema.LabelIssue, f.Issue)
	places := s.named(schema.LabelPlace, f.Place)
	var each []map[string]bool // per Participants entry
	for _, p := range f.Participants {
		each = append(each, s.named(schema.LabelPerson, p))
	}
	var countries []map[string]bool // per Countries entry
	for _, c := range f.Countries {
		countries = append(countries, s.parties(c))
	}

	var hits []rankedMeeting
	for id := range s.meetingCandidates(f, participants, parties, countries, issues, places) {
		m := s.nodes[id]
		if m == nil || m.Label != schema.LabelMeeting {
			continue
		}
		if len(f.IDs) > 0 && !slices.Contains(f.IDs, id) {
			continue
		}
		if f.Status != "" && m.Props[schema.PropStatus] != f.Status {
			continue
		}
		if f.Kind != "" && m.Props[schema.PropKind] != f.Kind {
			continue
		}
		if (f.From != "" || f.To != "") && !schema.DateInRange(m.Props[schema.PropDate], f.From, f.To) {
			continue
		}
		if f.Participant != "" && !s.anyEdge(id, schema.RelAttended, schema.In, func(e *schema.Edge) bool { return participants[e.From] }) {
			continue
		}
		if f.WithOfficialsOf != "" && !slices.ContainsFunc(s.sides.of[id], func(e partyOfficial) bool {
			return parties[e.party] && !participants[e.person]
		}) {
			continue
		}
		if f.Issue != "" && !s.anyEdge(id, schema.RelDiscussed, schema.Out, func(e *schema.Edge) bool { return issues[e.To] }) {
			continue
		}
		if f.Place != "" && !s.anyEdge(id, schema.RelHeldIn, schema.Out, func(e *schema.Edge) bool { return places[e.To] }) {
			continue
		}
		if f.IngestedAfter != "" && !s.anyEdge(id, schema.RelReports, schema.In, func(e *schema.Edge) bool {
			a := s.nodes[e.From]
			return a != nil && schema.IngestedAfter(a.Props[schema.PropIngestedAt], f.IngestedAfter)
		}) {
			continue
		}
		if f.Venue != "" && !s.anyEdge(id, schema.RelReports, schema.In, func(e *schema.Edge) bool {
			return s.anyEdge(e.From, schema.RelMentions, schema.Out, func(x *schema.Edge) bool { return x.To == f.Venue })
		}) {
			continue
		}
		if !allOf(each, func(who map[string]bool) bool {
			return s.anyEdge(id, schema.RelAttended, schema.In, func(e *schema.Edge) bool { return who[e.From] })
		}) {
			continue
		}
		if !allOf(countries, func(party map[string]bool) bool {
			return slices.ContainsFunc(s.sides.of[id], func(e partyOfficial) bool { return party[e.party] })
		}) {
			continue
		}
		r := rankedMeeting{node: m, date: m.Props[schema.PropDate]}
		if f.Order == schema.MeetingsBySources {
			r.sources = len(s.in[id].of(schema.RelReports))
		}
		hits = append(hits, r)
	}
	return hits
}

// meetingCandidates is the smallest set of meetings that f's party,
// countries, participant, issue or place names, from the indexes and the
// edges; every meeting when it names none of them. The caller holds the
// read lock.
func (s *Store) meetingCandidates(f schema.MeetingFilter, participants, parties map[string]bool, countries []map[string]bool, issues, places map[string]bool) map[string]struct{} {
	best := s.byLabel[schema.LabelMeeting]
	consider := func(set map[string]struct{}) {
		if len(set) < len(best) {
			best = set
		}
	}
	if f.WithOfficialsOf != "" {
		consider(s.meetingsOfParties(parties))
	}
	for _, c := range countries {
		consider(s.meetingsOfParties(c))
	}
	if f.Participant != "" {
		consider(s.linked(participants, schema.RelAttended, schema.Out))
	}
	if f.Issue != "" {
		consider(s.linked(issues, schema.RelDiscussed, schema.In))
	}
	if f.Place != "" {
		consider(s.linked(places, schema.RelHeldIn, schema.In))
	}
	return best
}

// linked is the set of nodes at the other end of relType edges of nodes,
// in direction dir: the meetings that people attended, or that discussed
// issues or were held at places. The caller holds the read lock.
func (s *Store) linked(nodes map[string]bool, relType string, dir schema.Direction) map[string]struct{} {
	set := map[string]struct{}{}
	for id := range nodes {
		if dir == schema.Out {
			for _, e := range s.out[id].of(relType) {
				set[e.To] = struct{}{}
			}
			continue
		}
		for _, e := range s.in[id].of(relType) {
			set[e.From] = struct{}{}
		}
	}
	return set
}

// affiliated reports whether a person is affiliated with one of parties.
func (s *Store) affiliated(person string, parties map[string]bool) bool {
	return s.anyEdge(person, schema.RelAffiliatedWith, schema.Out, func(a *schema.Edge) bool { return parties[a.To] })
}

func allOf[T any](list []T, pred func(T) bool) bool {
	for _, x := range list {
		if !pred(x) {
			return false
		}
	}
	return true
}

// named returns the ids of the nodes of label that text names
// (schema.NameMatches). It returns nil for empty text. As on Neo4j, the
// candidates come from indexes: the node whose id text is, and the nodes
// whose name or an alias has every word of text (the search index), so a
// page of a hundred people's meetings does not read every person a
// hundred times. Only a text without a word to look up, or too long for
// the index, reads every node of the label.
func (s *Store) named(label, text string) map[string]bool {
	if text == "" {
		return nil
	}
	out := map[string]bool{}
	keep := func(id string) {
		if n := s.nodes[id]; n != nil && n.Label == label && schema.NameMatches(*n, text) {
			out[id] = true
		}
	}
	keep(text)
	query, err := schema.SearchQuery(text)
	if err != nil || len(query) == 0 {
		for id := range s.byLabel[label] {
			keep(id)
		}
		return out
	}
	candidates, err := s.search.nameCandidates(context.Background(), query)
	if err != nil {
		return out // a background context is never done
	}
	for o := range candidates {
		keep(s.search.ids[o])
	}
	return out
}

func (s *Store) anyEdge(node, relType string, dir schema.Direction, pred func(*schema.Edge) bool) bool {
	idx := s.out
	if dir == schema.In {
		idx = s.in
	}
	for _, e := range idx[node].of(relType) {
		if pred(e) {
			return true
		}
	}
	return false
}

// Nodes implements schema.Store.
func (s *Store) Nodes(ctx context.Context, ids []string) (map[string]schema.Node, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make(map[string]schema.Node, len(ids))
	for _, id := range ids {
		if n, ok := s.nodes[id]; ok {
			c, err := s.copyNode(n, true)
			if err != nil {
				return nil, err
			}
			out[id] = c
		}
	}
	return out, nil
}

// MergedInto implements schema.Store.
func (s *Store) MergedInto(ctx context.Context, ids []string) (map[string]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := map[string]string{}
	for _, id := range ids {
		if into, ok := s.merged.Into[id]; ok && s.nodes[id] == nil && s.nodes[into] != nil {
			out[id] = into
		}
	}
	return out, nil
}

// FormerIDs implements schema.Store.
func (s *Store) FormerIDs(ctx context.Context, ids []string) (map[string][]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := map[string][]string{}
	for _, id := range ids {
		if list := s.merged.Former[id]; len(list) > 0 {
			out[id] = slices.Clone(list)
		}
	}
	return out, nil
}

// edgeSet returns the edges of one type that touch the given nodes, keyed by
// the given node's id, as Neighbours reads one edge set. The caller holds
// the read lock.
func (s *Store) edgeSet(ids []string, relType string, dir schema.Direction) map[string][]schema.Edge {
	idx := s.out
	if dir == schema.In {
		idx = s.in
	}
	out := make(map[string][]schema.Edge, len(ids))
	for _, id := range ids {
		edges := idx[id].of(relType)
		if len(edges) == 0 {
			continue
		}
		list := make([]schema.Edge, 0, len(edges))
		for _, e := range edges {
			list = append(list, cloneEdge(e))
		}
		other := func(e schema.Edge) string {
			if dir == schema.In {
				return e.From
			}
			return e.To
		}
		slices.SortFunc(list, func(a, b schema.Edge) int {
			if c := cmp.Compare(other(a), other(b)); c != 0 {
				return c
			}
			return cmp.Compare(a.Key, b.Key)
		})
		out[id] = list
	}
	return out
}

// Neighbours implements schema.Store.
func (s *Store) Neighbours(ctx context.Context, ids []string, sets []schema.EdgeSet, p schema.Projection) (schema.Neighbourhood, error) {
	out := schema.Neighbourhood{Edges: make([]map[string][]schema.Edge, len(sets))}
	if err := ctx.Err(); err != nil {
		return out, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.readNeighbours(ids, sets, p, true)
}

// readNeighbours is Neighbours, whose Nodes hold the nodes among ids only
// when given. The caller holds the read lock.
func (s *Store) readNeighbours(ids []string, sets []schema.EdgeSet, p schema.Projection, given bool) (schema.Neighbourhood, error) {
	out := schema.Neighbourhood{Edges: make([]map[string][]schema.Edge, len(sets))}
	var want []string
	if given {
		want = slices.Clone(ids)
	}
	for i, set := range sets {
		edges := s.edgeSet(ids, set.Type, set.Dir)
		for id, list := range edges {
			for j, e := range list {
				list[j] = p.ApplyEdge(e)
				want = append(want, otherEnd(e, set.Dir))
			}
			edges[id] = list
		}
		out.Edges[i] = edges
	}
	out.Nodes = make(map[string]schema.Node, len(want))
	for _, id := range want {
		if n, ok := s.nodes[id]; ok {
			c, err := s.copyNode(n, p.Text)
			if err != nil {
				return out, err
			}
			out.Nodes[id] = c
		}
	}
	return out, nil
}

func otherEnd(e schema.Edge, dir schema.Direction) string {
	if dir == schema.In {
		return e.From
	}
	return e.To
}

// project copies an edge with what p keeps. The caller holds the read lock.
func (s *Store) project(e *schema.Edge, p schema.Projection) schema.Edge {
	if p.Evidence {
		return cloneEdge(e)
	}
	c := *e
	c.Evidence = nil
	return c
}

// FindNodes implements schema.Store.
func (s *Store) FindNodes(ctx context.Context, text string, labels []string) ([]schema.Node, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []schema.Node
	for _, n := range s.nodes {
		if (len(labels) == 0 || slices.Contains(labels, n.Label)) && (schema.NameMatches(*n, text) || schema.PartyMatches(*n, text)) {
			c, err := s.copyNode(n, true)
			if err != nil {
				return nil, err
			}
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b schema.Node) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// Counts implements schema.Store.
func (s *Store) Counts(ctx context.Context) (schema.Counts, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return schema.Counts{Nodes: len(s.nodes), Relationships: s.edgeCount}, nil
}

func cloneNode(n *schema.Node) schema.Node {
	c := *n
	c.Aliases = slices.Clone(n.Aliases)
	if n.Props != nil {
		c.Props = make(map[string]string, len(n.Props))
		for k, v := range n.Props {
			c.Props[k] = v
		}
	}
	return c
}

func cloneEdge(e *schema.Edge) schema.Edge {
	c := *e
	c.Evidence = slices.Clone(e.Evidence)
	return c
}
