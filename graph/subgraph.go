package graph

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"newsgraph/graph/apierr"
	"newsgraph/graph/model"
	"newsgraph/schema"
)

// Limits of subgraph.
const (
	MaxSubgraphDepth = 3
	MaxSubgraphLimit = 1000
	MaxSubgraphKnown = 10000
)

// subgraph walks breadth-first from the seeds (see the SDL of
// Query.subgraph, and schema.SubgraphQuery for the rules): one store call,
// whatever the depth.
func (r *Resolver) subgraph(ctx context.Context, seeds []string, depth, limit int, where *model.SubgraphWhere, known []string) (*model.Subgraph, error) {
	if depth < 0 || depth > MaxSubgraphDepth {
		return nil, apierr.Invalid("depth must be between 0 and %d, got %d", MaxSubgraphDepth, depth)
	}
	if limit < 1 || limit > MaxSubgraphLimit {
		return nil, apierr.Invalid("limit must be between 1 and %d, got %d", MaxSubgraphLimit, limit)
	}
	if len(seeds) == 0 {
		// An empty graph would read as "this node has no neighbours" to a
		// page that sent its selection before it had one.
		return nil, apierr.Invalid("seeds is empty: a subgraph needs at least one node id to start from")
	}
	if len(seeds) > MaxSubgraphLimit {
		return nil, apierr.Invalid("at most %d seeds", MaxSubgraphLimit)
	}
	if len(known) > MaxSubgraphKnown {
		return nil, apierr.Invalid("known holds %d ids; at most %d", len(known), MaxSubgraphKnown)
	}
	filter := subgraphFilter(where)
	if err := checkRange(filter.From, filter.To); err != nil {
		return nil, err
	}
	if err := r.checkCountries(ctx, filter.Parties); err != nil {
		return nil, err
	}
	// GraphNode never shows a text; edges carry evidence only when asked.
	proj := schema.Projection{Evidence: LoadersFrom(ctx).Projection().Evidence}
	sel := subgraphSelection(ctx)
	withProps, withLists := sel.props, sel.lists
	q := schema.SubgraphQuery{Seeds: seeds, Depth: depth, Limit: limit, Filter: filter, Projection: proj, NamesOnly: !withProps}
	sub, err := r.Store.Subgraph(ctx, q)
	var into map[string]string
	if err == nil {
		// A seed of a meeting merged into another walks from the meeting
		// that holds it (mergedids.go).
		if into, err = LoadersFrom(ctx).follow(ctx, absentSeeds(seeds, sub.Nodes)); err == nil && len(into) > 0 {
			q.Seeds = movedTo(seeds, into)
			sub, err = r.Store.Subgraph(ctx, q)
		}
	}
	if err == nil {
		err = r.checkSeeds(ctx, seeds, into, sub.Nodes)
	}
	if err == nil && len(known) > 0 {
		sub, err = r.unknownPart(ctx, sub, known, proj)
	}
	if err != nil {
		return nil, err
	}
	out := &model.Subgraph{Truncated: sub.Truncated, Nodes: make([]*model.GraphNode, 0, len(sub.Nodes)), Edges: make([]*model.GraphEdge, 0, len(sub.Edges))}
	if sel.elements {
		out.Plain = graphElements(sub, nil)
	}
	var ids []string
	if withLists || sel.elementsDegree {
		ids = make([]string, len(sub.Nodes))
		for i, n := range sub.Nodes {
			ids[i] = n.ID
		}
		LoadersFrom(ctx).Group(ids...) // a degree asked of one is read for all
	}
	if sel.elementsDegree {
		degrees := make(map[string]int, len(ids))
		for _, id := range ids {
			d, err := LoadersFrom(ctx).Degree(ctx, id) // the first reads the whole group's
			if err != nil {
				return nil, err
			}
			degrees[id] = d
		}
		out.WithDegree = graphElements(sub, degrees)
	}
	if !withLists { // elements alone: no list to build
		return out, nil
	}

	// One array of each for the whole answer, not an allocation per
	// element; properties are built only when selected (a map per element).
	nodes := make([]model.GraphNode, len(sub.Nodes))
	for i, n := range sub.Nodes {
		if withProps {
			nodes[i] = graphNode(n)
		} else {
			nodes[i] = model.GraphNode{ID: n.ID, Label: displayName(n), Type: n.Label}
		}
		out.Nodes = append(out.Nodes, &nodes[i])
	}
	edges := make([]model.GraphEdge, len(sub.Edges))
	for i, e := range sub.Edges {
		if withProps {
			edges[i] = graphEdge(e)
		} else {
			edges[i] = model.GraphEdge{ID: e.EdgeID(), Source: e.From, Target: e.To, Type: e.Type}
		}
		out.Edges = append(out.Edges, &edges[i])
	}
	return out, nil
}

