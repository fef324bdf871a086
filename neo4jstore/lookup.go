package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"newsgraph/schema"
)

// meetingsCypher states schema.MeetingFilter in Cypher, for a list of
// filters $filters that share one order. Names are resolved to node ids in
// the same query, and each filter starts from the smallest set of meetings
// its "driver" (chosen in Go, see meetingDriver) names: a participant's,
// a place's, an issue's, or the ids given. So a request costs one round
// trip, and a batch of per-person pages does not scan every meeting once
// per person.
func meetingsCypher(order string, ascending bool, driver string) string {
	var sortKey, orderBy string
	switch {
	case order == schema.MeetingsBySources && ascending:
		sortKey = ", COUNT { (m)<-[:REPORTS]-() } AS sources"
		orderBy = "sources, coalesce(m.date, '') = '', coalesce(m.date, '') DESC, m.id"
	case order == schema.MeetingsBySources:
		sortKey = ", COUNT { (m)<-[:REPORTS]-() } AS sources"
		orderBy = "sources DESC, coalesce(m.date, '') = '', coalesce(m.date, '') DESC, m.id"
	case ascending:
		orderBy = "coalesce(m.date, '') = '', coalesce(m.date, ''), m.id"
	default:
		orderBy = "coalesce(m.date, '') DESC, m.id"
	}
	return `UNWIND $filters AS f
CALL (f) {
  WITH f,
    CASE WHEN f.participant IS NULL THEN [] ELSE ` + namedIDs(schema.LabelPerson, "f.participant", "f.participantPhrase") + ` END AS pids,
    CASE WHEN f.party IS NULL THEN [] ELSE ` + partyIDs("[f.party]") + ` END AS parties,
    CASE WHEN f.issue IS NULL THEN [] ELSE COLLECT { MATCH (i:Issue) WHERE ` + nameMatch("i", "f.issue") + ` RETURN i.id } END AS issues,
    CASE WHEN f.place IS NULL THEN [] ELSE COLLECT { MATCH (pl:Place) WHERE ` + nameMatch("pl", "f.place") + ` RETURN pl.id } END AS places,
    [i IN range(0, size(f.participants) - 1) | ` + namedIDs(schema.LabelPerson, "f.participants[i]", "f.participantPhrases[i]") + `] AS each,
    [t IN f.countries | ` + partyIDs("[t]") + `] AS partiesEach
  CALL (f, pids, issues, places, each, partiesEach) {
    ` + driverMatch(driver) + `
  }
  WITH f, pids, parties, issues, places, each, partiesEach, m
  WHERE (f.ids IS NULL OR m.id IN f.ids)
    AND (f.status IS NULL OR m.status = f.status)
    AND (f.kind IS NULL OR m.kind = f.kind)
    AND ` + inRange("m.date", "f.from", "f.to") + `
    AND (f.participant IS NULL OR EXISTS { MATCH (p:Person)-[:ATTENDED]->(m) WHERE p.id IN pids })
    AND (f.party IS NULL OR EXISTS {
          MATCH (o:Person)-[:ATTENDED]->(m) WHERE NOT o.id IN pids
            AND EXISTS { MATCH (o)-[:AFFILIATED_WITH]->(c) WHERE c.id IN parties } })
    AND (f.issue IS NULL OR EXISTS { MATCH (m)-[:DISCUSSED]->(i:Issue) WHERE i.id IN issues })
    AND (f.place IS NULL OR EXISTS { MATCH (m)-[:HELD_IN]->(pl:Place) WHERE pl.id IN places })
    AND all(ids IN each WHERE EXISTS { MATCH (p:Person)-[:ATTENDED]->(m) WHERE p.id IN ids })
    AND all(ids IN partiesEach WHERE EXISTS {
          MATCH (p:Person)-[:ATTENDED]->(m) WHERE EXISTS { MATCH (p)-[:AFFILIATED_WITH]->(c) WHERE c.id IN ids } })
  WITH m` + sortKey + ` ORDER BY ` + orderBy + `
  WITH collect(m) AS ms
  RETURN size(ms) AS total, [x IN ms[$offset..$offset + $limit] | x {.*}] AS page
}
RETURN f.idx AS idx, total, page`
}

