package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"newsgraph/schema"
)

// The reads below implement the analyst and visualisation queries of
// schema.Store, each in one statement. Their meaning is stated in package
// schema; the Cypher helpers in cypherexpr.go say it in Cypher, and the
// contract suite checks that this store and the embedded one agree.

// entityCondition is the label-specific WHERE of an entity query, over node
// n, query q and the resolved party ids. A person found from the parties
// (entitiesCypher's second start) was found through an affiliation that
// the query's date attests, so only one named by id is checked again.
func entityCondition(label string) string {
	switch label {
	case schema.LabelPerson:
		return `((size(q.parties) = 0 AND q.asOf IS NULL AND q.role IS NULL) OR (q.fromParties AND q.ids IS NULL AND q.role IS NULL) OR EXISTS {
      MATCH (n)-[r:AFFILIATED_WITH]->(c)
      WHERE (size(q.parties) = 0 OR c.id IN parties) AND (q.asOf IS NULL OR ` + heldAt("n", "r", "c", "q.asOf") + `)
        AND (q.role IS NULL OR ` + textHasWords("coalesce(r.key, '')", "q.role") + `) })`
	case schema.LabelPlace:
		return `(size(q.parties) = 0 OR EXISTS { MATCH (n)-[:IN]->(c) WHERE c.id IN parties })`
	case schema.LabelOrganization:
		return `(q.orgType IS NULL OR n.orgType = q.orgType)`
	case schema.LabelArticle:
		return inRange("n.date", "q.from", "q.to") + `
    AND (q.source IS NULL OR ` + textHasWords("coalesce(n.source, '')", "q.source") + `)
    AND (q.ingestedAfter IS NULL OR coalesce(n.` + schema.PropIngestedAt + `, '') > q.ingestedAfter)
    AND all(x IN q.mentions WHERE EXISTS { MATCH (n)-[:MENTIONS|DISCUSSED|REPORTS]->(o) WHERE o.id = x })`
	}
	return "true"
}

// sourceWords is the words of an articles' query's source, or of a people
// query's role (schema.TextHasWords), nil for none.
func sourceWords(source string) any {
	if source == "" {
		return nil
	}
	return nonNil(schema.SearchWords(source))
}

// withMeeting is the condition that meeting m had an official of q.with,
// read from the meeting's list of its officials' parties (parties.go)
// rather than by expanding its participants' affiliations: 235,000 db hits
// of 440,000 for the first 50 of 7,000 people by meetings with a country.
const withMeeting = `(q.with IS NULL OR any(c IN m.` + propPartyIDs + ` WHERE c IN withIDs))`

// withOwnPeople leaves out of a list of people by meetings with a party
// the party's own people (schema.EntityQuery.With), "" for other labels.
func withOwnPeople(label string) string {
	if label != schema.LabelPerson {
		return ""
	}
	return `
    AND (size(withIDs) = 0 OR NOT EXISTS { MATCH (n)-[:AFFILIATED_WITH]->(c) WHERE c.id IN withIDs })`
}

// entityCount is the expression of an order's count (see schema.OrderMeetings):
// a count of meetings counts those dated within [q.from, q.to] (schema.EntityQuery.From).
func entityCount(label, order string) string {
	switch order {
	case schema.OrderMeetings:
		var pattern string
		switch label {
		case schema.LabelPerson:
			pattern = "(n)-[:ATTENDED]->(m:Meeting)"
		case schema.LabelCountry, schema.LabelOrganization:
			pattern = "(n)<-[:AFFILIATED_WITH]-(:Person)-[:ATTENDED]->(m:Meeting)"
		case schema.LabelPlace:
			pattern = "(n)<-[:HELD_IN]-(m:Meeting)"
		case schema.LabelIssue:
			pattern = "(n)<-[:DISCUSSED]-(m:Meeting)"
		default:
			return "0"
		}
		return "size(COLLECT { MATCH " + pattern + " WHERE " + withMeeting + " AND " + inRange("m.date", "q.from", "q.to") + " RETURN DISTINCT m.id })"
	case schema.OrderOfficials:
		if label != schema.LabelCountry && label != schema.LabelOrganization {
			return "0"
		}
		return "size(COLLECT { MATCH (n)<-[r:AFFILIATED_WITH]-(p:Person) WHERE q.asOf IS NULL OR " + heldAt("p", "r", "n", "q.asOf") + " RETURN DISTINCT p.id })"
	}
	return "0"
}

// entityOrder is the ORDER BY of an entity query.
func entityOrder(label, order string, desc bool) string {
	dir := ""
	if desc {
		dir = " DESC"
	}
	switch {
	case schema.OrderCounts(order):
		return "cnt" + dir + ", n.id"
	case order == schema.OrderTitle:
		return "coalesce(n.title, '')" + dir + ", n.id"
	case order == schema.OrderDate || (order == "" && label == schema.LabelArticle):
		return "coalesce(n.date, '') = '', coalesce(n.date, '')" + dir + ", n.id"
	case order == schema.OrderIngested:
		return "coalesce(n." + schema.PropIngestedAt + ", '') = '', coalesce(n." + schema.PropIngestedAt + ", '')" + dir + ", n.id"
	}
	return "coalesce(n.name, '')" + dir + ", n.id"
}

