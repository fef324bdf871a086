package neo4jstore

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/schema"
)

// writeTx runs the merge statements of folded graphs in tx.
//
// The edges of an article that has none yet are created, not merged
// (createEdgesCypher): merging an edge first reads the edges between its
// ends, and for an article's dozens of mentions, merged one after another,
// that read was most of a load's edge merging (1.8 million of the 2.3
// million db hits of the MENTIONS statement of the corpus at batch 10,000).
// Such an article's rows are all new: fold leaves one row per edge. And
// every article here is new but in a race: WriteResolved drops the stored
// articles and retracts the changed ones (DETACH DELETE) before it writes,
// so an article has edges only when a concurrent writer of the same article
// committed it between the hash read and the merge, which then waited for
// it. readEdgeEnds finds those after the merge; their edges are merged.
//
// Then it brings the derived lists of the meetings the edges change up to
// date (see parties.go): the meetings of new ATTENDED edges, and every
// meeting of a person who gained a party; and last the relations' buckets
// of the meetings it changed (pairmonths.go).
func writeTx(ctx context.Context, tx neo4j.ManagedTransaction, nodes map[string][]map[string]any, edges map[edgeGroup][]map[string]any) error {
	people, err := newAffiliations(ctx, tx, edges)
	if err != nil {
		return err
	}
	for _, label := range schema.Labels {
		if rows := nodes[label]; len(rows) > 0 {
			if _, err := tx.Run(ctx, mergeNodesCypher(label), map[string]any{"rows": rows}); err != nil {
				return fmt.Errorf("merge %s nodes: %w", label, err)
			}
		}
	}
	ends, err := readEdgeEnds(ctx, tx, edges)
	if err != nil {
		return err
	}
	for _, k := range edgeGroupOrder(edges) {
		fresh, rest := ends.split(k, edges[k])
		if len(fresh) > 0 {
			if _, err := tx.Run(ctx, createEdgesCypher(k), map[string]any{"rows": ends.rows(fresh)}); err != nil {
				return fmt.Errorf("create %s edges: %w", k.relType, err)
			}
		}
		if len(rest) > 0 {
			if _, err := tx.Run(ctx, mergeEdgesCypher(k, endsByElement), map[string]any{"rows": ends.rows(rest)}); err != nil {
				return fmt.Errorf("merge %s edges: %w", k.relType, err)
			}
		}
	}
	if err := syncWritten(ctx, tx, edges, people); err != nil {
		return err
	}
	return syncPairMonths(ctx, tx, writtenMeetings(nodes, edges), people, nil)
}

// edgeEnds are the nodes at the ends of a batch's edges, read once after
// the nodes are merged: their element ids, by which the edge statements
// find them (endsByElement), and the articles among them that have edges
// (see writeTx).
//
// A node's element id leads straight to its record, where its id leads
// through the label's unique index: the corpus's batch of 10,000 has
// 110,000 edge rows, two seeks each, and 114,000 seeks of people by id
// took 0.30-0.38 s of Neo4j's CPU against 0.07-0.12 s by element id with
// the label checked. Element ids are only stable within a transaction,
// which is all they are used for here.
type edgeEnds struct {
	elements map[string]string // node id -> element id
	linked   map[string]bool   // article ids
}

// edgeEndsCypher reads the element ids of the nodes of label with the ids
// $ids, and for articles which of them have edges.
func edgeEndsCypher(label string) string {
	linked := "[]"
	if label == schema.LabelArticle {
		linked = "collect(CASE WHEN EXISTS { (n)--() } THEN id END)"
	}
	return `UNWIND $ids AS id
MATCH (n:` + label + ` {id: id})
RETURN collect(id) AS ids, collect(elementId(n)) AS elements, ` + linked + ` AS linked`
}

// readEdgeEnds runs edgeEndsCypher for the ends of edges, label by label.
func readEdgeEnds(ctx context.Context, tx neo4j.ManagedTransaction, edges map[edgeGroup][]map[string]any) (edgeEnds, error) {
	ends := edgeEnds{elements: map[string]string{}, linked: map[string]bool{}}
	byLabel := map[string][]string{}
	seen := map[string]bool{}
	for k, rows := range edges {
		for _, r := range rows {
			for _, end := range []struct{ label, key string }{{k.from, "from"}, {k.to, "to"}} {
				if id, _ := r[end.key].(string); !seen[id] {
					seen[id] = true
					byLabel[end.label] = append(byLabel[end.label], id)
				}
			}
		}
	}
	var d decoder
	for _, label := range schema.Labels {
		if len(byLabel[label]) == 0 {
			continue
		}
		recs, err := collectTx(ctx, tx, edgeEndsCypher(label), map[string]any{"ids": byLabel[label]}, "edge ends")
		if err != nil {
			return ends, err
		}
		for _, r := range recs {
			ids := d.strings(column[[]any](&d, r, "ids"), "node")
			elements := d.strings(column[[]any](&d, r, "elements"), "element id")
			if len(ids) != len(elements) {
				return ends, fmt.Errorf("neo4j: edge ends: %d ids, %d element ids", len(ids), len(elements))
			}
			for i, id := range ids {
				ends.elements[id] = elements[i]
			}
			for _, id := range d.strings(column[[]any](&d, r, "linked"), "article") {
				ends.linked[id] = true
			}
		}
	}
	return ends, d.result("edge ends")
}