// namedIDs is a COLLECT subquery of the ids of the nodes of label that
// the expression text names (schema.NameMatches). Its candidates come from
// indexes: the id's, and the label's full-text index queried with phrase
// (see namePhrase), which finds every node whose name or an alias has the
// words of text; the exact case-folded check then keeps the nodes named.
// Only when phrase is null, for a text without a word, does it scan the
// label.
func namedIDs(label, text, phrase string) string {
	return `COLLECT {
      MATCH (v:` + label + ` {id: ` + text + `}) RETURN v.id AS id
      UNION
      WITH ` + phrase + ` AS q WHERE q IS NOT NULL
      CALL db.index.fulltext.queryNodes('` + schema.FulltextIndex(label) + `', q) YIELD node AS v
      WITH v WHERE ` + nameMatch("v", text) + ` RETURN v.id AS id
      UNION
      WITH ` + phrase + ` AS q WHERE q IS NULL
      MATCH (v:` + label + `) WHERE ` + nameMatch("v", text) + ` RETURN v.id AS id }`
}

// namePhrase is the full-text query for the nodes whose name or an alias
// may equal text with case folded: text as one phrase, which the index
// splits into words as it split the names. It is nil for a text without a
// letter or digit, of which the index would keep no word.
func namePhrase(text string) any {
	if !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return nil
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(text) + `"`
}

// driverMatch is the start of a filter's query (see meetingsCypher): only
// the driver's own branch is sent, so that the planner never plans, nor
// the server runs, a scan of every meeting for a filter that names one.
func driverMatch(driver string) string {
	switch driver {
	case "participant":
		return "UNWIND pids AS pid MATCH (:Person {id: pid})-[:ATTENDED]->(m:Meeting) RETURN DISTINCT m"
	case "participants":
		return "UNWIND each[0] AS pid MATCH (:Person {id: pid})-[:ATTENDED]->(m:Meeting) RETURN DISTINCT m"
	case "ids":
		return "UNWIND f.ids AS mid MATCH (m:Meeting {id: mid}) RETURN DISTINCT m"
	case "place":
		return "UNWIND places AS plid MATCH (:Place {id: plid})<-[:HELD_IN]-(m:Meeting) RETURN DISTINCT m"
	case "issue":
		return "UNWIND issues AS iid MATCH (:Issue {id: iid})<-[:DISCUSSED]-(m:Meeting) RETURN DISTINCT m"
	case "countries":
		// The meetings of the officials of the party with the fewest.
		return `WITH partiesEach, [ids IN partiesEach | ` + officialsOf("ids") + `] AS sizes
    WITH partiesEach[reduce(b = 0, i IN range(0, size(sizes) - 1) | CASE WHEN sizes[i] < sizes[b] THEN i ELSE b END)] AS ids
    UNWIND ids AS cid
    CALL (cid) { MATCH (c:Country {id: cid}) RETURN c UNION MATCH (c:Organization {id: cid}) RETURN c }
    MATCH (c)<-[:AFFILIATED_WITH]-(:Person)-[:ATTENDED]->(m:Meeting) RETURN DISTINCT m`
	}
	return "MATCH (m:Meeting) RETURN m"
}

// officialsOf counts the affiliations to the parties whose ids are in the
// list expression ids, through the id indexes.
func officialsOf(ids string) string {
	return "COUNT { MATCH (c:Country)<-[:AFFILIATED_WITH]-(:Person) WHERE c.id IN " + ids +
		" } + COUNT { MATCH (c:Organization)<-[:AFFILIATED_WITH]-(:Person) WHERE c.id IN " + ids + " }"
}

// meetingDriver chooses where a filter's query starts (see meetingsCypher).
func meetingDriver(f schema.MeetingFilter) string {
	switch {
	case f.Participant != "":
		return "participant"
	case len(f.Participants) > 0:
		return "participants"
	case len(f.IDs) > 0:
		return "ids"
	case f.Place != "":
		return "place"
	case f.Issue != "":
		return "issue"
	case len(f.Countries) > 0:
		return "countries"
	}
	return "all"
}