// articleDates is the range of article dates, as strings, that an article
// query's From and To can admit ({lo, hi}, the statement's q.dates), for a
// seek on the article_date index (everyEntity): from From's year, as an
// article dated to a year sorts before its months but may be in range
// (inRange then decides), to the last string that starts with To. nil when
// neither is given, or for other labels: every article is read. Sixteen
// months' counts on the open corpus (analyst45's 23) read every article
// sixteen times: 0.19-0.61 s warm, 0.07-0.13 s with the seek.
func articleDates(q schema.EntityQuery) any {
	if q.Label != schema.LabelArticle || (q.From == "" && q.To == "") {
		return nil
	}
	lo, hi := "", "\uffff"
	if len(q.From) >= 4 {
		lo = q.From[:4]
	}
	if q.To != "" {
		hi = q.To + "\uffff"
	}
	return map[string]any{"lo": lo, "hi": hi}
}

// everyEntity is the last of entitiesCypher's starts: every node of the
// label, for the queries that name no ids and no parties; an article
// query that names what the articles mention starts from the articles
// next to the first of them instead (Xi is mentioned by 500 of 3,900
// articles), and one with a date range but no mentions from the articles
// dated in it (articleDates). The scan is an UNWIND of q, not a WHERE on it, which the
// planner would test only after scanning every node, once per query (a
// page of 100 countries' officials read 680,000 people).
func everyEntity(label string) string {
	every := "UNWIND CASE WHEN q.ids IS NULL AND NOT q.fromParties THEN [q] ELSE [] END AS every\n    MATCH (n:" + label + ") RETURN n"
	if label != schema.LabelArticle {
		return every
	}
	var seeks []string
	for _, l := range schema.Labels {
		seeks = append(seeks, "MATCH (o:"+l+" {id: x}) RETURN o")
	}
	return strings.Replace(every, "NOT q.fromParties", "NOT q.fromParties AND size(q.mentions) = 0 AND q.dates IS NULL", 1) + `
    UNION
    UNWIND CASE WHEN q.ids IS NULL AND NOT q.fromParties AND size(q.mentions) = 0 AND q.dates IS NOT NULL THEN [q.dates] ELSE [] END AS d
    MATCH (n:Article) WHERE n.date >= d.lo AND n.date <= d.hi RETURN n
    UNION
    UNWIND CASE WHEN q.ids IS NULL AND NOT q.fromParties THEN q.mentions[0..1] ELSE [] END AS x
    CALL (x) { ` + strings.Join(seeks, " UNION ALL ") + ` }
    MATCH (o)<-[:MENTIONS|DISCUSSED|REPORTS]-(n:Article) RETURN DISTINCT n`
}

// entitiesCypher answers a list of entity queries $requests that share a
// label and an order (see groupedPages). Each starts from the ids given, else from the people
// affiliated with its parties, else from every node of the label (see
// everyEntity).
func entitiesCypher(label, order string, desc bool) string {
	return `UNWIND $requests AS q
CALL (q) {
  WITH q,
    CASE WHEN size(q.parties) = 0 THEN [] ELSE ` + partyIDs("q.parties") + ` END AS parties,
    CASE WHEN q.with IS NULL THEN [] ELSE ` + partyIDs("[q.with]") + ` END AS withIDs
  CALL (q, parties) {
    WITH q WHERE q.ids IS NOT NULL
    UNWIND q.ids AS id MATCH (n:` + label + ` {id: id}) RETURN DISTINCT n
    UNION
    WITH q, parties WHERE q.ids IS NULL AND q.fromParties
    UNWIND parties AS pid MATCH (c:Country|Organization {id: pid})<-[r:AFFILIATED_WITH]-(n:` + label + `)
    WHERE q.asOf IS NULL OR ` + heldAt("n", "r", "c", "q.asOf") + ` RETURN DISTINCT n
    UNION
    ` + everyEntity(label) + `
  }
  WITH q, parties, withIDs, n
  WHERE NOT n.id IN withIDs` + withOwnPeople(label) + `
    AND (q.words IS NULL OR ` + hasWords("n", "q.words") + `)
    AND ` + entityCondition(label) + `
  WITH n, ` + entityCount(label, order) + ` AS cnt
  ORDER BY ` + entityOrder(label, order, desc) + `
  WITH collect({n: n, c: cnt}) AS rows
  // Only the page's nodes are read whole, not every node counted.
  RETURN size(rows) AS total, [x IN rows[$offset..$offset + $limit] | {n: properties(x.n), c: x.c}] AS page
}
RETURN q.idx AS idx, total, page`
}

