package graph

import (
	"cmp"
	"context"
	"slices"

	"newsgraph/graph/apierr"
	"newsgraph/graph/model"
	"newsgraph/schema"
)

// Limits of subgraph.
const (
	MaxSubgraphDepth = 3
	MaxSubgraphLimit = 1000
)

// walkTypes are the edges a subgraph walk follows between entities;
// articleTypes those it follows out of an article seed.
var (
	walkTypes    = []string{schema.RelAttended, schema.RelAffiliatedWith, schema.RelHeldIn, schema.RelIn, schema.RelDiscussed}
	meetingTypes = []string{schema.RelAttended, schema.RelHeldIn, schema.RelDiscussed}
	articleTypes = []string{schema.RelMentions, schema.RelReports, schema.RelDiscussed}
	entityLabels = []string{schema.LabelPerson, schema.LabelCountry, schema.LabelOrganization, schema.LabelPlace, schema.LabelMeeting, schema.LabelIssue}
)

// stepCost is the cost of an edge in half steps: one for an edge that
// touches a meeting (a meeting joins its participants: person, meeting,
// person is one step), two for any other.
func stepCost(a, b string) int {
	if schema.LabelOf(a) == schema.LabelMeeting || schema.LabelOf(b) == schema.LabelMeeting {
		return 1
	}
	return 2
}

// walk is the state of one subgraph walk.
type walk struct {
	dist  map[string]int // node id -> distance in half steps
	nodes map[string]schema.Node
}

// subgraph walks breadth-first from the seeds (see the SDL of
// Query.subgraph for the rules). Each level of the walk is one store
// call, so a request costs at most 2·depth+4 store calls whatever it
// returns: the seeds, the levels, article seeds, and the edges among the
// nodes kept.
func (r *Resolver) subgraph(ctx context.Context, seeds []string, depth, limit int, where *model.SubgraphWhere) (*model.Subgraph, error) {
	if depth < 0 || depth > MaxSubgraphDepth {
		return nil, apierr.Invalid("depth must be between 0 and %d, got %d", MaxSubgraphDepth, depth)
	}
	if limit < 1 || limit > MaxSubgraphLimit {
		return nil, apierr.Invalid("limit must be between 1 and %d, got %d", MaxSubgraphLimit, limit)
	}
	if len(seeds) > MaxSubgraphLimit {
		return nil, apierr.Invalid("at most %d seeds", MaxSubgraphLimit)
	}
	filter := subgraphFilter(where)
	found, err := r.Store.Nodes(ctx, seeds)
	if err != nil {
		return nil, err
	}
	w := walk{dist: map[string]int{}, nodes: map[string]schema.Node{}}
	for _, id := range seeds {
		if n, ok := found[id]; ok {
			w.dist[id], w.nodes[id] = 0, n
		}
	}
	budget := 2 * depth
	for level := 0; level <= budget; level++ {
		// Nodes beyond limit cannot be returned: once the nodes at this
		// level and nearer fill it, the walk stops.
		if w.within(level) > limit {
			break
		}
		var entities, articles []string
		for id, d := range w.dist {
			if d != level {
				continue
			}
			label := w.nodes[id].Label
			switch {
			case label == schema.LabelArticle && level == 0:
				articles = append(articles, id)
			case label == schema.LabelMeeting, // always, for its participants, place and issues
				label == schema.LabelPerson && level < budget,
				level == 0 && level < budget: // a hub is expanded only as a seed
				entities = append(entities, id)
			}
		}
		slices.Sort(entities)
		slices.Sort(articles)
		types := walkTypes
		if budget-level < 2 {
			types = meetingTypes // only half steps are left
		}
		if err := w.expand(ctx, r.Store, entities, schema.ExpandOptions{Types: types, Labels: entityLabels, Filter: filter, PerNode: limit}, level, budget); err != nil {
			return nil, err
		}
		if level < budget {
			// An article seed brings what it mentions, reports and discusses.
			if err := w.expand(ctx, r.Store, articles, schema.ExpandOptions{Types: articleTypes, Filter: filter, PerNode: limit}, level, budget); err != nil {
				return nil, err
			}
		}
	}

	ids := make([]string, 0, len(w.dist))
	for id := range w.dist {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int { return cmp.Or(cmp.Compare(w.dist[a], w.dist[b]), cmp.Compare(a, b)) })
	out := &model.Subgraph{Truncated: len(ids) > limit, Nodes: []*model.GraphNode{}, Edges: []*model.GraphEdge{}}
	if len(ids) > limit {
		ids = ids[:limit]
	}
	for _, id := range ids {
		out.Nodes = append(out.Nodes, GraphNode(w.nodes[id]))
	}
	if len(ids) > 1 {
		edges, err := r.Store.EdgesAmong(ctx, ids)
		if err != nil {
			return nil, err
		}
		for _, e := range edges {
			out.Edges = append(out.Edges, GraphEdge(e))
		}
	}
	return out, nil
}

// within counts the nodes at most level half steps away.
func (w *walk) within(level int) int {
	n := 0
	for _, d := range w.dist {
		if d <= level {
			n++
		}
	}
	return n
}

// expand follows one step from nodes at level. A node is kept at the
// least distance it is found at; one beyond budget only when it is a
// meeting's participant, place or issue.
func (w *walk) expand(ctx context.Context, store schema.Store, ids []string, opts schema.ExpandOptions, level, budget int) error {
	if len(ids) == 0 {
		return nil
	}
	steps, err := store.Expand(ctx, ids, opts)
	if err != nil {
		return err
	}
	for _, st := range steps {
		d := level + stepCost(st.From, st.Node.ID)
		closure := schema.LabelOf(st.From) == schema.LabelMeeting
		if d > budget && !closure {
			continue
		}
		if old, ok := w.dist[st.Node.ID]; !ok || d < old {
			w.dist[st.Node.ID] = d
			w.nodes[st.Node.ID] = st.Node
		}
	}
	return nil
}

// subgraphFilter maps SubgraphWhere onto the store's node filter.
func subgraphFilter(where *model.SubgraphWhere) schema.NodeFilter {
	var f schema.NodeFilter
	if where == nil {
		return f
	}
	f.From, f.To = dateString(where.From), dateString(where.To)
	for _, k := range where.Kinds {
		f.Kinds = append(f.Kinds, string(k))
	}
	f.Parties = where.Countries
	return f
}

// GraphNode is a node as a visualization library takes it.
func GraphNode(n schema.Node) *model.GraphNode {
	props := map[string]any{"name": n.Name}
	if len(n.Aliases) > 0 {
		props["aliases"] = slices.Clone(n.Aliases)
	}
	for k, v := range n.Props {
		if k != schema.PropText && v != "" {
			props[k] = v
		}
	}
	label := n.Name
	if label == "" {
		label = n.ID
	}
	return &model.GraphNode{ID: n.ID, Label: label, Type: n.Label, Properties: props}
}

// GraphEdge is an edge as a visualization library takes it.
func GraphEdge(e schema.Edge) *model.GraphEdge {
	evidence := make([]any, 0, len(e.Evidence))
	for _, ev := range e.Evidence {
		evidence = append(evidence, map[string]any{"article": schema.ArticleID(ev.ArticleID), "sentence": ev.Sentence})
	}
	props := map[string]any{"evidence": evidence}
	if e.Key != "" {
		props["role"] = e.Key
	}
	if e.Since != "" {
		props["since"] = e.Since
	}
	if e.Until != "" {
		props["until"] = e.Until
	}
	return &model.GraphEdge{ID: e.EdgeID(), Source: e.From, Target: e.To, Type: e.Type, Properties: props}
}
