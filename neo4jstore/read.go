package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"newsgraph/schema"
)

// meetingsCypher states schema.MeetingFilter in Cypher. Names are resolved
// to node ids in the same query, so a request costs one round trip.
const meetingsCypher = `
CALL {
  MATCH (p:Person) WHERE $participant IS NOT NULL AND
    (p.id = $participant OR toLower(p.name) = toLower($participant) OR any(a IN p.aliases WHERE toLower(a) = toLower($participant)))
  RETURN collect(p.id) AS pids
}
CALL {
  MATCH (c) WHERE $party IS NOT NULL AND (c:Country OR c:Organization) AND
    (c.id = $party OR toLower(c.name) = toLower($party) OR any(a IN c.aliases WHERE toLower(a) = toLower($party))
     OR toLower(c.code) = toLower($party) OR toLower(c.short) = toLower($party))
  RETURN collect(c.id) AS parties
}
CALL {
  MATCH (i:Issue) WHERE $issue IS NOT NULL AND
    (i.id = $issue OR toLower(i.name) = toLower($issue) OR any(a IN i.aliases WHERE toLower(a) = toLower($issue)))
  RETURN collect(i.id) AS issues
}
MATCH (m:Meeting)
WHERE ($ids IS NULL OR m.id IN $ids)
  AND ($status IS NULL OR m.status = $status)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($from IS NULL OR coalesce(m.date, '') >= $from)
  AND ($to IS NULL OR coalesce(m.date, '') <= $to OR coalesce(m.date, '') STARTS WITH $to)
  AND (($from IS NULL AND $to IS NULL) OR coalesce(m.date, '') <> '')
  AND ($participant IS NULL OR EXISTS { MATCH (p:Person)-[:ATTENDED]->(m) WHERE p.id IN pids })
  AND ($party IS NULL OR EXISTS {
        MATCH (o:Person)-[:ATTENDED]->(m) WHERE NOT o.id IN pids
          AND EXISTS { MATCH (o)-[:AFFILIATED_WITH]->(c) WHERE c.id IN parties } })
  AND ($issue IS NULL OR EXISTS { MATCH (m)-[:DISCUSSED]->(i:Issue) WHERE i.id IN issues })
WITH m ORDER BY coalesce(m.date, '') DESC, m.id
WITH collect(m) AS ms
RETURN size(ms) AS total, [x IN ms[$offset..$offset + $limit] | x {.*}] AS page`

// Meetings implements schema.Store.
func (s *Store) Meetings(ctx context.Context, f schema.MeetingFilter, offset, limit int) ([]schema.Node, int, error) {
	params := map[string]any{
		"ids": nilIfEmptyList(f.IDs), "participant": nilIfEmpty(f.Participant), "party": nilIfEmpty(f.WithOfficialsOf),
		"issue": nilIfEmpty(f.Issue), "status": nilIfEmpty(f.Status), "kind": nilIfEmpty(f.Kind),
		"from": nilIfEmpty(f.From), "to": nilIfEmpty(f.To), "offset": offset, "limit": limit,
	}
	recs, err := s.run(ctx, meetingsCypher, params, false)
	if err != nil {
		return nil, 0, fmt.Errorf("neo4j: meetings: %w", err)
	}
	total, _ := recs[0].Get("total")
	pageAny, _ := recs[0].Get("page")
	var page []schema.Node
	for _, p := range pageAny.([]any) {
		page = append(page, nodeFromProps(schema.LabelMeeting, p.(map[string]any)))
	}
	return page, int(total.(int64)), nil
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
			parts = append(parts, "MATCH (n:"+l+") WHERE n.id = $text OR toLower(n.name) = toLower($text) OR any(a IN n.aliases WHERE toLower(a) = toLower($text)) RETURN '"+l+"' AS label, n {.*} AS n")
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
// re-ranked: Lucene finds candidates, and schema.SearchScore ranks them, so
// that both stores rank alike.
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
	q := `CALL db.index.fulltext.queryNodes($index, $query, {limit: $candidates}) YIELD node, score
WITH node, labels(node)[0] AS label
WHERE (size($labels) = 0 AND NOT label IN ['Article', 'Meeting']) OR label IN $labels
RETURN label, node {.*} AS n`
	params := map[string]any{
		"index": schema.FulltextIndex, "query": strings.Join(clauses, " "),
		"candidates": max(limit*searchCandidates, 50), "labels": nonNil(labels),
	}
	recs, err := s.run(ctx, q, params, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: search: %w", err)
	}
	var hits []schema.SearchHit
	for _, r := range recs {
		l, _ := r.Get("label")
		n, _ := r.Get("n")
		node := nodeFromProps(l.(string), n.(map[string]any))
		if score := schema.SearchScore(node, words); score > 0 {
			hits = append(hits, schema.SearchHit{Node: node, Score: score})
		}
	}
	slices.SortFunc(hits, func(a, b schema.SearchHit) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.Node.ID, b.Node.ID)
	})
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