// Entities implements schema.Store: one statement, with one UNION ALL part
// per label and order among the queries.
func (s *Store) Entities(ctx context.Context, queries []schema.EntityQuery, offset, limit int) ([]schema.Page, error) {
	for _, q := range queries {
		if !slices.Contains(schema.Labels, q.Label) {
			return nil, fmt.Errorf("neo4j: entities: unknown label %q", q.Label)
		}
	}
	type key struct {
		label, order string
		desc         bool
	}
	request := func(i int) (key, map[string]any) {
		q := queries[i]
		var words any
		if q.Name != "" {
			words = nonNil(schema.SearchWords(q.Name))
		}
		return key{q.Label, q.Order, q.Desc}, map[string]any{
			"ids": nilIfEmptyList(q.IDs), "words": words, "parties": nonNil(q.Parties),
			"fromParties": q.Label == schema.LabelPerson && len(q.Parties) > 0,
			"asOf":        nilIfEmpty(q.AsOf), "from": nilIfEmpty(q.From), "to": nilIfEmpty(q.To),
			"mentions": nonNil(q.Mentions), "source": sourceWords(q.Source), "with": nilIfEmpty(q.With),
			"orgType": nilIfEmpty(q.OrgType), "termsClosed": nonNil(q.Terms.Closed), "termsOpen": nonNil(q.Terms.Open),
			"ingestedAfter": nilIfEmpty(q.IngestedAfter), "role": sourceWords(q.Role), "dates": articleDates(q),
		}
	}
	cypher := func(k key) string { return entitiesCypher(k.label, k.order, k.desc) }
	row := func(d *decoder, i int, v any, pg *schema.Page) {
		m := as[map[string]any](d, v, "entity")
		pg.Nodes = append(pg.Nodes, d.node(queries[i].Label, field[map[string]any](d, m, "n")))
		if schema.OrderCounts(queries[i].Order) {
			pg.Counts = append(pg.Counts, int(field[int64](d, m, "c")))
		}
	}
	return groupedPages(ctx, s, "entities", len(queries), request, cypher, offset, limit, row, nil)
}

// EdgesAmong implements schema.Store. Every edge is found from its start
// node, so a country's thousands of incoming affiliations are never read.
func (s *Store) EdgesAmong(ctx context.Context, ids []string, p schema.Projection) ([]schema.Edge, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	look, params := lookup(ids)
	params["among"] = map[string]any{"ids": ids} // in a map: one plan whatever the number of ids
	q := look + `
WITH DISTINCT n
MATCH (n)-[r]->(o) WHERE o.id IN $among.ids
RETURN n.id AS from, type(r) AS type, o.id AS to, ` + edgeProps("r", p) + ` AS r`
	return s.edgesFrom(ctx, q, params, "edges among")
}

// edgesFrom runs q, whose rows are edges (from, type, to, r), and returns
// them ordered by EdgeID.
func (s *Store) edgesFrom(ctx context.Context, q string, params map[string]any, what string) ([]schema.Edge, error) {
	recs, err := s.run(ctx, q, params, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: %s: %w", what, err)
	}
	out := make([]schema.Edge, 0, len(recs))
	var d decoder
	for _, rec := range recs {
		out = append(out, d.edge(column[string](&d, rec, "type"), column[string](&d, rec, "from"), column[string](&d, rec, "to"),
			column[map[string]any](&d, rec, "r")))
	}
	if err := d.result(what); err != nil {
		return nil, err
	}
	schema.SortEdgesByID(out)
	return out, nil
}

// EdgesBetween implements schema.Store. As EdgesAmong, every edge is found
// from its start node, so a country's thousands of incoming affiliations
// are never read.
func (s *Store) EdgesBetween(ctx context.Context, ids, others []string, p schema.Projection) ([]schema.Edge, error) {
	if len(ids) == 0 || len(others) == 0 {
		return nil, nil
	}
	look, params := lookup(append(slices.Clip(ids), others...))
	params["between"] = map[string]any{"a": ids, "b": others} // in a map: one plan whatever the number of ids
	q := look + `
WITH DISTINCT n
MATCH (n)-[r]->(o) WHERE (n.id IN $between.a AND o.id IN $between.b) OR (n.id IN $between.b AND o.id IN $between.a)
RETURN n.id AS from, type(r) AS type, o.id AS to, ` + edgeProps("r", p) + ` AS r`
	return s.edgesFrom(ctx, q, params, "edges between")
}

// Degrees implements schema.Store: a node's count of edges is Neo4j's
// degree, which it reads from the node's relationship groups without
// walking them.
func (s *Store) Degrees(ctx context.Context, ids []string) (map[string]int, error) {
	if len(ids) == 0 {
		return map[string]int{}, nil
	}
	look, params := lookup(ids)
	recs, err := s.run(ctx, look+`
WITH DISTINCT n
RETURN n.id AS id, COUNT { (n)--() } AS degree`, params, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: degrees: %w", err)
	}
	out := make(map[string]int, len(recs))
	var d decoder
	for _, rec := range recs {
		out[column[string](&d, rec, "id")] = int(column[int64](&d, rec, "degree"))
	}
	if err := d.result("degrees"); err != nil {
		return nil, err
	}
	return out, nil
}

// timelineMeetings is the MATCH of the meetings on a node's timeline, by
// its label (see schema.TimelineEntry).
func timelineMeetings(label string) string {
	switch label {
	case schema.LabelPerson:
		return "MATCH (n:Person {id: $id})-[:ATTENDED]->(m:Meeting)"
	case schema.LabelCountry, schema.LabelOrganization:
		return "MATCH (n:" + label + " {id: $id})<-[:AFFILIATED_WITH]-(:Person)-[:ATTENDED]->(m:Meeting)"
	case schema.LabelPlace:
		return "MATCH (n:Place {id: $id})<-[:HELD_IN]-(m:Meeting)"
	case schema.LabelIssue:
		return "MATCH (n:Issue {id: $id})<-[:DISCUSSED]-(m:Meeting)"
	case schema.LabelMeeting:
		return "MATCH (m:Meeting {id: $id})"
	case schema.LabelArticle:
		return "MATCH (n:Article {id: $id})-[:REPORTS]->(m:Meeting)"
	}
	return ""
}

