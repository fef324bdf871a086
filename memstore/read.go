package memstore

import (
	"cmp"
	"context"
	"slices"

	"newsgraph/schema"
)

// Meetings implements schema.Store.
func (s *Store) Meetings(ctx context.Context, f schema.MeetingFilter, offset, limit int) ([]schema.Node, int, error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()

	participants := s.matching(schema.LabelPerson, f.Participant, schema.NameMatches)
	parties := s.matching("", f.WithOfficialsOf, schema.PartyMatches)
	issues := s.matching(schema.LabelIssue, f.Issue, schema.NameMatches)

	var hits []*schema.Node
	for id := range s.byLabel[schema.LabelMeeting] {
		m := s.nodes[id]
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
		if f.WithOfficialsOf != "" && !s.anyEdge(id, schema.RelAttended, schema.In, func(e *schema.Edge) bool {
			return !participants[e.From] && s.anyEdge(e.From, schema.RelAffiliatedWith, schema.Out, func(a *schema.Edge) bool { return parties[a.To] })
		}) {
			continue
		}
		if f.Issue != "" && !s.anyEdge(id, schema.RelDiscussed, schema.Out, func(e *schema.Edge) bool { return issues[e.To] }) {
			continue
		}
		hits = append(hits, m)
	}
	slices.SortFunc(hits, func(a, b *schema.Node) int {
		// Newest first; an unknown date sorts last, as in the Neo4j store.
		if c := cmp.Compare(b.Props[schema.PropDate], a.Props[schema.PropDate]); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	total := len(hits)
	var page []schema.Node
	for i := offset; i < total && len(page) < limit; i++ {
		page = append(page, cloneNode(hits[i]))
	}
	return page, total, nil
}

// matching returns the ids of the nodes of a label ("" for any) that text
// names, by the given rule. It returns nil for empty text.
func (s *Store) matching(label, text string, matches func(schema.Node, string) bool) map[string]bool {
	if text == "" {
		return nil
	}
	out := map[string]bool{}
	for id, n := range s.nodes {
		if (label == "" || n.Label == label) && matches(*n, text) {
			out[id] = true
		}
	}
	return out
}

func (s *Store) anyEdge(node, relType string, dir schema.Direction, pred func(*schema.Edge) bool) bool {
	idx := s.out
	if dir == schema.In {
		idx = s.in
	}
	for _, eid := range idx[node][relType] {
		if pred(s.edges[eid]) {
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
			out[id] = cloneNode(n)
		}
	}
	return out, nil
}

// Edges implements schema.Store.
func (s *Store) Edges(ctx context.Context, ids []string, relType string, dir schema.Direction) (map[string][]schema.Edge, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	idx := s.out
	if dir == schema.In {
		idx = s.in
	}
	out := make(map[string][]schema.Edge, len(ids))
	for _, id := range ids {
		eids := idx[id][relType]
		if len(eids) == 0 {
			continue
		}
		list := make([]schema.Edge, 0, len(eids))
		for _, eid := range eids {
			list = append(list, cloneEdge(s.edges[eid]))
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
	return out, nil
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
		if (len(labels) == 0 || slices.Contains(labels, n.Label)) && schema.NameMatches(*n, text) {
			out = append(out, cloneNode(n))
		}
	}
	slices.SortFunc(out, func(a, b schema.Node) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// Search implements schema.Store: a node matches when every word of text is
// a word, or the start of a word, of its name or an alias. It scores by
// schema.SearchScore, ties by id.
func (s *Store) Search(ctx context.Context, text string, labels []string, limit int) ([]schema.SearchHit, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	query := schema.SearchWords(text)
	if len(query) == 0 || limit <= 0 {
		return nil, nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var hits []schema.SearchHit
	for _, n := range s.nodes {
		if len(labels) > 0 && !slices.Contains(labels, n.Label) {
			continue
		}
		if len(labels) == 0 && !schema.SearchesByDefault(n.Label) {
			continue
		}
		if score := schema.SearchScore(*n, query); score > 0 {
			hits = append(hits, schema.SearchHit{Node: cloneNode(n), Score: score})
		}
	}
	slices.SortFunc(hits, func(a, b schema.SearchHit) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.Node.ID, b.Node.ID)
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// Counts implements schema.Store.
func (s *Store) Counts(ctx context.Context) (schema.Counts, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return schema.Counts{Nodes: len(s.nodes), Relationships: len(s.edges)}, nil
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
