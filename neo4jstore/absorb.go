package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/schema"
)

// meetingsUndatedCypher finds the undated meetings that the articles of
// $dates report (through the Article date index, so that its cost follows
// the articles near the dates, not the archive) and whose participants are
// one of $sets (each a sorted list of ids).
const meetingsUndatedCypher = `UNWIND $dates AS d
MATCH (:Article {date: d})-[:` + schema.RelReports + `]->(m:Meeting) WHERE coalesce(m.date, '') = ''
WITH DISTINCT m, COLLECT { MATCH (p:Person)-[:` + schema.RelAttended + `]->(m) RETURN p.id AS x ORDER BY x } AS participants
WHERE participants IN $sets
RETURN m.id AS id, '' AS date, coalesce(m.status, '') AS status, coalesce(m.kind, '') AS kind,
  coalesce(m.` + schema.PropSourceKinds + `, '') AS sourceKinds, participants,
  COLLECT { MATCH (m)-[:HELD_IN]->(pl:Place) RETURN pl.id AS x ORDER BY x } AS places,
  COLLECT { MATCH (a:Article)-[:REPORTS]->(m) RETURN a.id AS x ORDER BY x } AS articles,
  COLLECT { MATCH (a:Article)-[:REPORTS]->(m) RETURN coalesce(a.date, '') AS x ORDER BY a.id } AS articleDates
ORDER BY id`

// absorbedCypher reads the meetings $ids with all their edges.
const absorbedCypher = `UNWIND $ids AS id MATCH (m:Meeting {id: id})
RETURN m.id AS id, properties(m) AS props,
  COLLECT { MATCH (m)-[r]-(x) RETURN {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)} AS e } AS edges`

// The statements that remove absorbed meetings: their reports first, so
// that retractedMeetingsCypher takes them out of their people's counts,
// then the nodes with the rest of their edges.
const (
	absorbedReportsCypher = `UNWIND $ids AS id MATCH (:Article)-[r:` + schema.RelReports + `]->(m:Meeting {id: id}) DELETE r`
	absorbedNodesCypher   = `UNWIND $ids AS id MATCH (m:Meeting {id: id}) DETACH DELETE m`
)

// absorbTx carries out the meeting merges of graphs (schema.MeetingMerge)
// in tx, once the graphs are written: it reads each stored From meeting
// with its edges, removes it, and returns for each a graph of its node and
// edges renamed to Into, for writeTx to merge as it merges a report; and
// the buckets the removed meetings were counted in, for syncPairMonths.
func absorbTx(ctx context.Context, tx neo4j.ManagedTransaction, graphs []schema.ArticleGraph) ([]schema.ArticleGraph, []string, error) {
	// Every From is read before any is merged, so each goes to the end of
	// its chain of merges (schema.MergeEnds): merged into an Into that is
	// itself absorbed, it would make that node again.
	ends := schema.MergeEnds(graphs)
	var ids []string
	for _, g := range graphs {
		for _, m := range g.Absorb {
			if _, ok := ends[m.From]; ok {
				ids = schema.AppendNew(ids, m.From)
			}
		}
	}
	if len(ids) == 0 {
		return nil, nil, nil
	}
	recs, err := collectTx(ctx, tx, absorbedCypher, map[string]any{"ids": ids}, "absorbed meetings")
	if err != nil {
		return nil, nil, err
	}
	type stored struct {
		node  schema.Node
		edges []schema.Edge
	}
	byID := map[string]stored{}
	var d decoder
	for _, r := range recs {
		st := stored{node: d.node(schema.LabelMeeting, column[map[string]any](&d, r, "props"))}
		each(&d, column[[]any](&d, r, "edges"), "absorbed edge", func(_ int, e map[string]any) {
			st.edges = append(st.edges, d.endsEdge(e, "props"))
		})
		byID[st.node.ID] = st
	}
	if err := d.result("absorbed meetings"); err != nil {
		return nil, nil, err
	}
	found := make([]string, 0, len(byID))
	for _, id := range ids {
		if _, ok := byID[id]; ok {
			found = append(found, id)
		}
	}
	keys, err := meetingPairMonths(ctx, tx, found)
	if err != nil {
		return nil, nil, err
	}
	for _, q := range []string{absorbedReportsCypher, retractedMeetingsCypher, absorbedNodesCypher} {
		if _, err := tx.Run(ctx, q, map[string]any{"ids": found}); err != nil {
			return nil, nil, fmt.Errorf("absorb meetings: %w", err)
		}
	}
	var out []schema.ArticleGraph
	var merges []map[string]any
	for _, g := range graphs {
		for _, m := range g.Absorb {
			st, ok := byID[m.From]
			if !ok {
				continue
			}
			delete(byID, m.From) // merged once
			node, edges := schema.Absorbed(schema.MeetingMerge{From: m.From, Into: ends[m.From]}, st.node, st.edges)
			out = append(out, schema.ArticleGraph{ArticleID: g.ArticleID, Nodes: []schema.Node{node}, Edges: edges})
			merges = append(merges, map[string]any{"from": m.From, "into": ends[m.From]})
		}
	}
	if len(merges) > 0 {
		if _, err := tx.Run(ctx, mergedIDsCypher, map[string]any{"merges": merges}); err != nil {
			return nil, nil, fmt.Errorf("record merged meeting ids: %w", err)
		}
	}
	return out, keys, nil
}