// timelineAfter keeps the timeline's entries (date, kind, node) that come
// after $after in its order (schema.TimelineAfter): dated before undated,
// then by date, kind and id; every entry when $after.kind is null.
const timelineAfter = `($after.kind IS NULL OR (date = '' AND $after.date <> '') OR ((date = '') = ($after.date = '') AND
  (date > $after.date OR (date = $after.date AND (kind > $after.kind OR (kind = $after.kind AND node.id > $after.id))))))`

// Timeline implements schema.Store. A mention is one per article; its
// sentence comes from the first of the article's edges to the node, in
// schema.MentionSentence's order, that has one (chosen in Go, as the
// embedded store does). An edge without an articles list has only its start article's
// evidence (ownEvidence): its first sentence is the article's.
func (s *Store) Timeline(ctx context.Context, id, from, to string, kinds []string, after schema.TimelineKey, limit int) ([]schema.TimelineEntry, error) {
	label := schema.LabelOf(id)
	if label == "" || limit <= 0 {
		return nil, nil
	}
	// Each branch starts from whether its kind is wanted ($kinds maps
	// each kind to whether it is), so a branch not wanted reads nothing,
	// in the one statement; a map, not a list of the kinds, for one plan
	// whatever they are (a list of one and one of two are planned apart).
	q := `CALL {
  WITH 1 AS wanted WHERE $kinds.meeting
  ` + timelineMeetings(label) + `
  WITH DISTINCT m WHERE ` + inRange("m.date", "$range.from", "$range.to") + `
  RETURN coalesce(m.date, '') AS date, 'meeting' AS kind, 'Meeting' AS label, m {.*, ` + derivedNull + `} AS node, [] AS evidence
  UNION ALL
  WITH 1 AS wanted WHERE $kinds.mention
  MATCH (n:` + label + ` {id: $id})<-[r:MENTIONS|DISCUSSED|REPORTS]-(a:Article)
  WHERE ` + inRange("a.date", "$range.from", "$range.to") + `
  WITH a, collect({type: type(r), sentence: coalesce(CASE WHEN r.articles IS NULL THEN r.sentences[0] ELSE
    [i IN range(0, size(r.articles) - 1) WHERE 'article:' + r.articles[i] = a.id | r.sentences[i]][0] END, '')}) AS evidence
  RETURN coalesce(a.date, '') AS date, 'mention' AS kind, 'Article' AS label, a {.*} AS node, evidence
}
WITH date, kind, label, node, evidence WHERE ` + timelineAfter + `
RETURN date, kind, label, node, evidence
ORDER BY date = '', date, kind, node.id
LIMIT $limit`
	// Always a map, its kind null from the start: one plan either way
	// (rangeParam's reason).
	key := map[string]any{"date": after.Date, "kind": nilIfEmpty(after.Kind), "id": after.ID}
	want := map[string]any{}
	for _, k := range []string{schema.TimelineMeeting, schema.TimelineMention} {
		want[k] = schema.TimelineWants(kinds, k)
	}
	recs, err := s.run(ctx, q, map[string]any{"id": id, "range": rangeParam(from, to), "kinds": want, "after": key, "limit": limit}, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: timeline: %w", err)
	}
	out := make([]schema.TimelineEntry, 0, len(recs))
	var d decoder
	for _, rec := range recs {
		e := schema.TimelineEntry{Date: column[string](&d, rec, "date"), Kind: column[string](&d, rec, "kind"),
			Node: d.node(column[string](&d, rec, "label"), column[map[string]any](&d, rec, "node"))}
		sentences := map[string]string{}
		each(&d, column[[]any](&d, rec, "evidence"), "evidence", func(_ int, ev map[string]any) {
			sentences[field[string](&d, ev, "type")] = field[string](&d, ev, "sentence")
		})
		e.Sentence = schema.MentionSentence(sentences)
		out = append(out, e)
	}
	if err := d.result("timeline"); err != nil {
		return nil, err
	}
	slices.SortFunc(out, schema.CompareTimeline)
	return out, nil
}

// CoParticipants implements schema.Store.
func (s *Store) CoParticipants(ctx context.Context, personID, from, to string, limit int) ([]schema.CoParticipant, error) {
	if limit <= 0 {
		return nil, nil
	}
	q := `MATCH (p:Person {id: $id})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
WHERE o <> p AND ` + inRange("m.date", "$range.from", "$range.to") + `
WITH o, collect(DISTINCT m) AS ms
WITH o, size(ms) AS count, [m IN ms WHERE coalesce(m.date, '') <> '' | m.date] AS dates
RETURN o {.*} AS o, count,
  reduce(x = '', d IN dates | CASE WHEN x = '' OR d < x THEN d ELSE x END) AS first,
  reduce(x = '', d IN dates | CASE WHEN d > x THEN d ELSE x END) AS last
ORDER BY count DESC, o.id
LIMIT $limit`
	recs, err := s.run(ctx, q, map[string]any{"id": personID, "range": rangeParam(from, to), "limit": limit}, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: co-participants: %w", err)
	}
	out := make([]schema.CoParticipant, 0, len(recs))
	var d decoder
	for _, rec := range recs {
		out = append(out, schema.CoParticipant{
			Node:  d.node(schema.LabelPerson, column[map[string]any](&d, rec, "o")),
			Count: int(column[int64](&d, rec, "count")), First: column[string](&d, rec, "first"), Last: column[string](&d, rec, "last"),
		})
	}
	if err := d.result("co-participants"); err != nil {
		return nil, err
	}
	slices.SortFunc(out, schema.CompareCoParticipants)
	return out, nil
}