// checkSeeds is NOT_FOUND naming the seeds that name no node, among those
// the walk's nodes lack (a limit below the number of seeds leaves some
// out): an unknown seed was ignored, so a typo in an id answered the graph
// of the other seeds, or nothing, as if the node had no neighbours. seeds
// are the seeds asked, and into maps those of meetings merged away to the
// meetings that held the walk in their place, so that an error names a
// seed by its place in the argument.
func (r *Resolver) checkSeeds(ctx context.Context, seeds []string, into map[string]string, nodes []schema.Node) error {
	walked := movedTo(seeds, into)
	absent := absentSeeds(walked, nodes)
	if len(absent) == 0 {
		return nil
	}
	found, err := r.Store.Nodes(ctx, absent)
	if err != nil {
		return err
	}
	have := make(map[string]bool, len(nodes))
	for _, n := range nodes {
		have[n.ID] = true
	}
	var unknown []string
	for i, s := range seeds {
		id := s
		if m, ok := into[s]; ok {
			id = m
		}
		if _, ok := found[id]; !ok && !have[id] {
			unknown = append(unknown, fmt.Sprintf("%q (seeds[%d])", s, i))
		}
	}
	if len(unknown) > 0 {
		return apierr.NotFoundf("no node has the id %s", strings.Join(unknown, ", "))
	}
	return nil
}

// absentSeeds are the seeds that nodes lack.
func absentSeeds(seeds []string, nodes []schema.Node) []string {
	have := make(map[string]bool, len(nodes))
	for _, n := range nodes {
		have[n.ID] = true
	}
	var absent []string
	for _, s := range seeds {
		if !have[s] {
			absent = append(absent, s)
		}
	}
	return absent
}

// checkCountries is NOT_FOUND naming each of a subgraph's where.countries
// that names no country or organization: it left that country's people
// and meetings out without a word, so ["US", "Chna"] read as China having
// none.
func (r *Resolver) checkCountries(ctx context.Context, countries []string) error {
	return r.unknownParties(ctx, "where.countries", countries)
}

// selection is what a subgraph field selects (see subgraphSelection).
type selection struct {
	props                    bool // the properties of its nodes or edges
	elements, elementsDegree bool // elements, without and with degrees
	lists                    bool // nodes or edges
}

// subgraphSelection reports what the field resolved in ctx (a Subgraph)
// selects, through fragments and aliases too. A visualisation that draws
// ids, labels and types needs no properties, and the store then reads and
// ships names alone.
func subgraphSelection(ctx context.Context) selection {
	var s selection
	op := graphql.GetOperationContext(ctx)
	for _, f := range graphql.CollectFieldsCtx(ctx, []string{"Subgraph"}) {
		switch f.Name {
		case "elements":
			if degree, _ := f.ArgumentMap(op.Variables)["degree"].(bool); degree {
				s.elementsDegree = true
			} else {
				s.elements = true
			}
		case "nodes", "edges":
			s.lists = true
			for _, g := range graphql.CollectFields(op, f.Selections, []string{"GraphNode", "GraphEdge"}) {
				s.props = s.props || g.Name == "properties" || g.Name == "evidence" // evidence reads the properties' list
			}
		}
	}
	return s
}

// unknownPart is the part of sub that a client drawing the nodes known
// lacks (see the SDL of Query.subgraph): sub's nodes not among known, and
// every edge between two nodes of sub or known that touches one of them,
// ordered by id. The edges among sub's nodes came with the walk; those
// between its new nodes and the known nodes it did not reach take one
// store call, with the walk's projection.
func (r *Resolver) unknownPart(ctx context.Context, sub schema.Subgraph, known []string, p schema.Projection) (schema.Subgraph, error) {
	isKnown := make(map[string]bool, len(known))
	for _, id := range known {
		isKnown[id] = true
	}
	out := schema.Subgraph{Truncated: sub.Truncated}
	inWalk := make(map[string]bool, len(sub.Nodes))
	var fresh []string
	for _, n := range sub.Nodes {
		inWalk[n.ID] = true
		if !isKnown[n.ID] {
			out.Nodes = append(out.Nodes, n)
			fresh = append(fresh, n.ID)
		}
	}
	for _, e := range sub.Edges {
		if !isKnown[e.From] || !isKnown[e.To] {
			out.Edges = append(out.Edges, e)
		}
	}
	var beyond []string
	for id := range isKnown {
		if !inWalk[id] {
			beyond = append(beyond, id)
		}
	}
	if len(fresh) == 0 || len(beyond) == 0 {
		return out, nil
	}
	slices.Sort(beyond)
	more, err := r.Store.EdgesBetween(ctx, fresh, beyond, p)
	if err != nil {
		return schema.Subgraph{}, err
	}
	out.Edges = append(out.Edges, more...)
	schema.SortEdgesByID(out.Edges)
	return out, nil
}