// Meetings implements schema.Store.
func (s *Store) Meetings(ctx context.Context, f schema.MeetingFilter, offset, limit int) ([]schema.Node, int, error) {
	pages, err := s.MeetingPages(ctx, []schema.MeetingFilter{f}, offset, limit)
	if err != nil {
		return nil, 0, err
	}
	return pages[0].Nodes, pages[0].Total, nil
}

// MeetingPages implements schema.Store: one statement, with one UNION ALL
// part per order and driver among the filters.
func (s *Store) MeetingPages(ctx context.Context, filters []schema.MeetingFilter, offset, limit int) ([]schema.Page, error) {
	out := make([]schema.Page, len(filters))
	if len(filters) == 0 {
		return out, nil
	}
	type orderKey struct {
		order     string
		ascending bool
		driver    string
	}
	groups := map[orderKey][]any{}
	var keys []orderKey
	for i, f := range filters {
		k := orderKey{f.Order, f.Ascending, meetingDriver(f)}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], map[string]any{
			"idx": i,
			"ids": nilIfEmptyList(f.IDs), "participant": nilIfEmpty(f.Participant), "party": nilIfEmpty(f.WithOfficialsOf),
			"issue": nilIfEmpty(f.Issue), "place": nilIfEmpty(f.Place), "status": nilIfEmpty(f.Status), "kind": nilIfEmpty(f.Kind),
			"from": nilIfEmpty(f.From), "to": nilIfEmpty(f.To),
			"participants": nonNil(f.Participants), "countries": nonNil(f.Countries),
			"participantPhrase": namePhrase(f.Participant), "participantPhrases": phrases(f.Participants),
		})
	}
	var parts []string
	params := map[string]any{"offset": offset, "limit": limit}
	for i, k := range keys {
		p := fmt.Sprintf("filters%d", i)
		params[p] = groups[k]
		parts = append(parts, strings.Replace(meetingsCypher(k.order, k.ascending, k.driver), "$filters", "$"+p, 1))
	}
	recs, err := s.run(ctx, strings.Join(parts, "\nUNION ALL\n"), params, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: meetings: %w", err)
	}
	for _, r := range recs {
		idx, _ := r.Get("idx")
		total, _ := r.Get("total")
		pageAny, _ := r.Get("page")
		pg := &out[int(idx.(int64))]
		pg.Total = int(total.(int64))
		for _, p := range pageAny.([]any) {
			pg.Nodes = append(pg.Nodes, nodeFromProps(schema.LabelMeeting, p.(map[string]any)))
		}
	}
	return out, nil
}

// phrases is namePhrase of each text.
func phrases(texts []string) []any {
	out := make([]any, len(texts))
	for i, t := range texts {
		out[i] = namePhrase(t)
	}
	return out
}

// byLabel groups ids by the label their prefix names; ids without one are
// dropped, as no node can have them.
func byLabel(ids []string) map[string][]string {
	out := map[string][]string{}
	for _, id := range ids {
		if l := schema.LabelOf(id); l != "" {
			out[l] = append(out[l], id)
		}
	}
	return out
}

// perLabel builds one query from a per-label part joined with UNION ALL, so
// every lookup goes through a label's id index in one round trip. part gets
// the label and the parameter name of its id list.
func perLabel(groups map[string][]string, part func(label, param string) string) (string, map[string]any) {
	var parts []string
	params := map[string]any{}
	for _, l := range schema.Labels {
		if ids, ok := groups[l]; ok {
			p := "ids" + l
			params[p] = ids
			parts = append(parts, part(l, p))
		}
	}
	return strings.Join(parts, "\nUNION ALL\n"), params
}