// subgraphCypher is the walk of schema.SubgraphQuery at one depth, in one
// statement. Its state is a list of {n, d, id}: each node found, once, at
// its least distance in half steps, with its id. Each level is a CALL that
// expands the nodes at that distance, unless the walk has already stopped
// or lastLevelCypher found the level's answer, and a CALL that merges what
// it found into the state; a level that found nothing (every level after
// the walk stopped) leaves the state as it is, without sorting it again.
// The state keeps only its first $limit + 1 nodes by distance and id: a
// node's distance never drops once found, the walk goes on only while the
// nodes at the level or nearer fit in $limit, and the answer is the first
// $limit, so the rest can change neither which nodes expand, nor when the
// walk stops, nor the answer (at 10x, the Xi walk's last level found 2,400
// nodes for 140 places). A level keeps them with a sort and a slice, not
// ORDER BY ... LIMIT: there Neo4j 5.26's Top took 567 MiB of transaction
// memory for 349 rows at limit 1,000, and Xi's depth-2 walk on the open
// corpus failed on the 512 MiB default (the sort takes 5 MiB). look binds
// the seeds (see lookup). The filter is stated whole, each condition off
// while its parameter is null (subgraphFilterCypher), so that a depth has
// one statement text whatever the filter.
func subgraphCypher(depth int, look string, p schema.Projection, namesOnly bool) string {
	budget := 2 * depth
	filter := subgraphFilterCypher
	var labels []string
	for _, l := range schema.SubgraphLabels {
		labels = append(labels, "o:"+l)
	}
	entityFilter := strings.Join(append([]string{"(" + strings.Join(labels, " OR ") + ")"}, filter...), " AND ")
	// Without the labels' test: for an article's other ends, and for the
	// meetings lastLevelCypher reads from the Meeting index.
	unlabelledFilter := strings.Join(append([]string{"true"}, filter...), " AND ")
	// One expansion along several types, each type keeping its first
	// $limit other ends by id.
	expand := func(rule string, types []string, filter string) string {
		return `WITH n, partyIDs WHERE ` + rule + `
      MATCH (n)-[r:` + strings.Join(types, "|") + `]-(o)
      WHERE ` + filter + `
      WITH DISTINCT n, type(r) AS t, o
      WITH n, t, o, o.id AS id, ` + subgraphKey("o") + ` AS k ORDER BY k DESC, id
      WITH n, t, collect({o: o, id: id, k: k})[0..$limit] AS os
      UNWIND os AS x
      RETURN x.o AS o, x.id AS id, x.k AS k`
	}
	// Edges name their ends by element id, which Neo4j knows without
	// reading a property (the ends' ids cost 4,700 db hits of 20,000 at
	// 1x); Go maps them to node ids. With names only, nodes and edges are
	// lists of what the caller reads (maps cost the driver more to decode),
	// nodes take their ids from the walk's state, and an edge names the
	// node it was read from by its index i in nodes and the other end o by
	// its id, out saying which is the start: 2,500 element ids fewer to
	// write, ship and decode for Xi's walk at 1x (Go's CPU to decode the
	// answer 1.7 -> 1.2 ms). A node is then only its name: its label is
	// its id's (schema.LabelOf; both stores validate every node they
	// write by it), which spares a read of the labels for each of the 500.
	node := "{label: labels(n)[0], e: elementId(n), n: " + nodeProps("n", p) + "}"
	edge := "{type: t, from: elementId(startNode(r)), to: elementId(endNode(r)), r: " + edgeProps("r", p) + "}"
	if namesOnly {
		node = "n.name"
		edge = "[i, t, o.id, r.key, out]"
	}
	var b strings.Builder
	b.WriteString(`CALL { UNWIND coalesce($filter.parties, []) AS pt CALL (pt) { ` + partyNodes("pt") + ` }
       RETURN collect(DISTINCT pc.id) AS partyIDs }
CALL { ` + look + `
       RETURN collect(DISTINCT n) AS seeds }
WITH partyIDs, [n IN seeds | {n: n, d: 0, id: n.id, k: ` + subgraphKey("n") + `}] AS state
`)
	for level := 0; level <= budget; level++ {
		// Which nodes at this level expand, and along which types.
		var rule string
		switch {
		case level == budget:
			rule = "n:Meeting"
		case level == 0:
			rule = "NOT n:Article"
		default:
			rule = "(n:Meeting OR n:Person)"
		}
		types := schema.SubgraphTypes
		if budget-level < 2 {
			types = schema.SubgraphMeetingTypes
		}
		branches := []string{expand(rule, types, entityFilter)}
		if level == 0 && level < budget {
			branches = append(branches, expand("n:Article", schema.SubgraphArticleTypes, unlabelledFilter))
		}
		l, bud := strconv.Itoa(level), strconv.Itoa(budget)
		if level > 0 && level < budget {
			b.WriteString(lastLevelCypher(level, types, unlabelledFilter))
		} else {
			b.WriteString("WITH state, partyIDs, [] AS fast\n")
		}
		b.WriteString(`CALL (state, partyIDs, fast) {
  WITH state, partyIDs WHERE size(fast) = 0 AND size([x IN state WHERE x.d <= ` + l + `]) <= $limit
  UNWIND state AS x
  WITH x.n AS n, partyIDs WHERE x.d = ` + l + `
  CALL (n, partyIDs) {
      ` + strings.Join(branches, "\n      UNION ALL\n      ") + `
  }
  WITH n, o, id, k, ` + l + ` + CASE WHEN n:Meeting OR o:Meeting THEN 1 ELSE 2 END AS d
  WHERE d <= ` + bud + ` OR n:Meeting
  WITH o, id, k, min(d) AS d ORDER BY d, k DESC, id
  RETURN collect({n: o, d: d, id: id, k: k})[0..$limit + 1] AS found
}
CALL (state, fast, found) {
  UNWIND CASE WHEN size(fast) + size(found) = 0 THEN [] ELSE state + fast + found END AS x
  WITH x.n AS n, x.id AS id, x.k AS k, min(x.d) AS d ORDER BY d, k DESC, id
  RETURN collect({n: n, d: d, id: id, k: k})[0..$limit + 1] AS next
}
WITH CASE WHEN size(fast) + size(found) = 0 THEN state ELSE next END AS state, partyIDs
`)
	}
	// Every edge among the nodes kept, each read once from one end: from its
	// start node, except ATTENDED from the meeting, so that a person's
	// thousands of meetings are never read. A meeting's edges are read in
	// one expansion in both directions, keeping those two rules: a meeting
	// has too few edges for Neo4j to group them by type and direction, so
	// each directed expansion walked its every edge, and two of them walked
	// them twice (Xi's walk at 1x, 481 meetings: 7,244 -> 3,900 db hits for
	// the edges' expansion). Whether a node is a meeting only chooses how
	// its edges are read, never which: its id says so without a read.
	var others []string
	for _, t := range schema.RelTypes {
		if t != schema.RelAttended {
			others = append(others, t)
		}
	}
	attended := "'" + schema.RelAttended + "'"
	// The candidates, the first $limit + 1 nodes in the walk's order (no
	// more can be kept: schema.KeepSubgraph), then their meetings'
	// members, with every edge among them: Go keeps the meetings that fit
	// whole, and the edges among what it keeps.
	b.WriteString(`CALL (state) {
  UNWIND state AS x
  WITH x.n AS n, x.d AS d, x.id AS id, x.k AS k ORDER BY d, k DESC, id
  RETURN collect({n: n, d: d, id: id})[0..$limit + 1] AS cands
}
CALL (cands, partyIDs) {
  UNWIND cands AS c
  WITH c.n AS n, c.id AS meeting, partyIDs WHERE meeting STARTS WITH '` + schema.IDPrefix(schema.LabelMeeting) + `'
  CALL (n, partyIDs) {
      ` + expand("n:Meeting", schema.SubgraphMeetingTypes, entityFilter) + `
  }
  WITH meeting, o, id ORDER BY meeting, id
  RETURN collect([meeting, id]) AS members, collect(DISTINCT o) AS found
}
WITH size([x IN cands WHERE x.d = 0]) AS seeds, size(cands) AS candidates, members,
  [x IN cands | x.n] AS near, [x IN cands | x.id] AS nearIDs, found
WITH seeds, candidates, members, near + [o IN found WHERE NOT o IN near] AS nodes,
  nearIDs + [o IN found WHERE NOT o IN near | o.id] AS ids
CALL (nodes, ids) {
  UNWIND range(0, size(nodes) - 1) AS i
  WITH i, nodes[i] AS n, ids[i] STARTS WITH '` + schema.IDPrefix(schema.LabelMeeting) + `' AS meeting
  CALL (n, nodes, meeting) {
    WITH n, nodes WHERE meeting
    MATCH (n)-[r:` + strings.Join(schema.RelTypes, "|") + `]-(o) WHERE o IN nodes
    WITH n, r, o, type(r) AS t
    WHERE CASE t WHEN ` + attended + ` THEN endNode(r) = n ELSE startNode(r) = n END
    RETURN r, o, t, t <> ` + attended + ` AS out
    UNION ALL
    WITH n, nodes WHERE NOT meeting
    MATCH (n)-[r:` + strings.Join(others, "|") + `]->(o) WHERE o IN nodes RETURN r, o, type(r) AS t, true AS out
    UNION ALL
    WITH n, nodes WHERE NOT meeting
    MATCH (n)<-[r:` + schema.RelAttended + `]-(o) WHERE o IN nodes RETURN r, o, type(r) AS t, false AS out
  }
  RETURN collect(` + edge + `) AS edges
}
CALL (nodes) {
  UNWIND nodes AS n
  RETURN collect(` + node + `) AS props
}
RETURN seeds, candidates, members, ids, props, edges`)
	return b.String()
}