// graphElements encodes the nodes and edges of sub as the GraphElements
// scalar says, with the values GraphNode and GraphEdge give, byte for byte
// as encoding/json writes {"nodes": [{id, label, type}], "edges": [{id,
// source, target, type}]}. It appends instead: json.Marshal's reflection
// and an edge id built per edge (SortEdgesByID built them once already)
// were a quarter of the API's CPU for Xi's 500 nodes and 1,000 edges.
//
// With degrees (not nil), each node also gives its "degree" after its type.
func graphElements(sub schema.Subgraph, degrees map[string]int) model.GraphElements {
	b := make([]byte, 0, 64*len(sub.Nodes)+128*len(sub.Edges)+32)
	b = append(b, `{"nodes":[`...)
	for i, n := range sub.Nodes {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = model.AppendJSONString(b, n.ID)
		b = append(b, `,"label":`...)
		b = model.AppendJSONString(b, displayName(n))
		b = append(b, `,"type":`...)
		b = model.AppendJSONString(b, n.Label)
		if degrees != nil {
			b = append(b, `,"degree":`...)
			b = strconv.AppendInt(b, int64(degrees[n.ID]), 10)
		}
		b = append(b, '}')
	}
	b = append(b, `],"edges":[`...)
	for i, e := range sub.Edges {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = appendEdgeID(b, e)
		b = append(b, `,"source":`...)
		b = model.AppendJSONString(b, e.From)
		b = append(b, `,"target":`...)
		b = model.AppendJSONString(b, e.To)
		b = append(b, `,"type":`...)
		b = model.AppendJSONString(b, e.Type)
		b = append(b, '}')
	}
	return append(b, "]}"...)
}

// appendEdgeID appends e.EdgeID() as a JSON string without building it:
// its parts are escaped one by one when each is plain (an escape never
// spans a plain part's end), else the whole id is.
func appendEdgeID(b []byte, e schema.Edge) []byte {
	if !model.PlainJSON(e.From) || !model.PlainJSON(e.Type) || !model.PlainJSON(e.To) || !model.PlainJSON(e.Key) {
		return model.AppendJSONString(b, e.EdgeID())
	}
	b = append(b, '"')
	b = append(append(append(append(append(b, e.From...), '|'), e.Type...), '|'), e.To...)
	if e.Key != "" {
		b = append(append(b, '|'), e.Key...)
	}
	return append(b, '"')
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
	g := graphNode(n)
	return &g
}

// graphNode is GraphNode's value.
func graphNode(n schema.Node) model.GraphNode {
	props := map[string]any{"name": n.Name}
	if len(n.Aliases) > 0 {
		props["aliases"] = slices.Clone(n.Aliases)
	}
	for k, v := range n.Props {
		// The sources' kinds are the store's tally, not the meeting's; an
		// article's ingestedAt is when this store loaded it (Article.ingestedAt).
		if k != schema.PropText && k != schema.PropSourceKinds && k != schema.PropIngestedAt && v != "" {
			props[k] = v
		}
	}
	return model.GraphNode{ID: n.ID, Label: displayName(n), Type: n.Label, Properties: props}
}

// displayName is a GraphNode's label: the name, or the id for a node
// without one.
func displayName(n schema.Node) string {
	if n.Name == "" {
		return n.ID
	}
	return n.Name
}

// GraphEdge is an edge as a visualization library takes it.
func GraphEdge(e schema.Edge) *model.GraphEdge {
	g := graphEdge(e)
	return &g
}

// graphEdge is GraphEdge's value.
func graphEdge(e schema.Edge) model.GraphEdge {
	evidence := make([]model.EvidenceRef, len(e.Evidence))
	for i, ev := range e.Evidence {
		evidence[i] = model.EvidenceRef{Article: schema.ArticleID(ev.ArticleID), Sentence: ev.Sentence}
	}
	props := make(map[string]any, 4)
	props["evidence"] = evidence
	if e.Key != "" {
		props["role"] = e.Key
	}
	if e.Since != "" {
		props["since"] = e.Since
	}
	if e.Until != "" {
		props["until"] = e.Until
	}
	return model.GraphEdge{ID: e.EdgeID(), Source: e.From, Target: e.To, Type: e.Type, Properties: props}
}
