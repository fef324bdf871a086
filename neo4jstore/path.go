package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"newsgraph/schema"
)

// ShortestPath implements schema.Store the way the embedded store does
// (memstore/path.go), with Go driving and Neo4j expanding: a bidirectional
// breadth-first search that expands, one statement per level, the side
// with the smaller frontier and passes only through people and meetings
// (schema.PathInterior); the levels are then pruned in Go to the nodes on
// a shortest path, a walk from one end takes the least next node by
// schema.PathKey at every step, and one last statement reads the path's
// nodes and the edges between its neighbours, of which Go keeps the least
// EdgeID. That is the least shortest path by schema.ComparePaths, found
// without listing every shortest path: between two busy people there can
// be millions, which ALL SHORTEST enumerated and sorted.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxHops int) (*schema.Path, error) {
	if schema.LabelOf(from) == "" || schema.LabelOf(to) == "" || maxHops < 1 {
		return nil, nil
	}
	if from == to {
		nodes, err := s.Nodes(ctx, []string{from})
		if n, ok := nodes[from]; ok && err == nil {
			return &schema.Path{Nodes: []schema.Node{n}}, nil
		}
		return nil, err
	}
	fwd, bwd := newPathSide(from), newPathSide(to)
	var meet []string
	for len(meet) == 0 && fwd.depth()+bwd.depth() < maxHops {
		side, other, goal := fwd, bwd, to
		if len(bwd.last()) < len(fwd.last()) {
			side, other, goal = bwd, fwd, from
		}
		if len(side.last()) == 0 {
			return nil, nil // one end's reach is exhausted (or the end does not exist): no path
		}
		found, err := s.expandPath(ctx, side, goal)
		if err != nil {
			return nil, fmt.Errorf("neo4j: shortest path: %w", err)
		}
		var next []string
		for _, f := range found {
			for _, o := range f.next {
				side.link(f.node, o)
				if _, seen := side.dist[o]; seen {
					continue
				}
				side.dist[o] = side.depth() + 1
				next = append(next, o)
				if d, ok := other.dist[o]; ok && d == other.depth() {
					meet = append(meet, o)
				}
			}
		}
		side.layers = append(side.layers, next)
	}
	if len(meet) == 0 {
		return nil, nil
	}
	ids := leastShortestPath(fwd, bwd, meet)
	return s.readPath(ctx, ids)
}

// pathSide is one side of the bidirectional search: the nodes found at
// each distance from its end, every node's distance, and the links found
// between one level and the next, kept both ways.
type pathSide struct {
	layers [][]string
	dist   map[string]int
	links  map[string][]string
}

func newPathSide(end string) *pathSide {
	return &pathSide{layers: [][]string{{end}}, dist: map[string]int{end: 0}, links: map[string][]string{}}
}

func (p *pathSide) depth() int     { return len(p.layers) - 1 }
func (p *pathSide) last() []string { return p.layers[len(p.layers)-1] }

func (p *pathSide) link(a, b string) {
	p.links[a] = append(p.links[a], b)
	p.links[b] = append(p.links[b], a)
}

// onShortest returns, for each distance from the side's end, the nodes at
// that distance on a shortest path: meet at the side's depth, and before
// it those linked to one on it at the next distance.
func (p *pathSide) onShortest(meet []string) []map[string]bool {
	on := make([]map[string]bool, p.depth()+1)
	on[p.depth()] = map[string]bool{}
	for _, n := range meet {
		on[p.depth()][n] = true
	}
	for d := p.depth() - 1; d >= 0; d-- {
		on[d] = map[string]bool{}
		for _, u := range p.layers[d] {
			for _, n := range p.links[u] {
				if on[d+1][n] {
					on[d][u] = true
					break
				}
			}
		}
	}
	return on
}

// leastShortestPath walks from the forward side's end to the backward
// side's, taking at each step the neighbour on a shortest path with the
// least schema.PathKey, and returns the ids of the nodes walked.
func leastShortestPath(fwd, bwd *pathSide, meet []string) []string {
	length := fwd.depth() + bwd.depth()
	onFwd, onBwd := fwd.onShortest(meet), bwd.onShortest(meet)
	ids := []string{fwd.layers[0][0]}
	cur := ids[0]
	for i := 1; i <= length; i++ {
		level, links := onFwd[min(i, fwd.depth())], fwd.links
		if i > fwd.depth() {
			level, links = onBwd[length-i], bwd.links
		}
		best := ""
		for _, n := range links[cur] {
			if level[n] && (best == "" || schema.PathKey(n) < schema.PathKey(best)) {
				best = n
			}
		}
		ids = append(ids, best)
		cur = best
	}
	return ids
}

// interiorTypes are the relationship types that join two nodes a path may
// pass through: by the model (schema/model.go) a person and a meeting are
// joined only by ATTENDED, every other type has a hub or an article at one
// end. So the search reads a busy person's meetings, and never the
// thousands of articles that mention them.
const interiorTypes = schema.RelAttended

// pathStep is what one node of a frontier leads to.
type pathStep struct {
	node string
	next []string
}