// subgraphKey is schema.SubgraphKey of node x: a meeting's date, else ”.
func subgraphKey(x string) string {
	return "CASE WHEN " + x + ":" + schema.LabelMeeting + " THEN coalesce(" + x + ".date, '') ELSE '' END"
}

// subgraphFilterCypher states schema.NodeFilter on a walk's other end o:
// every condition, each true while its value in the map parameter $filter
// is null (an empty list is sent as null). One text for every filter
// means one plan: a text per combination of conditions had Neo4j plan each
// on its first use after a restart (3.3-3.6 s each on two busy cores over
// the open corpus), more than the warm-up can afford for every depth. The
// values travel in one map because Neo4j keys its plans by the types of
// the parameters, and of a list's size (none, one, more): $kinds null and
// $kinds ["summit"] were two plans, while a map is a map whatever it holds.
var subgraphFilterCypher = []string{
	"(NOT o:Meeting OR " + inRange("o.date", "$filter.from", "$filter.to") + ")",
	"($filter.kinds IS NULL OR NOT o:Meeting OR o.kind IN $filter.kinds)",
	"($filter.parties IS NULL OR NOT o:Person OR EXISTS { MATCH (o)-[:AFFILIATED_WITH]->(c) WHERE c.id IN partyIDs })",
	"($filter.parties IS NULL OR NOT (o:Country OR o:Organization) OR o.id IN partyIDs)",
	// A meeting stays where one of its officials is of a party (parties.go's list of them).
	"($filter.parties IS NULL OR NOT o:Meeting OR any(c IN coalesce(o." + propPartyIDs + ", []) WHERE c IN partyIDs))",
}