// labelMergedMeeting labels the record of a meeting merged into another
// (schema.MergedIDs): {from: its id, into: the meeting that holds it}. It
// has no edges and no id property, so no read of the model's nodes or
// edges meets it; from is unique, into indexed.
const labelMergedMeeting = "MergedMeeting"

// mergedIDsCypher applies schema.MergedIDs' rules for each merge of
// $merges, in order: each row's subqueries see the rows before.
const mergedIDsCypher = `UNWIND $merges AS m
CALL (m) { MATCH (x:` + labelMergedMeeting + ` {from: m.into}) DELETE x }
CALL (m) { MATCH (x:` + labelMergedMeeting + ` {into: m.from}) SET x.into = m.into }
CALL (m) { MERGE (x:` + labelMergedMeeting + ` {from: m.from}) SET x.into = m.into }`

// mergedIntoCypher and formerIDsCypher answer MergedInto and FormerIDs.
const (
	mergedIntoCypher = `UNWIND $ids AS id MATCH (x:` + labelMergedMeeting + ` {from: id})
WHERE NOT EXISTS { MATCH (:` + schema.LabelMeeting + ` {id: id}) } AND EXISTS { MATCH (:` + schema.LabelMeeting + ` {id: x.into}) }
RETURN x.from AS id, x.into AS into`
	formerIDsCypher = `UNWIND $ids AS id MATCH (x:` + labelMergedMeeting + ` {into: id})
RETURN id, x.from AS former ORDER BY id, former`
)

// MergedInto implements schema.Store.
func (s *Store) MergedInto(ctx context.Context, ids []string) (map[string]string, error) {
	out := map[string]string{}
	meetings := schema.MeetingIDsAmong(ids)
	if len(meetings) == 0 {
		return out, nil
	}
	recs, err := s.run(ctx, mergedIntoCypher, map[string]any{"ids": meetings}, false)
	if err != nil {
		return nil, err
	}
	var d decoder
	for _, r := range recs {
		out[column[string](&d, r, "id")] = column[string](&d, r, "into")
	}
	return out, d.result("merged meeting ids")
}

// FormerIDs implements schema.Store.
func (s *Store) FormerIDs(ctx context.Context, ids []string) (map[string][]string, error) {
	out := map[string][]string{}
	meetings := schema.MeetingIDsAmong(ids)
	if len(meetings) == 0 {
		return out, nil
	}
	recs, err := s.run(ctx, formerIDsCypher, map[string]any{"ids": meetings}, false)
	if err != nil {
		return nil, err
	}
	var d decoder
	for _, r := range recs {
		id := column[string](&d, r, "id")
		out[id] = append(out[id], column[string](&d, r, "former"))
	}
	return out, d.result("former meeting ids")
}