// expandPath reads, in one statement, what each node of the side's
// frontier leads to that the side has not seen at a lesser or the same
// distance: people and meetings, and goal (the other end), which may be a
// hub. A frontier is interior except at the side's end: an end that is a
// hub is expanded along every type (but MENTIONS, unless it is an article,
// since mentions come from articles), keeping the interior nodes.
func expandPathCypher(side *pathSide, goal string) (string, map[string]any) {
	frontier := side.last()
	look, params := lookup(frontier)
	// Neighbours of a level lie one level before it, on it or one after it.
	seen := slices.Clone(frontier)
	if d := side.depth(); d > 0 {
		seen = append(seen, side.layers[d-1]...)
	}
	params["seen"] = seen
	params["goal"] = goal
	interior := "o:" + schema.LabelPerson + " OR o:" + schema.LabelMeeting
	var branches []string
	if side.depth() == 0 && !schema.PathInterior(frontier[0]) {
		var types []string
		for _, t := range schema.RelTypes {
			if t != schema.RelMentions || schema.LabelOf(frontier[0]) == schema.LabelArticle {
				types = append(types, t)
			}
		}
		branches = append(branches, "MATCH (n)-[:"+strings.Join(types, "|")+"]-(o) WHERE "+interior+" RETURN o")
	} else {
		branches = append(branches, "MATCH (n)-[:"+interiorTypes+"]-(o) RETURN o")
	}
	if !schema.PathInterior(goal) {
		// The step onto a hub at the other end: bound at both ends, so
		// Neo4j reads only the edges between them.
		branches = append(branches, "MATCH (n)--(o:"+schema.LabelOf(goal)+" {id: $goal}) RETURN o")
	}
	q := look + `
CALL (n) {
  ` + strings.Join(branches, "\n  UNION\n  ") + `
}
WITH n, o WHERE NOT o.id IN $seen
WITH n.id AS node, collect(DISTINCT o.id) AS next
RETURN collect([node, next]) AS steps`
	return q, params
}

// expandPath runs expandPathCypher.
func (s *Store) expandPath(ctx context.Context, side *pathSide, goal string) ([]pathStep, error) {
	q, params := expandPathCypher(side, goal)
	recs, err := s.run(ctx, q, params, false)
	if err != nil {
		return nil, err
	}
	if len(recs) != 1 {
		return nil, fmt.Errorf("%d rows, want 1", len(recs))
	}
	var out []pathStep
	var d decoder
	each(&d, column[[]any](&d, recs[0], "steps"), "step", func(_ int, x []any) {
		if len(x) != 2 {
			d.fail("a step of %d values, want 2", len(x))
			return
		}
		st := pathStep{node: as[string](&d, x[0], "node")}
		each(&d, as[[]any](&d, x[1], "next"), "next", func(_ int, id string) { st.next = append(st.next, id) })
		out = append(out, st)
	})
	return out, d.result("shortest path step")
}

// readPath reads the nodes of ids and, between each two in a row, the
// edge with the least EdgeID.
func readPathCypher(ids []string) (string, map[string]any) {
	look, params := lookup(ids)
	params["ids"] = ids
	q := look + `
WITH collect(n) AS ns
WITH [id IN $ids | [n IN ns WHERE n.id = id][0]] AS path
UNWIND range(0, size(path) - 2) AS i
WITH path, i, path[i] AS u, path[i + 1] AS v
MATCH (u)-[r]-(v)
WITH path, i, collect({type: type(r), from: startNode(r).id, to: endNode(r).id, props: r {.*}}) AS rels
ORDER BY i
RETURN [x IN path | {label: labels(x)[0], props: x {.*}}] AS nodes, collect(rels) AS steps`
	return q, params
}

// readPath runs readPathCypher.
func (s *Store) readPath(ctx context.Context, ids []string) (*schema.Path, error) {
	q, params := readPathCypher(ids)
	recs, err := s.run(ctx, q, params, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: shortest path: %w", err)
	}
	if len(recs) != 1 {
		return nil, fmt.Errorf("neo4j: shortest path: the path %v changed while it was read", ids)
	}
	var d decoder
	p := &schema.Path{}
	each(&d, column[[]any](&d, recs[0], "nodes"), "path node", func(_ int, x map[string]any) {
		p.Nodes = append(p.Nodes, d.labelled(x, "props"))
	})
	each(&d, column[[]any](&d, recs[0], "steps"), "path step", func(_ int, rels []any) {
		var best *schema.Edge
		each(&d, rels, "path edge", func(_ int, x map[string]any) {
			e := d.endsEdge(x, "props")
			if best == nil || e.EdgeID() < best.EdgeID() {
				best = &e
			}
		})
		if best != nil {
			p.Edges = append(p.Edges, *best)
		}
	})
	if err := d.result("shortest path"); err != nil {
		return nil, err
	}
	if len(p.Nodes) != len(ids) || len(p.Edges) != len(ids)-1 {
		return nil, fmt.Errorf("neo4j: shortest path: the path %v changed while it was read", ids)
	}
	return p, nil
}