// subgraphScan is how many meetings per node kept lastLevelCypher scans at
// most before it gives up and the level expands.
const subgraphScan = 4

// lastLevelCypher is a CALL that binds fast: when the walk's level is its
// last, the first meetings by id it finds, read in the order of the
// meetings' id index instead of expanding every frontier node; else an
// empty list, and the level expands as any other. It applies when the
// frontier (the nodes at distance level) is people only, whose meetings
// are one half step on, and they have more edges than the walk keeps
// nodes. It scans the first $scan meetings by id for those next to the
// frontier, as their attendees lists say (only ATTENDED joins a meeting
// and a person; the lists took Xi's walk at 1x from 20,028 to 15,014 db
// hits, where expanding each scanned meeting read its every edge); once
// it finds more new ones than the walk has room left for, the next level
// finds more nodes than $limit and the walk stops there, so these are the
// only ones the answer can hold. A person follows only its first $limit
// other ends by id, per type: the scan's answer stands only when no
// person's cap can bind before the last meeting kept (the new meetings
// kept next to it, the state's meetings next to it and all its other ends
// stay within $limit); else the level expands. At 10x the Xi walk's last
// level read 1,400 meetings of the index instead of the 10,500 meetings of
// nine people.
func lastLevelCypher(level int, types []string, filter string) string {
	l, next := strconv.Itoa(level), strconv.Itoa(level+1)
	ts := strings.Join(types, "|")
	return `CALL (state, partyIDs) {
  WITH state, partyIDs, size([x IN state WHERE x.d <= ` + l + `]) AS near
  WHERE near <= $limit
  WITH state, partyIDs, near, [x IN state WHERE x.d = ` + l + ` AND x.n:Person] AS people
  WITH state, partyIDs, near, [x IN people | x.n] AS frontier, [x IN people | x.id] AS frontierIDs
  WHERE size(frontier) > 0 AND none(x IN state WHERE x.d = ` + l + ` AND x.n:Meeting)
    AND reduce(s = 0, n IN frontier | s + COUNT { (n)-[:` + ts + `]-() }) > $limit
  WITH partyIDs, frontier, frontierIDs, $limit + 1 - near AS room, [x IN state | x.n] AS seen
  CALL (partyIDs, frontier, frontierIDs, seen) {
    MATCH (o:Meeting) WHERE o.date > ''
    WITH o ORDER BY o.date DESC, o.id LIMIT $scan
    WITH o WHERE ` + filter + `
    WITH o, o.` + propAttendees + ` AS attendees
    WITH o, [i IN range(0, size(frontier) - 1) WHERE frontierIDs[i] IN attendees | frontier[i]] AS adj
    WHERE size(adj) > 0 AND NOT o IN seen
    WITH o, adj LIMIT $limit + 1
    RETURN collect({o: o, id: o.id, k: o.date, adj: adj}) AS hits
  }
  WITH frontier, room, hits[0..room] AS hits, seen WHERE size(hits) >= room
  CALL (frontier, seen) {
    UNWIND seen AS m
    MATCH (m:Meeting)-[:` + ts + `]-(p) WHERE p IN frontier
    WITH p, count(DISTINCT m) AS c
    RETURN collect([p, c]) AS old
  }
  WITH frontier, hits, old
  WHERE all(n IN frontier WHERE CASE WHEN COUNT { (n)-[:` + ts + `]-() } <= $limit THEN true
    ELSE size([x IN hits WHERE n IN x.adj]) + coalesce([c IN old WHERE c[0] = n][0][1], 0) +
      COUNT { (n)-[:` + ts + `]-(q) WHERE NOT q:Meeting } <= $limit END)
  UNWIND hits AS x
  RETURN collect({n: x.o, d: ` + next + `, id: x.id, k: x.k}) AS fast
}
`
}