// Nodes implements schema.Store.
func (s *Store) Nodes(ctx context.Context, ids []string) (map[string]schema.Node, error) {
	out := map[string]schema.Node{}
	groups := byLabel(ids)
	if len(groups) == 0 {
		return out, nil
	}
	q, params := perLabel(groups, func(l, p string) string {
		return "UNWIND $" + p + " AS id MATCH (n:" + l + " {id: id}) RETURN '" + l + "' AS label, n {.*} AS n"
	})
	recs, err := s.run(ctx, q, params, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: nodes: %w", err)
	}
	for _, r := range recs {
		l, _ := r.Get("label")
		n, _ := r.Get("n")
		node := nodeFromProps(l.(string), n.(map[string]any))
		out[node.ID] = node
	}
	return out, nil
}

// Edges implements schema.Store.
func (s *Store) Edges(ctx context.Context, ids []string, relType string, dir schema.Direction) (map[string][]schema.Edge, error) {
	out := map[string][]schema.Edge{}
	if !slices.Contains(schema.RelTypes, relType) {
		return nil, fmt.Errorf("neo4j: unknown relationship type %q", relType)
	}
	groups := byLabel(ids)
	if len(groups) == 0 {
		return out, nil
	}
	pattern := "(n)-[r:" + relType + "]->(o)"
	if dir == schema.In {
		pattern = "(n)<-[r:" + relType + "]-(o)"
	}
	q, params := perLabel(groups, func(l, p string) string {
		return "UNWIND $" + p + " AS id MATCH (n:" + l + " {id: id}) MATCH " + pattern +
			" RETURN id, o.id AS other, r {.*} AS r"
	})
	recs, err := s.run(ctx, q, params, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: edges: %w", err)
	}
	for _, rec := range recs {
		idAny, _ := rec.Get("id")
		otherAny, _ := rec.Get("other")
		rAny, _ := rec.Get("r")
		id, other := idAny.(string), otherAny.(string)
		e := edgeFromProps(relType, rAny.(map[string]any))
		if dir == schema.In {
			e.From, e.To = other, id
		} else {
			e.From, e.To = id, other
		}
		out[id] = append(out[id], e)
	}
	for id, list := range out {
		otherEnd := func(e schema.Edge) string {
			if e.From == id {
				return e.To
			}
			return e.From
		}
		slices.SortFunc(list, func(a, b schema.Edge) int {
			if c := cmp.Compare(otherEnd(a), otherEnd(b)); c != 0 {
				return c
			}
			return cmp.Compare(a.Key, b.Key)
		})
	}
	return out, nil
}

// Neighbours implements schema.Store: one statement, whose one row holds
// every edge and every node once.
func (s *Store) Neighbours(ctx context.Context, ids []string, sets []schema.EdgeSet, p schema.Projection) (schema.Neighbourhood, error) {
	out := schema.Neighbourhood{Edges: make([]map[string][]schema.Edge, len(sets)), Nodes: map[string]schema.Node{}}
	for i, set := range sets {
		if !slices.Contains(schema.RelTypes, set.Type) {
			return out, fmt.Errorf("neo4j: unknown relationship type %q", set.Type)
		}
		out.Edges[i] = map[string][]schema.Edge{}
	}
	if len(byLabel(ids)) == 0 {
		return out, nil
	}
	look, params := lookup(ids)
	steps := "RETURN [] AS edges, [] AS others"
	if len(sets) > 0 {
		parts := make([]string, len(sets))
		for i, set := range sets {
			pattern := "(n)-[r:" + set.Type + "]->(o)"
			if set.Dir == schema.In {
				pattern = "(n)<-[r:" + set.Type + "]-(o)"
			}
			parts[i] = "MATCH " + pattern + " RETURN " + strconv.Itoa(i) + " AS set, r, o"
		}
		steps = `UNWIND ns AS n
  CALL (n) {
    ` + strings.Join(parts, "\n    UNION ALL\n    ") + `
  }
  RETURN collect({from: n.id, set: set, to: o.id, r: ` + edgeProps("r", p) + `}) AS edges, collect(DISTINCT o) AS others`
	}
	q := look + `
WITH collect(DISTINCT n) AS ns
CALL (ns) {
  ` + steps + `
}
RETURN edges, [x IN ns + others | {label: labels(x)[0], props: ` + nodeProps("x", p) + `}] AS nodes`
	recs, err := s.run(ctx, q, params, false)
	if err != nil {
		return out, fmt.Errorf("neo4j: neighbours: %w", err)
	}
	for _, rec := range recs {
		m := rec.AsMap()
		for _, x := range m["nodes"].([]any) {
			x := x.(map[string]any)
			n := nodeFromProps(x["label"].(string), x["props"].(map[string]any))
			out.Nodes[n.ID] = n
		}
		for _, x := range m["edges"].([]any) {
			x := x.(map[string]any)
			i := int(x["set"].(int64))
			id, other := x["from"].(string), x["to"].(string)
			e := edgeFromProps(sets[i].Type, x["r"].(map[string]any))
			if sets[i].Dir == schema.In {
				e.From, e.To = other, id
			} else {
				e.From, e.To = id, other
			}
			out.Edges[i][id] = append(out.Edges[i][id], e)
		}
	}
	for i, set := range sets {
		for id, list := range out.Edges[i] {
			sortEdges(id, list, set.Dir)
		}
	}
	return out, nil
}

