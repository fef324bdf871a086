package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

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
//
// Between two people or meetings, paths of up to nearHops edges are
// first looked for in one statement (nearPathCypher), which answers
// without a second round trip; the staged search runs only when an end is
// a hub, or when nothing is that near and maxHops allows more.
//
// A window (schema.PathWindow) is stated in each statement only when it
// bounds something (pathWindow), so that the statements without one stay
// as they were: a meeting out of it, unless an end, is not found, and an
// affiliation out of it is not followed; reading the path keeps, of each
// step's edges, the least that the window admits.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxHops int, window schema.PathWindow) (*schema.Path, error) {
	for _, end := range []string{from, to} {
		if schema.LabelOf(end) == "" {
			return nil, &schema.UnknownNodeError{ID: end}
		}
	}
	if maxHops < 1 {
		return nil, s.mustExist(ctx, from, to)
	}
	if from == to {
		nodes, err := s.Nodes(ctx, []string{from})
		if n, ok := nodes[from]; ok && err == nil {
			return &schema.Path{Nodes: []schema.Node{n}}, nil
		}
		if err == nil {
			err = &schema.UnknownNodeError{ID: from}
		}
		return nil, err
	}
	if schema.PathInterior(from) && schema.PathInterior(to) {
		p, err := s.nearPath(ctx, from, to, min(maxHops, nearHops), window)
		if p != nil || err != nil || maxHops <= nearHops {
			return p, err
		}
	}
	p, err := s.stagedPath(ctx, from, to, maxHops, window)
	if p != nil || err != nil {
		return p, err
	}
	return nil, s.mustExist(ctx, from, to)
}

// mustExist returns an *schema.UnknownNodeError naming from, else to,
// when that node does not exist.
func (s *Store) mustExist(ctx context.Context, from, to string) error {
	nodes, err := s.Nodes(ctx, []string{from, to})
	if err != nil {
		return err
	}
	for _, end := range []string{from, to} {
		if _, ok := nodes[end]; !ok {
			return &schema.UnknownNodeError{ID: end}
		}
	}
	return nil
}