// subgraphStatement is q's statement and parameters (see subgraphCypher):
// one plan per depth and projection, whatever the seeds and the filter.
func subgraphStatement(q schema.SubgraphQuery) (string, map[string]any) {
	look, params := lookup(q.Seeds)
	params["limit"] = q.Limit
	params["scan"] = subgraphScan * q.Limit
	params["filter"] = map[string]any{"parties": nilIfEmptyList(q.Filter.Parties), "kinds": nilIfEmptyList(q.Filter.Kinds),
		"from": nilIfEmpty(q.Filter.From), "to": nilIfEmpty(q.Filter.To)}
	return subgraphCypher(q.Depth, look, q.Projection, q.NamesOnly), params
}

// Subgraph implements schema.Store in one statement (see subgraphCypher).
func (s *Store) Subgraph(ctx context.Context, q schema.SubgraphQuery) (schema.Subgraph, error) {
	query, params := subgraphStatement(q)
	recs, err := s.run(ctx, query, params, false)
	if err != nil {
		return schema.Subgraph{}, fmt.Errorf("neo4j: subgraph: %w", err)
	}
	if len(recs) != 1 {
		return schema.Subgraph{}, fmt.Errorf("neo4j: subgraph: %d rows, want 1", len(recs))
	}
	var d decoder
	rec := recs[0]
	ids := column[[]any](&d, rec, "ids")
	found := make([]schema.Node, 0, len(ids)) // in the statement's order
	nodes := column[[]any](&d, rec, "props")
	edges := column[[]any](&d, rec, "edges")
	all := make([]schema.Edge, 0, len(edges))
	if q.NamesOnly {
		each(&d, nodes, "node name", func(i int, name string) {
			n := schema.Node{Name: name}
			if j := d.index(int64(i), len(ids), "node id"); d.err == nil {
				n.ID = as[string](&d, ids[j], "node id")
			}
			if n.Label = schema.LabelOf(n.ID); n.Label == "" {
				d.fail("node %q: no label of that id", n.ID)
			}
			found = append(found, n)
		})
		each(&d, edges, "edge", func(_ int, x []any) {
			if len(x) != 5 {
				d.fail("edge: %d fields, want 5", len(x))
				return
			}
			i := d.index(as[int64](&d, x[0], "edge's node"), len(found), "edge's node")
			if d.err != nil {
				return
			}
			e := schema.Edge{Type: as[string](&d, x[1], "edge type"), Key: as[string](&d, x[3], "edge key")}
			e.From, e.To = found[i].ID, as[string](&d, x[2], "edge end")
			if !as[bool](&d, x[4], "edge direction") {
				e.From, e.To = e.To, e.From
			}
			all = append(all, e)
		})
	} else {
		byElement := map[string]string{} // element id -> node id
		each(&d, nodes, "node", func(_ int, x map[string]any) {
			n := d.labelled(x, "n")
			byElement[field[string](&d, x, "e")] = n.ID
			found = append(found, n)
		})
		end := func(elementID string) string {
			id, ok := byElement[elementID]
			if !ok {
				d.fail("edge end %q is not among the nodes", elementID)
			}
			return id
		}
		each(&d, edges, "edge", func(_ int, x map[string]any) {
			all = append(all, d.edge(field[string](&d, x, "type"), end(field[string](&d, x, "from")), end(field[string](&d, x, "to")),
				field[map[string]any](&d, x, "r")))
		})
	}
	candidates := int(column[int64](&d, rec, "candidates"))
	seeds := int(column[int64](&d, rec, "seeds"))
	members := map[string][]string{}
	each(&d, column[[]any](&d, rec, "members"), "member", func(_ int, x []any) {
		if len(x) != 2 {
			d.fail("member: %d fields, want 2", len(x))
			return
		}
		m := as[string](&d, x[0], "meeting")
		members[m] = append(members[m], as[string](&d, x[1], "member"))
	})
	if err := d.result("subgraph"); err != nil {
		return schema.Subgraph{}, err
	}
	if candidates > len(found) {
		return schema.Subgraph{}, fmt.Errorf("neo4j: subgraph: %d candidates of %d nodes", candidates, len(found))
	}
	return keptSubgraph(found, candidates, seeds, members, all, q.Limit), nil
}

// keptSubgraph is the answer of schema.KeepSubgraph over what the
// statement read: found's first candidates nodes in the walk's order, then
// their meetings' other members; the edges among those kept.
func keptSubgraph(found []schema.Node, candidates, seeds int, members map[string][]string, edges []schema.Edge, limit int) schema.Subgraph {
	order := make([]string, candidates)
	byID := make(map[string]schema.Node, len(found))
	for i, n := range found {
		if i < candidates {
			order[i] = n.ID
		}
		byID[n.ID] = n
	}
	kept, truncated := schema.KeepSubgraph(order, seeds, members, limit)
	out := schema.Subgraph{Truncated: truncated, Nodes: make([]schema.Node, 0, len(kept))}
	in := make(map[string]bool, len(kept))
	for _, id := range kept {
		out.Nodes = append(out.Nodes, byID[id])
		in[id] = true
	}
	for _, e := range edges {
		if in[e.From] && in[e.To] {
			out.Edges = append(out.Edges, e)
		}
	}
	schema.SortEdgesByID(out.Edges)
	return out
}
