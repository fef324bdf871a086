package graph

import (
	"context"
	"strings"

	"newsgraph/graph/apierr"
	"newsgraph/graph/model"
	"newsgraph/schema"
)

// MaxEdgeIDs is how many ids one edges call may name, as first's bound on
// a list.
const MaxEdgeIDs = model.MaxFirst

// edgesByID answers Query.edges with one store call: the edges among the
// ids' ends, kept where their id was asked. A client that draws a
// subgraph's elements (no evidence: half the bytes of a large graph) reads
// the evidence of the one edge it shows; without this it had to ask for
// every edge's evidence up front.
func (r *Resolver) edgesByID(ctx context.Context, ids []string) ([]*model.GraphEdge, error) {
	if len(ids) > MaxEdgeIDs {
		return nil, apierr.Invalid("at most %d edge ids, got %d", MaxEdgeIDs, len(ids))
	}
	out := make([]*model.GraphEdge, len(ids))
	asked := make(map[string]bool, len(ids))
	var ends []string
	for _, id := range ids {
		if from, to, ok := edgeEnds(id); ok {
			asked[id] = true
			ends = append(ends, from, to)
		}
	}
	if len(ends) == 0 {
		return out, nil
	}
	edges, err := r.Store.EdgesAmong(ctx, ends, schema.Projection{Evidence: LoadersFrom(ctx).Projection().Evidence})
	if err != nil {
		return nil, err
	}
	found := make(map[string]*model.GraphEdge, len(ids))
	for _, e := range edges {
		if id := e.EdgeID(); asked[id] {
			found[id] = GraphEdge(e)
		}
	}
	for i, id := range ids {
		out[i] = found[id]
	}
	return out, r.movedEdges(ctx, ids, out, edges)
}

// movedEdges answers, in out, the ids of edges not found whose meeting end
// was merged into another meeting by the same edge of that meeting, if it
// has one (mergedids.go): an edge id a page kept from before an ingest.
// An end that an edge read names a node, and is not looked up.
func (r *Resolver) movedEdges(ctx context.Context, ids []string, out []*model.GraphEdge, read []schema.Edge) error {
	seen := make(map[string]bool, 2*len(read))
	for _, e := range read {
		seen[e.From], seen[e.To] = true, true
	}
	var missing []string
	for i, id := range ids {
		if from, to, ok := edgeEnds(id); ok && out[i] == nil {
			for _, end := range []string{from, to} {
				if !seen[end] {
					missing = append(missing, end)
				}
			}
		}
	}
	l := LoadersFrom(ctx)
	into, err := l.follow(ctx, missing)
	if err != nil || len(into) == 0 {
		return err
	}
	renamed := map[string][]int{} // two ids may name one edge now
	var ends []string
	for i, id := range ids {
		from, to, ok := edgeEnds(id)
		if !ok || out[i] != nil || (into[from] == "" && into[to] == "") {
			continue
		}
		parts := strings.SplitN(id, "|", 4)
		if m := into[from]; m != "" {
			parts[0] = m
		}
		if m := into[to]; m != "" {
			parts[2] = m
		}
		renamed[strings.Join(parts, "|")] = append(renamed[strings.Join(parts, "|")], i)
		ends = append(ends, parts[0], parts[2])
	}
	edges, err := r.Store.EdgesAmong(ctx, ends, schema.Projection{Evidence: l.Projection().Evidence})
	if err != nil {
		return err
	}
	for _, e := range edges {
		for _, i := range renamed[e.EdgeID()] {
			out[i] = GraphEdge(e)
		}
	}
	return nil
}

// edgeEnds reads the ends of an edge id, "from|TYPE|to" or
// "from|TYPE|to|key" (schema.Edge.EdgeID); node ids hold no "|".
func edgeEnds(id string) (from, to string, ok bool) {
	parts := strings.SplitN(id, "|", 4)
	if len(parts) < 3 || parts[0] == "" || parts[1] == "" || parts[2] == "" {
		return "", "", false
	}
	return parts[0], parts[2], true
}

// edgeEvidence is GraphEdge.evidence: the evidence of its properties as
// Sources, whose articles Source.article loads in one batch.
func edgeEvidence(e *model.GraphEdge) []*model.Source {
	refs, _ := e.Properties["evidence"].([]model.EvidenceRef)
	out := make([]*model.Source, len(refs))
	for i, ref := range refs {
		out[i] = &model.Source{ArticleID: ref.Article, Sentence: ref.Sentence}
	}
	return out
}
