package memstore

import (
	"cmp"
	"context"
	"slices"

	"newsgraph/schema"
)

// The reads below implement the analyst and visualisation queries of
// schema.Store by scanning memory. Their meaning lives in package schema
// (the EntityQuery, NodeFilter and Compare* docs); the Neo4j store states
// the same in Cypher, and the contract suite holds the two together.

// Entities implements schema.Store.
func (s *Store) Entities(ctx context.Context, queries []schema.EntityQuery, offset, limit int) ([]schema.Page, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]schema.Page, len(queries))
	for i, q := range queries {
		page, err := s.entities(ctx, q, offset, limit)
		if err != nil {
			return nil, err
		}
		out[i] = page
	}
	return out, nil
}

type counted struct {
	node  *schema.Node
	count int
}

// entities is one query of Entities; it stops with ctx's error when ctx
// ends, as a scan of every node of a label can be long.
func (s *Store) entities(ctx context.Context, q schema.EntityQuery, offset, limit int) (schema.Page, error) {
	words := schema.SearchWords(q.Name)
	parties := s.partySet(q.Parties)
	held := q.Terms.HeldAt()
	var with map[string]bool
	if q.With != "" {
		with = s.parties(q.With)
	}
	var rows []counted
	check := ctxCheck{ctx: ctx}
	for id := range s.entityCandidates(q, parties) {
		if err := check.every(); err != nil {
			return schema.Page{}, err
		}
		n := s.nodes[id]
		if n == nil || n.Label != q.Label {
			continue
		}
		if len(q.IDs) > 0 && !slices.Contains(q.IDs, id) {
			continue
		}
		if q.Name != "" && !schema.NameHasWords(*n, words) {
			continue
		}
		if !s.entityMatches(n, q, parties, held) || with[id] || q.Label == schema.LabelPerson && with != nil && s.affiliated(id, with) {
			continue // the with party, and its own people, are not ranked by its meetings with itself
		}
		r := counted{node: n}
		switch q.Order {
		case schema.OrderMeetings:
			r.count = len(s.meetingsOf(n, with, q.From, q.To))
		case schema.OrderOfficials:
			r.count = len(s.officials(id, q.AsOf, held))
		}
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b counted) int {
		var c int
		switch q.Order {
		case schema.OrderMeetings, schema.OrderOfficials:
			c = cmp.Compare(a.count, b.count)
		case schema.OrderTitle:
			c = cmp.Compare(a.node.Props[schema.PropTitle], b.node.Props[schema.PropTitle])
		case schema.OrderDate:
			da, db := a.node.Props[schema.PropDate], b.node.Props[schema.PropDate]
			if u := schema.CompareDatedFirst(da, db); u != 0 {
				return u // undated last, either way
			}
			c = cmp.Compare(da, db)
		case schema.OrderIngested:
			ia, ib := a.node.Props[schema.PropIngestedAt], b.node.Props[schema.PropIngestedAt]
			if u := schema.CompareDatedFirst(ia, ib); u != 0 {
				return u // unstamped last, either way
			}
			c = cmp.Compare(ia, ib)
		default:
			if q.Label == schema.LabelArticle && q.Order == "" {
				da, db := a.node.Props[schema.PropDate], b.node.Props[schema.PropDate]
				if u := schema.CompareDatedFirst(da, db); u != 0 {
					return u
				}
				c = cmp.Compare(da, db)
			} else {
				c = cmp.Compare(a.node.Name, b.node.Name)
			}
		}
		if q.Desc {
			c = -c
		}
		return cmp.Or(c, cmp.Compare(a.node.ID, b.node.ID))
	})
	page := schema.Page{Total: len(rows)}
	for i := offset; i < len(rows) && len(page.Nodes) < limit; i++ {
		n, err := s.copyNode(rows[i].node, true)
		if err != nil {
			return schema.Page{}, err
		}
		page.Nodes = append(page.Nodes, n)
		if schema.OrderCounts(q.Order) {
			page.Counts = append(page.Counts, rows[i].count)
		}
	}
	return page, nil
}

