package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"newsgraph/schema"
)

// meetingsCypher states schema.MeetingFilter in Cypher, for a list of
// filters $filters that share one order. Names are resolved to node ids in
// the same query, and each filter starts from the smallest set of meetings
// its "driver" (chosen in Go, see meetingDriver) names: a participant's,
// a place's, an issue's, or the ids given. So a request costs one round
// trip, and a batch of per-person pages does not scan every meeting once
// per person.
func meetingsCypher(order string, ascending bool) string {
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
    CASE WHEN f.participant IS NULL THEN [] ELSE COLLECT { MATCH (p:Person) WHERE ` + nameMatch("p", "f.participant") + ` RETURN p.id } END AS pids,
    CASE WHEN f.party IS NULL THEN [] ELSE ` + partyIDs("[f.party]") + ` END AS parties,
    CASE WHEN f.issue IS NULL THEN [] ELSE COLLECT { MATCH (i:Issue) WHERE ` + nameMatch("i", "f.issue") + ` RETURN i.id } END AS issues,
    CASE WHEN f.place IS NULL THEN [] ELSE COLLECT { MATCH (pl:Place) WHERE ` + nameMatch("pl", "f.place") + ` RETURN pl.id } END AS places,
    [t IN f.participants | COLLECT { MATCH (p:Person) WHERE ` + nameMatch("p", "t") + ` RETURN p.id }] AS each,
    [t IN f.countries | ` + partyIDs("[t]") + `] AS partiesEach
  CALL (f, pids, issues, places, each) {
    WITH f, pids WHERE f.driver = 'participant'
    UNWIND pids AS pid MATCH (:Person {id: pid})-[:ATTENDED]->(m:Meeting) RETURN DISTINCT m
    UNION
    WITH f, each WHERE f.driver = 'participants'
    UNWIND each[0] AS pid MATCH (:Person {id: pid})-[:ATTENDED]->(m:Meeting) RETURN DISTINCT m
    UNION
    WITH f WHERE f.driver = 'ids'
    UNWIND f.ids AS mid MATCH (m:Meeting {id: mid}) RETURN DISTINCT m
    UNION
    WITH f, places WHERE f.driver = 'place'
    UNWIND places AS plid MATCH (:Place {id: plid})<-[:HELD_IN]-(m:Meeting) RETURN DISTINCT m
    UNION
    WITH f, issues WHERE f.driver = 'issue'
    UNWIND issues AS iid MATCH (:Issue {id: iid})<-[:DISCUSSED]-(m:Meeting) RETURN DISTINCT m
    UNION
    WITH f WHERE f.driver = 'all'
    MATCH (m:Meeting) RETURN m
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
// part per order among the filters.
func (s *Store) MeetingPages(ctx context.Context, filters []schema.MeetingFilter, offset, limit int) ([]schema.Page, error) {
	out := make([]schema.Page, len(filters))
	if len(filters) == 0 {
		return out, nil
	}
	type orderKey struct {
		order     string
		ascending bool
	}
	groups := map[orderKey][]any{}
	var keys []orderKey
	for i, f := range filters {
		k := orderKey{f.Order, f.Ascending}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], map[string]any{
			"idx": i, "driver": meetingDriver(f),
			"ids": nilIfEmptyList(f.IDs), "participant": nilIfEmpty(f.Participant), "party": nilIfEmpty(f.WithOfficialsOf),
			"issue": nilIfEmpty(f.Issue), "place": nilIfEmpty(f.Place), "status": nilIfEmpty(f.Status), "kind": nilIfEmpty(f.Kind),
			"from": nilIfEmpty(f.From), "to": nilIfEmpty(f.To),
			"participants": nonNil(f.Participants), "countries": nonNil(f.Countries),
		})
	}
	var parts []string
	params := map[string]any{"offset": offset, "limit": limit}
	for i, k := range keys {
		p := fmt.Sprintf("filters%d", i)
		params[p] = groups[k]
		parts = append(parts, strings.Replace(meetingsCypher(k.order, k.ascending), "$filters", "$"+p, 1))
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

// searchCandidates is how many full-text hits per requested result are
// re-ranked: Lucene finds candidates in each label's index, and
// schema.Score ranks them, so that both stores rank alike.
const searchCandidates = 5

// Search implements schema.Store.
func (s *Store) Search(ctx context.Context, text string, labels []string, limit int) ([]schema.SearchHit, error) {
	words := schema.SearchWords(text)
	if len(words) == 0 || limit <= 0 {
		return nil, nil
	}
	clauses := make([]string, len(words))
	for i, w := range words {
		// Words hold only letters and digits, so nothing needs escaping.
		clauses[i] = "+(" + w + " OR " + w + "*)"
	}
	var parts []string
	for _, l := range schema.Labels {
		if (len(labels) == 0 && schema.SearchesByDefault(l)) || slices.Contains(labels, l) {
			parts = append(parts, "CALL db.index.fulltext.queryNodes('"+schema.FulltextIndex(l)+"', $query, {limit: $candidates}) YIELD node "+
				"RETURN '"+l+"' AS label, node {.*} AS n")
		}
	}
	if len(parts) == 0 {
		return nil, nil
	}
	params := map[string]any{"query": strings.Join(clauses, " "), "candidates": max(limit*searchCandidates, 50)}
	recs, err := s.run(ctx, strings.Join(parts, "\nUNION ALL\n"), params, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: search: %w", err)
	}
	var hits []schema.SearchHit
	for _, r := range recs {
		l, _ := r.Get("label")
		n, _ := r.Get("n")
		node := nodeFromProps(l.(string), n.(map[string]any))
		if score := schema.Score(node, words); score > 0 {
			hits = append(hits, schema.SearchHit{Node: node, Score: score})
		}
	}
	slices.SortFunc(hits, schema.CompareHits)
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
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