// split splits the rows of group k into those to create, the edges of
// articles without edges, and those to merge, each in their order.
func (e edgeEnds) split(k edgeGroup, rows []map[string]any) (fresh, rest []map[string]any) {
	if k.from != schema.LabelArticle {
		return nil, rows
	}
	if len(e.linked) == 0 {
		return rows, nil
	}
	for _, r := range rows {
		if id, _ := r["from"].(string); e.linked[id] {
			rest = append(rest, r)
		} else {
			fresh = append(fresh, r)
		}
	}
	return fresh, rest
}

// rows are edge rows for statements that find their ends by element id
// (endsByElement): the ends' element ids for their ids. An end that was
// not found has none, and its row matches nothing, as by id.
func (e edgeEnds) rows(rows []map[string]any) []map[string]any {
	out := make([]map[string]any, len(rows))
	for i, r := range rows {
		row := map[string]any{"key": r["key"], "since": r["since"], "until": r["until"],
			"articles": r["articles"], "sentences": r["sentences"], "a": nil, "b": nil}
		if el, ok := e.elements[r["from"].(string)]; ok {
			row["a"] = el
		}
		if el, ok := e.elements[r["to"].(string)]; ok {
			row["b"] = el
		}
		out[i] = row
	}
	return out
}

type edgeGroup struct{ relType, from, to string }

// fold merges the graphs (schema.Fold) into parameter rows, grouped by
// label and by edge group, each in first-seen order.
func fold(graphs []schema.ArticleGraph) (map[string][]map[string]any, map[edgeGroup][]map[string]any) {
	nodes, edges := schema.Fold(graphs)
	nodeRows := map[string][]map[string]any{}
	for _, n := range nodes {
		props := map[string]any{}
		for k, v := range n.Props {
			props[k] = v
		}
		aliases := n.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		nodeRows[n.Label] = append(nodeRows[n.Label], map[string]any{
			"id": n.ID, "name": n.Name, "aliases": aliases, "aliasText": strings.Join(aliases, aliasSep), "props": props,
		})
	}
	edgeRows := map[edgeGroup][]map[string]any{}
	for _, e := range edges {
		k := edgeGroup{e.Type, schema.LabelOf(e.From), schema.LabelOf(e.To)}
		// Two parallel lists, as stored: Neo4j properties cannot hold maps.
		articles := make([]string, len(e.Evidence))
		sentences := make([]string, len(e.Evidence))
		for i, x := range e.Evidence {
			articles[i], sentences[i] = x.ArticleID, x.Sentence
		}
		row := map[string]any{"from": e.From, "to": e.To, "key": e.Key, "since": nilIfEmpty(e.Since), "until": nilIfEmpty(e.Until),
			"articles": articles, "sentences": sentences}
		if k.from == schema.LabelArticle {
			// See ownEvidence: null properties are not stored.
			row["key"] = nilIfEmpty(e.Key)
			if ownEvidence(e.From, articles) {
				row["articles"] = nil
			}
		}
		edgeRows[k] = append(edgeRows[k], row)
	}
	return nodeRows, edgeRows
}

// ownEvidence reports whether every evidence article of an edge from node
// from is from itself, an article: such an edge (MENTIONS, REPORTS, an
// article's DISCUSSED; nine in ten of the corpus's edges) is stored
// without its articles list, which decoder.edge reads back as the start
// node's, and without its key when that is empty, which every read takes
// as "". At 1x the corpus's 97,927 edges from articles each kept a key
// of "" and a one-element list naming their own start node: 196,000 of the
// load's 339,000 relationship properties, and a dynamic array record
// (128 bytes) an edge for the list, for the commit to build and store.
// An edge whose evidence names another article keeps the list, as every
// edge did before, and so does any edge in an older database: a read that
// finds articles uses them.
func ownEvidence(from string, articles []string) bool {
	own := strings.TrimPrefix(from, schema.IDPrefix(schema.LabelArticle))
	for _, a := range articles {
		if a != own {
			return false
		}
	}
	return schema.LabelOf(from) == schema.LabelArticle
}