// entityCandidates are the nodes that can answer q: those it names by id,
// the people affiliated with or the places in its parties (a page of
// organizations' officials need not read every person once per
// organization), else every node of its label. The caller checks each.
func (s *Store) entityCandidates(q schema.EntityQuery, parties map[string]bool) map[string]struct{} {
	switch {
	case len(q.IDs) > 0:
		set := map[string]struct{}{}
		for _, id := range q.IDs {
			set[id] = struct{}{}
		}
		return set
	case len(q.Parties) > 0 && q.Label == schema.LabelPerson:
		return s.linked(parties, schema.RelAffiliatedWith, schema.In)
	case len(q.Parties) > 0 && q.Label == schema.LabelPlace:
		return s.linked(parties, schema.RelIn, schema.In)
	}
	return s.byLabel[q.Label]
}

// entityMatches applies the label-specific conditions of a query.
func (s *Store) entityMatches(n *schema.Node, q schema.EntityQuery, parties map[string]bool, held func(*schema.Edge, string) bool) bool {
	switch n.Label {
	case schema.LabelPerson:
		if len(q.Parties) == 0 && q.AsOf == "" && q.Role == "" {
			return true
		}
		role := schema.SearchWords(q.Role)
		return s.anyEdge(n.ID, schema.RelAffiliatedWith, schema.Out, func(e *schema.Edge) bool {
			return (len(q.Parties) == 0 || parties[e.To]) && (q.AsOf == "" || held(e, q.AsOf)) &&
				(q.Role == "" || schema.TextHasWords(e.Key, role))
		})
	case schema.LabelPlace:
		return len(q.Parties) == 0 || s.anyEdge(n.ID, schema.RelIn, schema.Out, func(e *schema.Edge) bool { return parties[e.To] })
	case schema.LabelOrganization:
		return q.OrgType == "" || n.Props[schema.PropOrgType] == q.OrgType
	case schema.LabelArticle:
		date := n.Props[schema.PropDate]
		if (q.From != "" || q.To != "") && !schema.DateInRange(date, q.From, q.To) {
			return false
		}
		if q.Source != "" && !schema.TextHasWords(n.Props[schema.PropSource], schema.SearchWords(q.Source)) {
			return false
		}
		if !schema.IngestedAfter(n.Props[schema.PropIngestedAt], q.IngestedAfter) {
			return false
		}
		for _, m := range q.Mentions {
			if !s.names(n.ID, m) {
				return false
			}
		}
	}
	return true
}

// names reports whether an article has a MENTIONS, DISCUSSED or REPORTS
// edge to a node.
func (s *Store) names(article, node string) bool {
	for _, t := range []string{schema.RelMentions, schema.RelDiscussed, schema.RelReports} {
		if s.anyEdge(article, t, schema.Out, func(e *schema.Edge) bool { return e.To == node }) {
			return true
		}
	}
	return false
}

// partySet resolves countries and organisations named by texts to ids.
func (s *Store) partySet(texts []string) map[string]bool {
	out := map[string]bool{}
	for _, t := range texts {
		for id := range s.parties(t) {
			out[id] = true
		}
	}
	return out
}

// meetingsOf returns the meetings a node's OrderMeetings count counts,
// keeping only those with an official of with when with is not nil, and
// those dated within [from, to] when either is given (schema.DateInRange).
func (s *Store) meetingsOf(n *schema.Node, with map[string]bool, from, to string) map[string]bool {
	out := map[string]bool{}
	add := func(m string) {
		if mn := s.nodes[m]; (from != "" || to != "") && (mn == nil || !schema.DateInRange(mn.Props[schema.PropDate], from, to)) {
			return
		}
		if with == nil || s.anyEdge(m, schema.RelAttended, schema.In, func(e *schema.Edge) bool { return s.affiliated(e.From, with) }) {
			out[m] = true
		}
	}
	switch n.Label {
	case schema.LabelPerson:
		for _, e := range s.edgeList(n.ID, schema.RelAttended, schema.Out) {
			add(e.To)
		}
	case schema.LabelCountry, schema.LabelOrganization:
		for person := range s.officials(n.ID, "", nil) {
			for _, e := range s.edgeList(person, schema.RelAttended, schema.Out) {
				add(e.To)
			}
		}
	case schema.LabelPlace:
		for _, e := range s.edgeList(n.ID, schema.RelHeldIn, schema.In) {
			add(e.From)
		}
	case schema.LabelIssue:
		for _, e := range s.edgeList(n.ID, schema.RelDiscussed, schema.In) {
			if schema.LabelOf(e.From) == schema.LabelMeeting {
				add(e.From)
			}
		}
	}
	return out
}

