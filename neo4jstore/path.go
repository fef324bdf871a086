package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strconv"
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
		first, second := pathExpansion{side: fwd, other: bwd, goal: to}, pathExpansion{side: bwd, other: fwd, goal: from}
		if bwd.cost < fwd.cost {
			first, second = second, first
		}
		if len(first.side.last()) == 0 {
			return nil, nil // one end's reach is exhausted (or the end does not exist): no path
		}
		round := []pathExpansion{first}
		// The last level a path may reach matters only where it meets the
		// other side's last level: the statement keeps only those nodes, so a
		// busy person's 13,000 meetings at 100x do not cross the wire to be
		// dropped here.
		if fwd.depth()+bwd.depth()+1 == maxHops {
			round[0].last = true
		}
		// Both sides in one statement when both levels fit in maxHops and
		// the dearer costs little more than the cheaper: a statement's
		// own cost is worth about pairSlack edges.
		if fwd.depth()+bwd.depth()+2 <= maxHops && len(second.side.last()) > 0 && second.side.cost <= 2*first.side.cost+pairSlack {
			round = append(round, second)
		}
		// The first round may go two levels deep on each side in the same
		// statement, as the next round would (see expandPathsCypher): two
		// people who never met are then told apart in one statement, not two.
		twice := len(round) == 2 && fwd.depth() == 0 && bwd.depth() == 0 && maxHops >= 4
		found, err := s.expandPaths(ctx, round, twice)
		if err != nil {
			return nil, fmt.Errorf("neo4j: shortest path: %w", err)
		}
		// Levels are added in the order of the path lengths they reach, so
		// that the first meeting is the shortest: the levels after it are
		// dropped.
		for level := range 2 {
			for i, e := range round {
				if l := found[i][level]; len(meet) == 0 && l != nil {
					meet = e.add(*l)
				}
			}
		}
	}
	if len(meet) == 0 {
		return nil, nil
	}
	ids := leastShortestPath(fwd, bwd, meet)
	return s.readPath(ctx, ids)
}