// edgeGroupOrder gives a fixed statement order, so that concurrent writers
// take locks in the same order.
func edgeGroupOrder(groups map[edgeGroup][]map[string]any) []edgeGroup {
	var out []edgeGroup
	for _, t := range schema.RelTypes {
		for _, from := range schema.Labels {
			for _, to := range schema.Labels {
				k := edgeGroup{t, from, to}
				if _, ok := groups[k]; ok {
					out = append(out, k)
				}
			}
		}
	}
	return out
}

// aliasSep joins a node's aliases into aliasText.
const aliasSep = " | "

// mergeNodesCypher states schema.MergeNode in Cypher: name, properties and
// aliases on create, then fresh aliases appended, and a meeting's date
// refined and its status raised to held. aliasText mirrors the aliases for
// the full-text index; articles, which have no aliases and whose index
// reads their title and text instead, get none. A row that brings nothing
// new writes nothing more than the MERGE. Labels come from the fixed
// schema.Labels, never input.
//
// A matched node is read without its lock, so a row that may change it
// first takes the node's write lock (lockCypher) and then reads it again:
// otherwise two loaders that append the same alias at once both append it.
// What the first read tells is safe for skipping a row, because aliases
// only grow and a meeting's date only gets more precise.
// A meeting whose date it refines passes the date on to its ATTENDED
// edges (their keys, attendedKeysCypher), and to its name when the name
// ends with the old date (schema.MeetingNameAtDate): the name is set
// first, while n.date is still the old date.
func mergeNodesCypher(label string) string {
	create := "n.name = row.name, n += row.props, n.aliases = row.aliases, n.aliasText = row.aliasText"
	if label == schema.LabelArticle {
		create = "n.name = row.name, n += row.props"
	}
	freshAliases := "[a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]"
	changes := "size(" + freshAliases + ") > 0"
	meeting := ""
	if label == schema.LabelMeeting {
		refines := `size(coalesce(row.props.date, '')) > size(coalesce(n.date, ''))
    AND row.props.date STARTS WITH coalesce(n.date, '')`
		raises := "row.props.status = 'held' AND coalesce(n.status, '') <> 'held'"
		changes = "(" + changes + ")\n   OR (" + refines + ")\n   OR (" + raises + ")\n   OR (" + freshKindsCypher + ")"
		meeting = `
SET n.name = CASE WHEN ` + refines + ` AND n.date <> '' AND n.name ENDS WITH ', ' + n.date
      THEN left(n.name, size(n.name) - size(n.date)) + row.props.date ELSE n.name END
SET n.date = CASE WHEN ` + refines + ` THEN row.props.date ELSE n.date END,
    n.status = CASE WHEN row.props.status = 'held' THEN 'held' ELSE n.status END` + majorityKindCypher + `
WITH n, row
CALL (n) { MATCH (p)-[r:` + schema.RelAttended + `]->(n) WHERE r.` + propAttendedDate + ` <> coalesce(n.date, '') SET ` + attendedKeysCypher("r", "p", "n") + ` }`
	}
	return `UNWIND $rows AS row
MERGE (n:` + label + ` {id: row.id})
ON CREATE SET ` + create + `
WITH n, row WHERE ` + changes + `
` + lockCypher("n") + meeting + `
WITH n, ` + freshAliases + ` AS fresh WHERE size(fresh) > 0
SET n.aliases = coalesce(n.aliases, []) + fresh
SET n.aliasText = reduce(t = '', a IN n.aliases | t + CASE t WHEN '' THEN '' ELSE '` + aliasSep + `' END + a)`
}

// freshKindsCypher holds where a row brings a meeting the kind of an
// article it lacks (schema.AppendSourceKinds).
var freshKindsCypher = `any(e IN split(coalesce(row.props.` + schema.PropSourceKinds + `, ''), ',')
      WHERE e <> '' AND NOT ` + sourceOfCypher("e") + ` IN [x IN split(coalesce(n.` + schema.PropSourceKinds + `, ''), ',') | ` +
	sourceOfCypher("x") + `])`

// sourceOfCypher is schema's sourceOf of the entry in variable v: the
// entry up to its last colon.
func sourceOfCypher(v string) string {
	return "CASE WHEN " + v + " CONTAINS ':' THEN left(" + v + ", size(" + v + ") - size(split(" + v + ", ':')[-1]) - 1) ELSE " + v + " END"
}