// stagedPath is ShortestPath's staged search; nil when it finds no path
// (or an end does not exist).
func (s *Store) stagedPath(ctx context.Context, from, to string, maxHops int, window schema.PathWindow) (*schema.Path, error) {
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
		found, err := s.expandPaths(ctx, round, twice, window)
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
	return s.readPath(ctx, ids, window)
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

// pathWindow states a schema.PathWindow for the path statements, from the
// map parameter $window ({from, to}: rangeParam): bounded reports whether
// it bounds anything (else no statement states it); meeting(o, ends) is
// schema.PathWindow.AdmitsNode for a node o that is a person or a meeting,
// true for the ends (a list expression of ids, or ""); edge(r) is AdmitsEdge.
type pathWindow struct{ schema.PathWindow }

func (w pathWindow) bounded() bool { return w.Bounded() }

func (w pathWindow) meeting(o, ends string) string {
	cond := "(NOT " + o + ":" + schema.LabelMeeting + " OR " + inRange(o+".date", "$window.from", "$window.to")
	if ends != "" {
		cond += " OR " + o + ".id IN " + ends
	}
	return cond + ")"
}

func (w pathWindow) edge(r string) string {
	return "(type(" + r + ") <> '" + schema.RelAffiliatedWith + "' OR " + attestedWithin(r, "$window.from", "$window.to") + ")"
}

// where is " WHERE " and conds joined by AND when the window bounds
// anything, else "".
func (w pathWindow) where(conds ...string) string {
	if !w.bounded() {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

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
func expandPathsCypher(round []pathExpansion, twice bool, window schema.PathWindow) (string, map[string]any) {
	// The lists of ids travel in one map: Neo4j plans a list of one and of
	// many apart, a map's values never.
	lists := map[string]any{}
	params := map[string]any{"slack": pairSlack, "lists": lists}
	w := pathWindow{window}
	if w.bounded() {
		params["window"] = rangeParam(window.From, window.To)
	}
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
		lists["seen"+tag] = seen
		keep := ""
		if e.last {
			keep = " AND o.id IN $lists.meet" + tag
			lists["meet"+tag] = e.other.last()
		}
		params["goal"+tag] = e.goal
		interior := "o:" + schema.LabelPerson + " OR o:" + schema.LabelMeeting
		// A window leaves out meetings but the goal, and affiliations.
		inWindow := w.where(w.meeting("o", "[$goal"+tag+"]"))
		var branches []string
		if e.side.depth() == 0 && !schema.PathInterior(frontier[0]) {
			var types []string
			for _, t := range schema.RelTypes {
				if t != schema.RelMentions || schema.LabelOf(frontier[0]) == schema.LabelArticle {
					types = append(types, t)
				}
			}
			rel, cond := ":"+strings.Join(types, "|"), " WHERE "+interior
			if w.bounded() {
				rel, cond = "r"+rel, " WHERE ("+interior+") AND "+w.meeting("o", "[$goal"+tag+"]")+" AND "+w.edge("r")
			}
			branches = append(branches, "MATCH (n)-["+rel+"]-(o)"+cond+" RETURN o")
		} else {
			branches = append(branches, "MATCH (n)-[:"+interiorTypes+"]-(o)"+inWindow+" RETURN o")
		}
		// The step onto a hub at the other end: bound at both ends, so
		// Neo4j reads only the edges between them.
		goalStep := "MATCH (n)--(o:" + schema.LabelOf(e.goal) + " {id: $goal" + tag + "}) RETURN o"
		if w.bounded() {
			goalStep = "MATCH (n)-[r]-(o:" + schema.LabelOf(e.goal) + " {id: $goal" + tag + "})" + w.where(w.edge("r")) + " RETURN o"
		}
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
WITH n, o WHERE NOT o.id IN $lists.seen` + tag + keep + `
` + collectSteps("cost", true) + ret + "\n}\n")
		columns = append(columns, "steps"+tag, "cost"+tag)
		if !twice {
			continue
		}
		// The next level: its nodes are interior, and a node is new unless
		// it is on this level or the one before (the end).
		nextBranches := []string{"MATCH (n)-[:" + interiorTypes + "]-(o)" + inWindow + " RETURN o"}
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
  WITH level, n, o WHERE NOT o.id IN $lists.seen`+tag+` AND NOT o IN level
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
func (s *Store) expandPaths(ctx context.Context, round []pathExpansion, twice bool, window schema.PathWindow) ([][2]*pathLevel, error) {
	q, params := expandPathsCypher(round, twice, window)
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

// nearHops is the longest path that nearPathCypher looks for.
const nearHops = 4

// nearPathCypher finds, in one statement, the least shortest path of at
// most hops (≤ nearHops) edges between two people or meetings, and reads
// it. Inside such a path people and meetings alternate, joined by
// ATTENDED (the only type between them, by the model), so the nodes at
// each position share a label and the least path by schema.ComparePaths is
// the least by the ids of its nodes, position by position. Each length
// that the ends' labels allow is tried in turn, shortest first, only while
// none is found:
//
//   - 1: the ends are joined;
//   - 2: the least node joined to both;
//   - 3 and 4: a search from both ends that meets in the middle: the
//     nodes two steps from the start, each with the least id one step
//     from the start that leads to it, and the nodes one step (for 3) or
//     two (for 4) from the goal, each with its least id one step from the
//     goal, are grouped by node; where both sides reach a node, the
//     least of (the start's side, the node, the goal's side) is the path.
//     Grouping before joining keeps the cost at the rows of each side,
//     never their product, and a hub on the way is never expanded.
//
// It returns whether each end exists (fromFound, toFound) and the path's
// nodes and, for each step, the edges between its two nodes (nodes and
// steps are null when there is no path), as readPathCypher does.
func nearPathCypher(from, to string, hops int, window schema.PathWindow) (string, map[string]any) {
	w := pathWindow{window}
	// in(v) keeps an interior node v inside a window: its ends never are.
	in := func(v string) string { return w.where(w.meeting(v, "")) }
	la, lb := schema.LabelOf(from), schema.LabelOf(to)
	other := func(l string) string {
		if l == schema.LabelPerson {
			return schema.LabelMeeting
		}
		return schema.LabelPerson
	}
	step := "-[:" + interiorTypes + "]-"
	var b strings.Builder
	b.WriteString("OPTIONAL MATCH (a:" + la + " {id: $from})\nOPTIONAL MATCH (b:" + lb + " {id: $to})\nWITH a, b, [] AS paths\n")
	start := 1
	if la == lb {
		start = 2
	}
	for d := start; d <= hops; d += 2 {
		b.WriteString("CALL (a, b, paths) {\n  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND size(paths) = 0\n")
		switch d {
		case 1:
			b.WriteString("  MATCH (a)" + step + "(b)\n  RETURN collect([a, b]) AS found\n")
		case 2:
			b.WriteString("  MATCH (a)" + step + "(x:" + other(la) + ")" + step + "(b)" + in("x") + "\n  WITH a, x, b ORDER BY x.id LIMIT 1\n  RETURN collect([a, x, b]) AS found\n")
		default:
			// The middle node m is two steps from a; the goal's side
			// reaches it in one step (3) or two (4, through y).
			goalSide := "MATCH (b)" + step + "(m:" + la + ")" + in("m") + " RETURN m, null AS k1, '' AS k2"
			path, ys := "[a, x, m, b]", ""
			if d == 4 {
				goalSide = "MATCH (b)" + step + "(y:" + other(lb) + ")" + in("y") + " WITH y, y.id AS k MATCH (y)" + step + "(m:" + la + ")" + in("m") + " RETURN m, null AS k1, k AS k2"
				path, ys = "[a, x, m, y, b]", "\n  MATCH (y:"+other(lb)+" {id: k2})"
			}
			b.WriteString(`  CALL (a, b) {
    MATCH (a)` + step + `(x:` + other(la) + `)` + in("x") + ` WITH x, x.id AS k MATCH (x)` + step + `(m:` + la + `)` + in("m") + ` RETURN m, k AS k1, null AS k2
    UNION ALL
    ` + goalSide + `
  }
  WITH a, b, m, min(k1) AS k1, min(k2) AS k2 WHERE k1 IS NOT NULL AND k2 IS NOT NULL
  WITH a, b, m, k1, k2 ORDER BY k1, m.id, k2 LIMIT 1
  MATCH (x:` + other(la) + ` {id: k1})` + ys + `
  RETURN collect(` + path + `) AS found
`)
		}
		b.WriteString("}\nWITH a, b, paths + found AS paths\n")
	}
	b.WriteString(`WITH a, b, paths[0] AS path
CALL (path) {
  WITH path WHERE path IS NOT NULL
  ` + pathStepsCypher + `
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, ` + pathNodesCypher + ` AS nodes, CASE WHEN path IS NOT NULL THEN steps END AS steps`)
	params := map[string]any{"from": from, "to": to}
	if w.bounded() {
		params["window"] = rangeParam(window.From, window.To)
	}
	return b.String(), params
}

// nearPath runs nearPathCypher: the path, nil when there is none within
// hops, or an *schema.UnknownNodeError.
func (s *Store) nearPath(ctx context.Context, from, to string, hops int, window schema.PathWindow) (*schema.Path, error) {
	q, params := nearPathCypher(from, to, hops, window)
	recs, err := s.run(ctx, q, params, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: shortest path: %w", err)
	}
	if len(recs) != 1 {
		return nil, fmt.Errorf("neo4j: shortest path: %d rows, want 1", len(recs))
	}
	var d decoder
	fromFound, toFound := column[bool](&d, recs[0], "fromFound"), column[bool](&d, recs[0], "toFound")
	if err := d.result("shortest path"); err != nil {
		return nil, err
	}
	switch {
	case !fromFound:
		return nil, &schema.UnknownNodeError{ID: from}
	case !toFound:
		return nil, &schema.UnknownNodeError{ID: to}
	}
	if v, _ := recs[0].Get("nodes"); v == nil {
		return nil, nil
	}
	p, err := decodePath(recs[0], window)
	if err == nil && (len(p.Nodes) < 2 || len(p.Edges) != len(p.Nodes)-1) {
		err = fmt.Errorf("neo4j: shortest path: %d nodes, %d edges", len(p.Nodes), len(p.Edges))
	}
	return p, err
}

// pathStepsCypher reads, for a list of nodes path, the edges between each
// two in a row, as steps: one list per step, in order.
const pathStepsCypher = `UNWIND range(0, size(path) - 2) AS i
  WITH path, i, path[i] AS u, path[i + 1] AS v
  MATCH (u)-[r]-(v)
  WITH i, collect({type: type(r), from: startNode(r).id, to: endNode(r).id, props: r {.*}}) AS rels
  ORDER BY i
  RETURN collect(rels) AS steps`

// pathNodesCypher is the nodes of a list of nodes path, as read.
const pathNodesCypher = `[x IN path | {label: labels(x)[0], props: x {.*, ` + derivedNull + `}}]`

// readPath reads the nodes of ids and, between each two in a row, the
// edge with the least EdgeID.
func readPathCypher(ids []string) (string, map[string]any) {
	look, params := lookup(ids)
	params["ids"] = ids
	q := look + `
WITH collect(n) AS ns
WITH [id IN $ids | [n IN ns WHERE n.id = id][0]] AS path
CALL (path) {
  ` + pathStepsCypher + `
}
RETURN ` + pathNodesCypher + ` AS nodes, steps`
	return q, params
}

// readPath runs readPathCypher.
func (s *Store) readPath(ctx context.Context, ids []string, window schema.PathWindow) (*schema.Path, error) {
	q, params := readPathCypher(ids)
	recs, err := s.run(ctx, q, params, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: shortest path: %w", err)
	}
	if len(recs) != 1 {
		return nil, fmt.Errorf("neo4j: shortest path: the path %v changed while it was read", ids)
	}
	p, err := decodePath(recs[0], window)
	if err != nil {
		return nil, err
	}
	if len(p.Nodes) != len(ids) || len(p.Edges) != len(ids)-1 {
		return nil, fmt.Errorf("neo4j: shortest path: the path %v changed while it was read", ids)
	}
	return p, nil
}

// decodePath reads a record's nodes and steps as a path, keeping the edge
// with the least EdgeID of each step that window admits.
func decodePath(rec *neo4j.Record, window schema.PathWindow) (*schema.Path, error) {
	var d decoder
	p := &schema.Path{}
	each(&d, column[[]any](&d, rec, "nodes"), "path node", func(_ int, x map[string]any) {
		p.Nodes = append(p.Nodes, d.labelled(x, "props"))
	})
	each(&d, column[[]any](&d, rec, "steps"), "path step", func(_ int, rels []any) {
		var best *schema.Edge
		each(&d, rels, "path edge", func(_ int, x map[string]any) {
			e := d.endsEdge(x, "props")
			if window.AdmitsEdge(&e) && (best == nil || e.EdgeID() < best.EdgeID()) {
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
	return p, nil
}