// officials returns the people affiliated with a party, with an
// affiliation held at asOf when it is given (schema.Terms.HeldAt).
func (s *Store) officials(party, asOf string, held func(*schema.Edge, string) bool) map[string]bool {
	out := map[string]bool{}
	for _, e := range s.edgeList(party, schema.RelAffiliatedWith, schema.In) {
		if asOf == "" || held(e, asOf) {
			out[e.From] = true
		}
	}
	return out
}

// edgeList returns a node's edges of one type and direction, unordered.
func (s *Store) edgeList(node, relType string, dir schema.Direction) []*schema.Edge {
	idx := s.out
	if dir == schema.In {
		idx = s.in
	}
	return slices.Clone(idx[node].of(relType))
}

// expandOptions say which edges expand follows and to which nodes.
type expandOptions struct {
	types  []string          // followed in either direction
	labels []string          // that the other end may have; all when empty
	filter schema.NodeFilter // drops other ends (never the given nodes)
	// perNode, when above 0, keeps for each given node and type only the
	// first perNode other ends in the walk's order (schema.CompareSubgraph),
	// with every edge to them.
	perNode int
}

// expand calls visit for each edge that one step from ids follows, by
// given node, type, other end's id and edge id: one level of the subgraph
// walk. The caller holds the read lock.
func (s *Store) expand(ids []string, opts expandOptions, visit func(from string, e *schema.Edge, o *schema.Node)) {
	admit := s.nodeFilter(opts.filter)
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] || s.nodes[id] == nil {
			continue
		}
		seen[id] = true
		for _, t := range opts.types {
			byOther := map[string][]*schema.Edge{}
			for _, dir := range []schema.Direction{schema.Out, schema.In} {
				for _, e := range s.edgeList(id, t, dir) {
					other := e.To
					if dir == schema.In {
						other = e.From
					}
					o := s.nodes[other]
					if o == nil || (len(opts.labels) > 0 && !slices.Contains(opts.labels, o.Label)) || !admit(o) {
						continue
					}
					byOther[other] = append(byOther[other], e)
				}
			}
			others := s.subgraphOrder(byOther)
			if opts.perNode > 0 && len(others) > opts.perNode {
				others = others[:opts.perNode]
			}
			for _, o := range others {
				edges := byOther[o]
				slices.SortFunc(edges, func(a, b *schema.Edge) int { return cmp.Compare(a.EdgeID(), b.EdgeID()) })
				for _, e := range edges {
					visit(id, e, s.nodes[o])
				}
			}
		}
	}
}

// nodeFilter returns the predicate of a schema.NodeFilter. The caller holds
// the read lock.
func (s *Store) nodeFilter(f schema.NodeFilter) func(*schema.Node) bool {
	parties := s.partySet(f.Parties)
	return func(n *schema.Node) bool {
		switch n.Label {
		case schema.LabelMeeting:
			if (f.From != "" || f.To != "") && !schema.DateInRange(n.Props[schema.PropDate], f.From, f.To) {
				return false
			}
			if len(f.Parties) > 0 && !slices.ContainsFunc(s.sides.of[n.ID], func(e partyOfficial) bool { return parties[e.party] }) {
				return false // no official of the parties attended
			}
			return len(f.Kinds) == 0 || slices.Contains(f.Kinds, n.Props[schema.PropKind])
		case schema.LabelPerson:
			return len(f.Parties) == 0 || s.affiliated(n.ID, parties)
		case schema.LabelCountry, schema.LabelOrganization:
			return len(f.Parties) == 0 || parties[n.ID]
		}
		return true
	}
}