// majorityKindCypher states schema.AppendSourceKinds and
// schema.MajorityKind: the row's entries of articles the meeting lacks are
// appended, and the meeting's kind follows the mode (call or in person)
// most of them give: a call where calls are more, the stored kind where it
// is in person and the in-person reports are more, else the in-person kind
// most of them give; a tie keeps the stored kind. It changes nothing where
// the row brings no new article. A meeting written before kinds were counted
// starts from one vote for its stored kind (schema's storedKindVotes).
var majorityKindCypher = `
SET n.` + schema.PropSourceKinds + ` = reduce(s = coalesce(n.` + schema.PropSourceKinds + `,
        CASE WHEN coalesce(n.kind, '') <> '' AND coalesce(row.props.` + schema.PropSourceKinds + `, '') <> '' THEN ':' + n.kind ELSE '' END),
      e IN split(coalesce(row.props.` + schema.PropSourceKinds + `, ''), ',') |
      CASE WHEN e = '' OR ` + sourceOfCypher("e") + ` IN [x IN split(s, ',') WHERE x <> '' | ` + sourceOfCypher("x") + `] THEN s
           WHEN s = '' THEN e ELSE s + ',' + e END)
WITH n, row, [e IN split(coalesce(n.` + schema.PropSourceKinds + `, ''), ',') WHERE e CONTAINS ':' AND NOT e ENDS WITH ':' | split(e, ':')[-1]] AS kinds
WITH n, row, [k IN kinds WHERE k <> '` + schema.KindCall + `'] AS inPerson, size([k IN kinds WHERE k = '` + schema.KindCall + `']) AS calls
SET n.kind = CASE
      WHEN n.kind = '` + schema.KindCall + `' AND size(inPerson) > calls THEN reduce(best = '', k IN inPerson |
        CASE WHEN size([x IN inPerson WHERE x = k]) > size([x IN inPerson WHERE x = best]) THEN k ELSE best END)
      WHEN coalesce(n.kind, '') <> '` + schema.KindCall + `' AND calls > size(inPerson) THEN '` + schema.KindCall + `'
      ELSE n.kind END`

// lockCypher takes the write lock of v, a node or relationship, until the
// transaction ends, by writing a property and removing it again: Cypher has
// no other way to lock before reading, and the property never outlives the
// statement.
func lockCypher(v string) string {
	return "SET " + v + ".writeLock = true\nREMOVE " + v + ".writeLock\nWITH " + v + ", row"
}

// mergeEdgesCypher states schema.MergeEdge in Cypher, evidence kept as two
// parallel lists (articles, sentences). What a matched edge costs depends
// on its group:
//   - an edge from an article is set on create and never touched again
//     (mergeArticleEdgesCypher);
//   - an affiliation's since and until are widened by every row;
//   - evidence is appended only while the stored list has room and only
//     for articles not in it, so a full list is read but never rewritten.
func mergeEdgesCypher(k edgeGroup, ends func(edgeGroup) string) string {
	if k.from == schema.LabelArticle {
		return mergeArticleEdgesCypher(k, ends)
	}
	var b strings.Builder
	writeEdgeCypher(&b, k, ends, "MERGE", "ON CREATE SET")
	if k.relType == schema.RelAffiliatedWith {
		b.WriteString(`
ON MATCH SET
    r.since = CASE WHEN coalesce(r.since, '') = '' OR row.since < r.since THEN row.since ELSE r.since END,
    r.until = CASE WHEN coalesce(r.until, '') = '' OR row.until > r.until THEN row.until ELSE r.until END`)
	}
	limit := strconv.Itoa(schema.MaxEvidence)
	b.WriteString(`
WITH r, row WHERE size(row.articles) > 0 AND size(r.articles) < ` + limit + `
WITH r, row, [i IN range(0, size(row.articles) - 1) WHERE NOT row.articles[i] IN r.articles][..` + limit + ` - size(r.articles)] AS fresh
WHERE size(fresh) > 0
SET r.articles = r.articles + [i IN fresh | row.articles[i]],
    r.sentences = r.sentences + [i IN fresh | row.sentences[i]]`)
	return b.String()
}

