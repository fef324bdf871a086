package memstore

import (
	"context"

	"newsgraph/schema"
)

// ShortestPath implements schema.Store with a bidirectional breadth-first
// search that passes only through people and meetings (schema.PathInterior),
// expanding at each level the side with the smaller frontier, so that its
// cost grows with the neighbourhoods of the two ends and not with the
// hubs between them. The levels it found are then pruned to the nodes that
// lie on a shortest path, and a walk from one end takes, at every step, the
// one with the least schema.PathKey (then the least edge id): the least
// shortest path by schema.ComparePaths.
//
// The window (schema.PathWindow) is applied as the edges are read
// (pathNeighbours): a meeting out of it, or an affiliation, is no
// neighbour, so every step of the search, the pruning and the walk sees
// the same graph.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxHops int, window schema.PathWindow) (*schema.Path, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, end := range []string{from, to} {
		if s.nodes[end] == nil {
			return nil, &schema.UnknownNodeError{ID: end}
		}
	}
	if from == to {
		n, err := s.copyNode(s.nodes[from], true)
		if err != nil {
			return nil, err
		}
		return &schema.Path{Nodes: []schema.Node{n}}, nil
	}
	check := ctxCheck{ctx: ctx}
	fwd, bwd := newSearchSide(from), newSearchSide(to)
	ps := pathSearch{s, window, from, to}
	meet, err := ps.searchBothEnds(&check, fwd, bwd, maxHops)
	if err != nil || len(meet) == 0 {
		return nil, err
	}
	path, err := ps.leastShortestPath(&check, fwd, bwd, meet)
	if err != nil {
		return nil, err
	}
	// Only the ends can be articles.
	for _, i := range []int{0, len(path.Nodes) - 1} {
		if err := s.fillText(&path.Nodes[i]); err != nil {
			return nil, err
		}
	}
	return path, nil
}

// pathSearch is one ShortestPath: the store (its read lock held), the
// window and the ends.
type pathSearch struct {
	*Store
	window   schema.PathWindow
	from, to string
}

// pathNeighbours is neighbours as the window leaves them: an affiliation
// out of it is no edge, and a meeting out of it, unless an end, no node.
func (s pathSearch) pathNeighbours(id string, visit func(e *schema.Edge, other string)) {
	if !s.window.Bounded() {
		s.neighbours(id, visit)
		return
	}
	s.neighbours(id, func(e *schema.Edge, other string) {
		if !s.window.AdmitsEdge(e) {
			return
		}
		if n := s.nodes[other]; other != s.from && other != s.to && n != nil && !s.window.AdmitsNode(n) {
			return
		}
		visit(e, other)
	})
}

// searchBothEnds grows the two sides a level at a time, the one with the
// smaller frontier first, until they meet within maxHops, and returns the
// nodes where they met (none when one end's reach is exhausted or the hops
// run out).
func (s pathSearch) searchBothEnds(check *ctxCheck, fwd, bwd *searchSide, maxHops int) ([]string, error) {
	from, to := s.from, s.to
	for fwd.depth()+bwd.depth() < maxHops {
		side, other, goal := fwd, bwd, to
		if len(bwd.last()) < len(fwd.last()) {
			side, other, goal = bwd, fwd, from
		}
		if len(side.last()) == 0 {
			return nil, nil // one end's reach is exhausted: no path
		}
		meet, err := s.expandLevel(check, side, other, goal)
		if err != nil || len(meet) > 0 {
			return meet, err
		}
	}
	return nil, nil
}

// expandLevel adds side's next level: the unseen neighbours of its frontier
// that may lie inside a path (schema.PathInterior), or the goal itself, and
// returns those of them the other side reached at its own depth. The
// context is checked per edge: one hub at an end can have a hundred
// thousand.
func (s pathSearch) expandLevel(check *ctxCheck, side, other *searchSide, goal string) ([]string, error) {
	var next, meet []string
	var stop error
	for _, u := range side.last() {
		s.pathNeighbours(u, func(_ *schema.Edge, n string) {
			if stop != nil {
				return
			}
			if stop = check.every(); stop != nil {
				return
			}
			if _, seen := side.dist[n]; seen || (n != goal && !schema.PathInterior(n)) {
				return
			}
			side.dist[n] = side.depth() + 1
			next = append(next, n)
			if _, ok := other.dist[n]; ok && other.dist[n] == other.depth() {
				meet = append(meet, n)
			}
		})
		if stop != nil {
			return nil, stop
		}
	}
	side.layers = append(side.layers, next)
	return meet, nil
}

// leastShortestPath prunes both sides to the nodes on a shortest path
// through meet and walks from the start, taking at each step the least
// node on it (leastStep), so the path is the least by schema.ComparePaths.
func (s pathSearch) leastShortestPath(check *ctxCheck, fwd, bwd *searchSide, meet []string) (*schema.Path, error) {
	from := s.from
	length := fwd.depth() + bwd.depth()
	onFwd, err := s.onShortest(check, fwd, meet)
	if err != nil {
		return nil, err
	}
	onBwd, err := s.onShortest(check, bwd, meet)
	if err != nil {
		return nil, err
	}
	path := &schema.Path{Nodes: []schema.Node{cloneNode(s.nodes[from])}}
	cur := from
	for i := 1; i <= length; i++ {
		var on map[string]bool
		if i <= fwd.depth() {
			on = onFwd[i]
		} else {
			on = onBwd[length-i]
		}
		best, bestEdge := s.leastStep(cur, on)
		path.Nodes = append(path.Nodes, cloneNode(s.nodes[best]))
		path.Edges = append(path.Edges, cloneEdge(bestEdge))
		cur = best
	}
	return path, nil
}

// leastStep is the neighbour of cur in on with the least schema.PathKey,
// and of its edges from cur the one with the least id, so that equal
// paths are told apart by their edges too.
func (s pathSearch) leastStep(cur string, on map[string]bool) (string, *schema.Edge) {
	best, bestEdge := "", (*schema.Edge)(nil)
	s.pathNeighbours(cur, func(e *schema.Edge, n string) {
		if !on[n] {
			return
		}
		switch {
		case best == "" || schema.PathKey(n) < schema.PathKey(best):
			best, bestEdge = n, e
		case n == best && e.EdgeID() < bestEdge.EdgeID():
			bestEdge = e
		}
	})
	return best, bestEdge
}

// searchSide is one side of the bidirectional search: the nodes found at
// each distance from its end, and every node's distance.
type searchSide struct {
	layers [][]string
	dist   map[string]int
}

func newSearchSide(end string) *searchSide {
	return &searchSide{layers: [][]string{{end}}, dist: map[string]int{end: 0}}
}

func (s *searchSide) depth() int     { return len(s.layers) - 1 }
func (s *searchSide) last() []string { return s.layers[len(s.layers)-1] }

// onShortest returns, for each distance from side's end, the nodes at that
// distance that lie on a shortest path: meet at the side's depth, and
// before it those with an edge to one on it at the next distance.
func (s pathSearch) onShortest(check *ctxCheck, side *searchSide, meet []string) ([]map[string]bool, error) {
	on := make([]map[string]bool, side.depth()+1)
	on[side.depth()] = map[string]bool{}
	for _, n := range meet {
		on[side.depth()][n] = true
	}
	for d := side.depth() - 1; d >= 0; d-- {
		on[d] = map[string]bool{}
		for _, u := range side.layers[d] {
			if err := check.every(); err != nil {
				return nil, err
			}
			s.pathNeighbours(u, func(_ *schema.Edge, n string) {
				if on[d+1][n] {
					on[d][u] = true
				}
			})
		}
	}
	return on, nil
}