// EdgesAmong implements schema.Store.
func (s *Store) EdgesAmong(ctx context.Context, ids []string, p schema.Projection) ([]schema.Edge, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.edgesAmong(&ctxCheck{ctx: ctx}, ids, p)
}

// edgesAmong is EdgesAmong for a caller that holds the read lock.
func (s *Store) edgesAmong(check *ctxCheck, ids []string, p schema.Projection) ([]schema.Edge, error) {
	set := make(map[string]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	out := make([]schema.Edge, 0, 2*len(set)) // a subgraph's edges are about twice its nodes
	for id := range set {
		if err := check.every(); err != nil {
			return nil, err
		}
		for _, t := range s.out[id] {
			for _, e := range t.edges {
				if set[e.To] {
					out = append(out, s.project(e, p))
				}
			}
		}
	}
	schema.SortEdgesByID(out)
	return out, nil
}

// EdgesBetween implements schema.Store: each edge is found from its
// start node, among the edges out of ids and out of others.
func (s *Store) EdgesBetween(ctx context.Context, ids, others []string, p schema.Projection) ([]schema.Edge, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	a, b := idSet(ids), idSet(others)
	check := &ctxCheck{ctx: ctx}
	var out []schema.Edge
	for i, side := range [2]struct{ from, to map[string]bool }{{a, b}, {b, a}} {
		for id := range side.from {
			if err := check.every(); err != nil {
				return nil, err
			}
			for _, t := range s.out[id] {
				for _, e := range t.edges {
					if side.to[e.To] && (i == 0 || !a[id] || !b[e.To]) { // once, when the sets share ids
						out = append(out, s.project(e, p))
					}
				}
			}
		}
	}
	schema.SortEdgesByID(out)
	return out, nil
}

// idSet is ids as a set.
func idSet(ids []string) map[string]bool {
	set := make(map[string]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	return set
}

// Degrees implements schema.Store.
func (s *Store) Degrees(ctx context.Context, ids []string) (map[string]int, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make(map[string]int, len(ids))
	for _, id := range ids {
		if s.nodes[id] != nil {
			out[id] = s.degree(id)
		}
	}
	return out, nil
}

// degree is a node's edges, of every type and direction; the caller holds
// s.mu.
func (s *Store) degree(id string) int {
	n := 0
	for _, byType := range []adjacency{s.out[id], s.in[id]} {
		for _, t := range byType {
			n += len(t.edges)
		}
	}
	return n
}

// Subgraph implements schema.Store: the walk of schema.SubgraphQuery, level
// by level, over one consistent view of the graph.
func (s *Store) Subgraph(ctx context.Context, q schema.SubgraphQuery) (schema.Subgraph, error) {
	if err := ctx.Err(); err != nil {
		return schema.Subgraph{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	dist := map[string]int{} // node id -> distance in half steps
	for _, id := range q.Seeds {
		if s.nodes[id] != nil {
			dist[id] = 0
		}
	}
	budget := 2 * q.Depth
	for level := 0; level <= budget; level++ {
		if err := ctx.Err(); err != nil {
			return schema.Subgraph{}, err
		}
		within := 0
		for _, d := range dist {
			if d <= level {
				within++
			}
		}
		if within > q.Limit {
			break
		}
		var entities, articles []string
		for id, d := range dist {
			if d != level {
				continue
			}
			switch label := s.nodes[id].Label; {
			case label == schema.LabelArticle:
				if level == 0 && level < budget {
					articles = append(articles, id)
				}
			case label == schema.LabelMeeting,
				label == schema.LabelPerson && level < budget,
				level == 0 && level < budget:
				entities = append(entities, id)
			}
		}
		slices.Sort(entities)
		slices.Sort(articles)
		types := schema.SubgraphTypes
		if budget-level < 2 {
			types = schema.SubgraphMeetingTypes
		}
		visit := func(from string, _ *schema.Edge, o *schema.Node) {
			d := level + schema.SubgraphStepCost(from, o.ID)
			if d > budget && s.nodes[from].Label != schema.LabelMeeting {
				return
			}
			if old, ok := dist[o.ID]; !ok || d < old {
				dist[o.ID] = d
			}
		}
		s.expand(entities, expandOptions{types: types, labels: schema.SubgraphLabels, filter: q.Filter, perNode: q.Limit}, visit)
		s.expand(articles, expandOptions{types: schema.SubgraphArticleTypes, filter: q.Filter, perNode: q.Limit}, visit)
	}
	ids, truncated := s.keepSubgraph(dist, q)
	out := schema.Subgraph{Truncated: truncated}
	for _, id := range ids {
		n, err := s.copyNode(s.nodes[id], q.Projection.Text)
		if err != nil {
			return schema.Subgraph{}, err
		}
		out.Nodes = append(out.Nodes, n)
	}
	edges, err := s.edgesAmong(&ctxCheck{ctx: ctx}, ids, q.Projection)
	if err != nil {
		return schema.Subgraph{}, err
	}
	out.Edges = edges
	return out, nil
}

// ordered is a node id with what orders it in a subgraph walk.
type ordered struct {
	id, key string
	d       int
}

func compareOrdered(a, b ordered) int {
	return cmp.Or(cmp.Compare(a.d, b.d), schema.CompareSubgraph(a.id, a.key, b.id, b.key))
}

// subgraphOrder is the ids of m's keys in the walk's order
// (schema.CompareSubgraph), each key read once. The caller holds the
// read lock.
func (s *Store) subgraphOrder(m map[string][]*schema.Edge) []string {
	list := make([]ordered, 0, len(m))
	for id := range m {
		list = append(list, ordered{id: id, key: schema.SubgraphKey(s.nodes[id])})
	}
	slices.SortFunc(list, compareOrdered)
	out := make([]string, len(list))
	for i, o := range list {
		out[i] = o.id
	}
	return out
}

// keepSubgraph is schema.KeepSubgraph of the nodes a walk found, at their
// distances in dist: the walk's order, and the members of the meetings
// that can be kept (at most the first Limit+1 candidates can).
func (s *Store) keepSubgraph(dist map[string]int, q schema.SubgraphQuery) ([]string, bool) {
	list := make([]ordered, 0, len(dist))
	seeds := 0
	for id, d := range dist {
		list = append(list, ordered{id: id, key: schema.SubgraphKey(s.nodes[id]), d: d})
		if d == 0 {
			seeds++
		}
	}
	slices.SortFunc(list, compareOrdered)
	ids := make([]string, len(list))
	for i, o := range list {
		ids[i] = o.id
	}
	members := map[string][]string{}
	for _, id := range ids[:min(len(ids), q.Limit+1)] {
		if s.nodes[id].Label != schema.LabelMeeting {
			continue
		}
		opts := expandOptions{types: schema.SubgraphMeetingTypes, labels: schema.SubgraphLabels, filter: q.Filter, perNode: q.Limit}
		s.expand([]string{id}, opts, func(_ string, _ *schema.Edge, o *schema.Node) {
			if !slices.Contains(members[id], o.ID) {
				members[id] = append(members[id], o.ID)
			}
		})
		slices.Sort(members[id])
	}
	return schema.KeepSubgraph(ids, seeds, members, q.Limit)
}

// Timeline implements schema.Store.
func (s *Store) Timeline(ctx context.Context, id, from, to string, kinds []string, after schema.TimelineKey, limit int) ([]schema.TimelineEntry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	n := s.nodes[id]
	if n == nil || limit <= 0 {
		return nil, nil
	}
	meetings := map[string]bool{}
	switch {
	case !schema.TimelineWants(kinds, schema.TimelineMeeting):
	case n.Label == schema.LabelMeeting:
		meetings[id] = true
	case n.Label == schema.LabelArticle:
		for _, e := range s.edgeList(id, schema.RelReports, schema.Out) {
			meetings[e.To] = true
		}
	default:
		meetings = s.meetingsOf(n, nil, "", "")
	}
	check := ctxCheck{ctx: ctx}
	var out []schema.TimelineEntry
	inRange := func(date string) bool { return (from == "" && to == "") || schema.DateInRange(date, from, to) }
	for m := range meetings {
		if err := check.every(); err != nil {
			return nil, err
		}
		mn := s.nodes[m]
		if date := mn.Props[schema.PropDate]; inRange(date) {
			out = append(out, schema.TimelineEntry{Date: date, Kind: schema.TimelineMeeting, Node: cloneNode(mn)})
		}
	}
	// One mention per article, whatever edges it has to the node.
	sentences := map[string]map[string]string{} // article id -> type -> sentence
	for _, t := range []string{schema.RelMentions, schema.RelDiscussed, schema.RelReports} {
		if !schema.TimelineWants(kinds, schema.TimelineMention) {
			break
		}
		for _, e := range s.edgeList(id, t, schema.In) {
			if err := check.every(); err != nil {
				return nil, err
			}
			if a := s.nodes[e.From]; a != nil && a.Label == schema.LabelArticle && inRange(a.Props[schema.PropDate]) {
				if sentences[a.ID] == nil {
					sentences[a.ID] = map[string]string{}
				}
				sentences[a.ID][t] = sentenceOf(e, a.ID)
			}
		}
	}
	for article, byType := range sentences {
		a := cloneNode(s.nodes[article])
		out = append(out, schema.TimelineEntry{Date: a.Props[schema.PropDate], Kind: schema.TimelineMention, Node: a,
			Sentence: schema.MentionSentence(byType)})
	}
	out = slices.DeleteFunc(out, func(e schema.TimelineEntry) bool { return !schema.TimelineAfter(e, after) })
	slices.SortFunc(out, schema.CompareTimeline)
	if len(out) > limit {
		out = out[:limit]
	}
	// Texts are read from disk only for the entries returned.
	for i := range out {
		if err := s.fillText(&out[i].Node); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// sentenceOf is the sentence an article gave as evidence for an edge, ""
// when it gave none.
func sentenceOf(e *schema.Edge, articleNodeID string) string {
	for _, ev := range e.Evidence {
		if schema.ArticleID(ev.ArticleID) == articleNodeID {
			return ev.Sentence
		}
	}
	return ""
}

// CoParticipants implements schema.Store.
func (s *Store) CoParticipants(ctx context.Context, personID, from, to string, limit int) ([]schema.CoParticipant, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	check := ctxCheck{ctx: ctx}
	byPerson := map[string]*schema.CoParticipant{}
	for _, att := range s.edgeList(personID, schema.RelAttended, schema.Out) {
		if err := check.every(); err != nil {
			return nil, err
		}
		date := s.nodes[att.To].Props[schema.PropDate]
		if (from != "" || to != "") && !schema.DateInRange(date, from, to) {
			continue
		}
		for _, other := range s.edgeList(att.To, schema.RelAttended, schema.In) {
			if other.From == personID {
				continue
			}
			c := byPerson[other.From]
			if c == nil {
				c = &schema.CoParticipant{Node: cloneNode(s.nodes[other.From])}
				byPerson[other.From] = c
			}
			c.Count++
			if date != "" {
				if c.First == "" || date < c.First {
					c.First = date
				}
				if date > c.Last {
					c.Last = date
				}
			}
		}
	}
	out := make([]schema.CoParticipant, 0, len(byPerson))
	for _, c := range byPerson {
		out = append(out, *c)
	}
	slices.SortFunc(out, schema.CompareCoParticipants)
	if len(out) > limit {
		out = out[:max(limit, 0)]
	}
	return out, nil
}

// neighbours calls visit for every edge of a node, with the node at its
// other end.
func (s *Store) neighbours(id string, visit func(e *schema.Edge, other string)) {
	for _, t := range s.out[id] {
		for _, e := range t.edges {
			visit(e, e.To)
		}
	}
	for _, t := range s.in[id] {
		for _, e := range t.edges {
			visit(e, e.From)
		}
	}
}

var _ schema.Store = (*Store)(nil)