// pathSide is one side of the bidirectional search: the nodes found at
// each distance from its end, every node's distance, and the links found
// between one level and the next, kept both ways. cost is how many
// edges expanding its last level reads, about: the search expands the
// side that costs less (the embedded store counts nodes instead; which
// side expands changes the work, never the answer). A busy person is one
// node but has thousands of meetings, while a meeting has a few people.
// An end's cost is 0 until it is expanded, so both ends go first.
type pathSide struct {
	layers [][]string
	dist   map[string]int
	links  map[string][]string
	cost   int
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

// pairSlack is, in edges read, about what one more statement costs
// Neo4j (see ShortestPath).
const pairSlack = 1000

// pathExpansion is the expansion of side's last level toward goal, the
// other end; other is the other side.
type pathExpansion struct {
	side, other *pathSide
	goal        string
	// last is set when the level found is the last a path may reach: only
	// its nodes on the other side's last level are kept.
	last bool
}

// pathLevel is what an expansion found: each frontier node's new
// neighbours, and the cost of expanding them in turn.
type pathLevel struct {
	steps []pathStep
	cost  int
}

// add makes found the side's next level and returns the nodes of it that
// the other side reached at its own last level: where the two meet.
func (e pathExpansion) add(found pathLevel) []string {
	side, other := e.side, e.other
	var next, meet []string
	for _, f := range found.steps {
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
	side.cost = found.cost
	return meet
}

// pathStep is what one node of a frontier leads to.
type pathStep struct {
	node string
	next []string
}

// expandPathsCypher reads, in one statement, for each expansion, what
// each node of its side's frontier leads to that the side has not seen at
// a lesser or the same distance: people and meetings, and the goal, which
// may be a hub. A frontier is interior except at the side's end: an end
// that is a hub is expanded along every type (but MENTIONS, unless it is
// an article, since mentions come from articles), keeping the interior
// nodes. Expansion i returns steps<i> and cost<i>.
//
// With twice (the first round, both ends), each side also expands the
// level it found, in the same statement, when the two levels found do not
// meet and the next round would expand it anyway: when its cost is at
// most twice the other's plus pairSlack (the rule of ShortestPath's
// rounds). It returns that level as steps<i>b and cost<i>b (null when it
// did not). So two busy people who never met are told apart in one
// statement, without sending the thousands of meetings of each back as
// the next statement's frontier (at 100x, Xi's and Stoltenberg's 3,000
// meetings each).
func expandPathsCypher(round []pathExpansion, twice bool) (string, map[string]any) {
	params := map[string]any{"slack": pairSlack}
	var b strings.Builder
	var columns, next []string
	for i, e := range round {
		tag := strconv.Itoa(i)
		frontier := e.side.last()
		look, lp := lookup(frontier)
		look = strings.ReplaceAll(look, "$lookupIDs", "$lookupIDs"+tag)
		params["lookupIDs"+tag] = lp["lookupIDs"]
		// Neighbours of a level lie one level before it, on it or one after it.
		seen := slices.Clone(frontier)
		if d := e.side.depth(); d > 0 {
			seen = append(seen, e.side.layers[d-1]...)
		}
		params["seen"+tag] = seen
		keep := ""
		if e.last {
			keep = " AND o.id IN $meet" + tag
			params["meet"+tag] = e.other.last()
		}
		params["goal"+tag] = e.goal
		interior := "o:" + schema.LabelPerson + " OR o:" + schema.LabelMeeting
		var branches []string
		if e.side.depth() == 0 && !schema.PathInterior(frontier[0]) {
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
		// The step onto a hub at the other end: bound at both ends, so
		// Neo4j reads only the edges between them.
		goalStep := "MATCH (n)--(o:" + schema.LabelOf(e.goal) + " {id: $goal" + tag + "}) RETURN o"
		if !schema.PathInterior(e.goal) {
			branches = append(branches, goalStep)
		}
		ret := "RETURN steps AS steps" + tag + ", cost AS cost" + tag
		if twice {
			ret += ", level AS level" + tag + ", ends AS ends" + tag
		}
		b.WriteString(`CALL {
` + look + `
CALL (n) {
  ` + strings.Join(branches, "\n  UNION\n  ") + `
}
WITH n, o WHERE NOT o.id IN $seen` + tag + keep + `
` + collectSteps("cost", true) + ret + "\n}\n")
		columns = append(columns, "steps"+tag, "cost"+tag)
		if !twice {
			continue
		}
		// The next level: its nodes are interior, and a node is new unless
		// it is on this level or the one before (the end).
		nextBranches := []string{"MATCH (n)-[:" + interiorTypes + "]-(o) RETURN o"}
		if !schema.PathInterior(e.goal) {
			nextBranches = append(nextBranches, goalStep)
		}
		other := strconv.Itoa(1 - i)
		next = append(next, `CALL (level`+tag+`, cost`+tag+`, cost`+other+`, met) {
  WITH level`+tag+` AS level, cost`+tag+`, cost`+other+`, met WHERE NOT met AND cost`+tag+` <= 2 * cost`+other+` + $slack
  UNWIND level AS n
  CALL (n) {
    `+strings.Join(nextBranches, "\n    UNION\n    ")+`
  }
  WITH level, n, o WHERE NOT o.id IN $seen`+tag+` AND NOT o IN level
  `+collectSteps("nextCost", false)+`  RETURN steps AS steps`+tag+`b, nextCost AS cost`+tag+`b
}
`)
		columns = append(columns, "CASE WHEN NOT met AND cost"+tag+" <= 2 * cost"+other+" + $slack THEN steps"+tag+"b END AS steps"+tag+"b",
			"CASE WHEN NOT met AND cost"+tag+" <= 2 * cost"+other+" + $slack THEN cost"+tag+"b END AS cost"+tag+"b")
	}
	if twice {
		// The levels meet when a node is on both, or one holds the other
		// side's end: each node is counted once per level it is on.
		// (WITH x leaves the levels out of the grouping key: hashing
		// them for every row cost seconds at 100x.)
		b.WriteString(`CALL (level0, ends0, level1, ends1) {
  UNWIND level0 + ends0 + level1 + ends1 AS x
  WITH x
  WITH x, count(*) AS c WHERE c > 1
  RETURN count(*) > 0 AS met
}
` + strings.Join(next, ""))
	}
	b.WriteString("RETURN " + strings.Join(columns, ", "))
	return b.String(), params
}

// collectSteps groups rows (n, o) into steps, one [n.id, [o.id...]] per
// node n, and returns the number of interior edges of the new nodes as
// cost, for choosing the side to expand next; with level, also the new
// nodes themselves.
func collectSteps(cost string, level bool) string {
	ret := "sum(COUNT { (o)-[:" + interiorTypes + "]-() }) AS " + cost
	ends := ""
	if level {
		ret += ", collect(o) AS level"
		ends = ", collect(n) AS ends"
	}
	return `WITH n, collect(DISTINCT o) AS os
WITH collect([n.id, [o IN os | o.id]]) AS steps, collect(os) AS found` + ends + `
CALL (found) {
  UNWIND found AS os
  UNWIND os AS o
  WITH DISTINCT o
  RETURN ` + ret + `
}
`
}

// expandPaths runs expandPathsCypher. Each expansion's answer holds its
// level, and with twice the next when it was expanded, else nil.
func (s *Store) expandPaths(ctx context.Context, round []pathExpansion, twice bool) ([][2]*pathLevel, error) {
	q, params := expandPathsCypher(round, twice)
	recs, err := s.run(ctx, q, params, false)
	if err != nil {
		return nil, err
	}
	if len(recs) != 1 {
		return nil, fmt.Errorf("%d rows, want 1", len(recs))
	}
	var d decoder
	level := func(steps, cost string) *pathLevel {
		v, _ := recs[0].Get(steps)
		if v == nil {
			return nil
		}
		var l pathLevel
		each(&d, as[[]any](&d, v, steps), "step", func(_ int, x []any) {
			if len(x) != 2 {
				d.fail("a step of %d values, want 2", len(x))
				return
			}
			st := pathStep{node: as[string](&d, x[0], "node")}
			each(&d, as[[]any](&d, x[1], "next"), "next", func(_ int, id string) { st.next = append(st.next, id) })
			l.steps = append(l.steps, st)
		})
		l.cost = int(column[int64](&d, recs[0], cost))
		return &l
	}
	out := make([][2]*pathLevel, len(round))
	for i := range round {
		tag := strconv.Itoa(i)
		out[i][0] = level("steps"+tag, "cost"+tag)
		if out[i][0] == nil {
			d.fail("no level for expansion %d", i)
		}
		if twice {
			out[i][1] = level("steps"+tag+"b", "cost"+tag+"b")
		}
	}
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
RETURN [x IN path | {label: labels(x)[0], props: x {.*, ` + derivedNull + `}}] AS nodes, collect(rels) AS steps`
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