// mergeArticleEdgesCypher creates each edge of group k, from an article,
// that the article lacks. MERGE cannot say it: such an edge has no key
// property when its key is empty (ownEvidence), while one written before
// has "", and MERGE refuses a null in its pattern. So the edge is looked
// for with a missing key read as "", and created only when missing, as
// MERGE does: after taking the article's write lock (lockCypher) it looks
// again, so that of two writers that both missed it only the first
// creates it. Only articles stored meanwhile (writeTx) and the naive path
// (ElementStatements) come here.
func mergeArticleEdgesCypher(k edgeGroup, ends func(edgeGroup) string) string {
	missing := "WITH a, b, row WHERE NOT EXISTS { MATCH (a)-[x:" + k.relType + "]->(b) WHERE coalesce(x.key, '') = coalesce(row.key, '') }\n"
	var b strings.Builder
	b.WriteString("UNWIND $rows AS row\n")
	b.WriteString(ends(k))
	b.WriteString("CALL (a, b, row) {\n" + missing + "SET a.writeLock = true\nREMOVE a.writeLock\n" + missing)
	writeEdgeProps(&b, k, "CREATE", "SET")
	b.WriteString("\n}")
	return b.String()
}

// createEdgesCypher creates the edges of group k, whose rows are new: it
// sets what mergeEdgesCypher sets on create.
func createEdgesCypher(k edgeGroup) string {
	var b strings.Builder
	writeEdgeCypher(&b, k, endsByElement, "CREATE", "SET")
	return b.String()
}

// writeEdgeCypher writes the start of an edge statement of group k: the
// ends of each row, found by ends, the edge between them made by verb
// (CREATE or MERGE) with the row's key, and set (SET or ON CREATE SET)
// the properties of a new edge.
func writeEdgeCypher(b *strings.Builder, k edgeGroup, ends func(edgeGroup) string, verb, set string) {
	b.WriteString("UNWIND $rows AS row\n")
	b.WriteString(ends(k))
	writeEdgeProps(b, k, verb, set)
}

// writeEdgeProps writes the edge between a and b of an edge statement of
// group k, made by verb with the row's key, and set the properties of a
// new edge. A null property (an article's edge's empty key or own
// evidence, ownEvidence) is not stored.
func writeEdgeProps(b *strings.Builder, k edgeGroup, verb, set string) {
	b.WriteString(verb + " (a)-[r:" + k.relType + " {key: row.key}]->(b)\n")
	b.WriteString(set + " r.articles = row.articles, r.sentences = row.sentences, r.since = row.since, r.until = row.until")
	if k.relType == schema.RelAttended {
		b.WriteString(",\n    " + attendedKeysCypher("r", "a", "b"))
	}
}

// endsByID finds the ends a and b of an edge row by their ids, row.from
// and row.to.
func endsByID(k edgeGroup) string {
	return "MATCH (a:" + k.from + " {id: row.from})\nMATCH (b:" + k.to + " {id: row.to})\n"
}

// endsByElement finds the ends a and b of an edge row by their element
// ids, row.a and row.b (edgeEnds.rows).
func endsByElement(k edgeGroup) string {
	return "MATCH (a:" + k.from + ") WHERE elementId(a) = row.a\nMATCH (b:" + k.to + ") WHERE elementId(b) = row.b\n"
}

// Statement is one Cypher statement with its parameters.
type Statement struct {
	Query  string
	Params map[string]any
}

// ElementStatements states every node and edge of the graphs as a statement
// of its own, one graph after another, with the very merge Cypher that
// WriteResolved batches. It is the naive one-statement-per-element path that benchmarks
// compare WriteResolved against, kept here so that it can never drift from the
// merge rules. It keeps no relations' buckets (pairmonths.go, counted in Go
// between statements): a database it writes is for timing, not for Relations.
func ElementStatements(graphs []schema.ArticleGraph) []Statement {
	var out []Statement
	for _, g := range graphs {
		nodes, edges := fold([]schema.ArticleGraph{g})
		for _, label := range schema.Labels {
			for _, row := range nodes[label] {
				out = append(out, Statement{mergeNodesCypher(label), map[string]any{"rows": []map[string]any{row}}})
			}
		}
		for _, k := range edgeGroupOrder(edges) {
			for _, row := range edges[k] {
				out = append(out, Statement{mergeEdgesCypher(k, endsByID), map[string]any{"rows": []map[string]any{row}}})
			}
		}
		// The meetings' derived lists, for the graph's meetings and
		// every meeting of its affiliated people.
		var people []string
		for _, r := range affiliationRows(edges) {
			if id, ok := r["from"].(string); ok {
				people = append(people, id)
			}
		}
		if meetings := attendedMeetings(edges); len(meetings) > 0 || len(people) > 0 {
			out = append(out, Statement{syncCypher, map[string]any{"meetings": nonNil(meetings), "people": nonNil(people)}})
		}
	}
	return out
}