// sortEdges puts the edges of node id in the order of schema.Store.Edges:
// by the other end's id, then by key.
func sortEdges(id string, list []schema.Edge, dir schema.Direction) {
	slices.SortFunc(list, func(a, b schema.Edge) int {
		oa, ob := a.To, b.To
		if dir == schema.In {
			oa, ob = a.From, b.From
		}
		return cmp.Or(cmp.Compare(oa, ob), cmp.Compare(a.Key, b.Key))
	})
}

// FindNodes implements schema.Store.
func (s *Store) FindNodes(ctx context.Context, text string, labels []string) ([]schema.Node, error) {
	if len(labels) == 0 {
		labels = schema.Labels
	}
	var parts []string
	for _, l := range schema.Labels {
		if slices.Contains(labels, l) {
			match := nameMatch("n", "$text")
			if l == schema.LabelCountry || l == schema.LabelOrganization {
				match = partyMatch("n", "$text")
			}
			parts = append(parts, "MATCH (n:"+l+") WHERE "+match+" RETURN '"+l+"' AS label, n {.*} AS n")
		}
	}
	recs, err := s.run(ctx, strings.Join(parts, "\nUNION ALL\n"), map[string]any{"text": text}, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: find: %w", err)
	}
	var out []schema.Node
	for _, r := range recs {
		l, _ := r.Get("label")
		n, _ := r.Get("n")
		out = append(out, nodeFromProps(l.(string), n.(map[string]any)))
	}
	slices.SortFunc(out, func(a, b schema.Node) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// nodeFromProps turns a node's property map into a schema.Node.
func nodeFromProps(label string, props map[string]any) schema.Node {
	n := schema.Node{Label: label}
	for k, v := range props {
		switch k {
		case "id":
			n.ID, _ = v.(string)
		case "name":
			n.Name, _ = v.(string)
		case "aliases":
			for _, a := range v.([]any) {
				n.Aliases = append(n.Aliases, a.(string))
			}
		case "aliasText":
		default:
			if sv, ok := v.(string); ok {
				if n.Props == nil {
					n.Props = map[string]string{}
				}
				n.Props[k] = sv
			}
		}
	}
	return n
}

func edgeFromProps(relType string, props map[string]any) schema.Edge {
	e := schema.Edge{Type: relType}
	e.Key, _ = props["key"].(string)
	e.Since, _ = props["since"].(string)
	e.Until, _ = props["until"].(string)
	articles, _ := props["articles"].([]any)
	sentences, _ := props["sentences"].([]any)
	for i := range articles {
		ev := schema.Evidence{ArticleID: articles[i].(string)}
		if i < len(sentences) {
			ev.Sentence = sentences[i].(string)
		}
		e.Evidence = append(e.Evidence, ev)
	}
	return e
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nilIfEmptyList(l []string) any {
	if len(l) == 0 {
		return nil
	}
	return l
}

func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

var _ schema.Store = (*Store)(nil)
