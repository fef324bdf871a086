package neo4jstore

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/schema"
)

// meetingsDatedCypher finds meetings through the Meeting date index, by
// exact date and by prefix (a range seek), so that its cost follows the
// meetings near the dates, not the size of the archive. Empty dates and
// prefixes match nothing: undated meetings are never resolved.
const meetingsDatedCypher = `CALL () {
  UNWIND $dates AS d WITH d WHERE d <> '' MATCH (m:Meeting {date: d}) RETURN m
  UNION
  UNWIND $prefixes AS p WITH p WHERE p <> '' MATCH (m:Meeting) WHERE m.date STARTS WITH p RETURN m
}
RETURN m.id AS id, m.date AS date, coalesce(m.status, '') AS status, coalesce(m.kind, '') AS kind,
  coalesce(m.` + schema.PropSourceKinds + `, '') AS sourceKinds,
  COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN p.id AS x ORDER BY x } AS participants,
  COLLECT { MATCH (m)-[:HELD_IN]->(pl:Place) RETURN pl.id AS x ORDER BY x } AS places,
  COLLECT { MATCH (a:Article)-[:REPORTS]->(m) RETURN a.id AS x ORDER BY x } AS articles
ORDER BY id`

// lockPeopleCypher write-locks people that the merge before it left
// untouched: setting and removing a property changes nothing but takes
// the node's exclusive lock until commit.
const lockPeopleCypher = `UNWIND $ids AS id MATCH (p:Person {id: id}) SET p.resolving = true REMOVE p.resolving`

// WriteResolved implements schema.Store. The graphs are folded together
// first, by the same merge rules, so each node and edge is one row; then
// one UNWIND statement per label and per (type, from label, to label) runs
// inside a single managed write transaction, which the driver retries on
// transient errors and which commits all or nothing.
//
// Before all else, in the same transaction, it reads the stored articles'
// content hashes, drops the unchanged and retracts the changed ones. With a
// resolver, the people are then merged and locked in id order, so two
// batches lock their shared people in the same order; a deadlock among the
// later statements is retried by the driver, and all of it, resolve
// included, runs again on the retry.
func (s *Store) WriteResolved(ctx context.Context, graphs []schema.ArticleGraph, resolve schema.Resolver) error {
	if err := schema.ValidateAll(graphs); err != nil {
		return err
	}
	articleIDs := make([]string, len(graphs))
	for i, g := range graphs {
		articleIDs[i] = schema.ArticleID(g.ArticleID)
	}
	articles := 0
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := storedHashes(ctx, tx, articleIDs)
		if err != nil {
			return nil, err
		}
		write, replace := schema.SplitByContent(graphs, stored)
		write = schema.StampIngested(write, time.Now())
		if len(replace) > 0 {
			if err := retractTx(ctx, tx, replace); err != nil {
				return nil, err
			}
		}
		resolved := write
		var people []map[string]any
		if resolve != nil {
			if resolved, people, err = resolveTx(ctx, tx, write, resolve); err != nil {
				return nil, err
			}
		}
		nodes, edges := fold(resolved)
		// A person row that resolveTx merged already would only be read
		// again: merging a row twice changes nothing the second time.
		if rows, ok := nodes[schema.LabelPerson]; ok {
			nodes[schema.LabelPerson] = notMerged(rows, people)
		}
		articles = len(nodes[schema.LabelArticle])
		if len(nodes) == 0 {
			return nil, nil
		}
		if err := writeTx(ctx, tx, nodes, edges); err != nil {
			return nil, err
		}
		// Meetings that the graphs take in, once they are written.
		moved, keys, err := absorbTx(ctx, tx, resolved)
		if err != nil || len(moved) == 0 {
			return nil, err
		}
		nodes, edges = fold(moved)
		if err := writeTx(ctx, tx, nodes, edges); err != nil {
			return nil, err
		}
		// The buckets of the meetings absorbTx removed.
		return nil, syncPairMonths(ctx, tx, nil, nil, keys)
	})
	if err != nil {
		return fmt.Errorf("neo4j: write: %w", wrap(err))
	}
	if articles > 0 {
		s.unindexed.Store(true)
	}
	return nil
}

// resolveTx merges and locks the people of graphs in tx, then returns the
// graphs that resolve gives, validated, reading meetings through tx, and
// the person rows it merged.
func resolveTx(ctx context.Context, tx neo4j.ManagedTransaction, graphs []schema.ArticleGraph, resolve schema.Resolver) ([]schema.ArticleGraph, []map[string]any, error) {
	people := schema.People(graphs)
	var merged []map[string]any
	if len(people) > 0 {
		peopleRows, _ := fold([]schema.ArticleGraph{{Nodes: people}})
		merged = peopleRows[schema.LabelPerson]
		ids := make([]string, len(people))
		for i, p := range people {
			ids[i] = p.ID
		}
		if _, err := tx.Run(ctx, mergeNodesCypher(schema.LabelPerson), map[string]any{"rows": merged}); err != nil {
			return nil, nil, fmt.Errorf("merge people: %w", err)
		}
		if _, err := tx.Run(ctx, lockPeopleCypher, map[string]any{"ids": ids}); err != nil {
			return nil, nil, fmt.Errorf("lock people: %w", err)
		}
	}
	resolved, err := resolve(ctx, graphs, schema.ResolveReads{
		MeetingsDated: func(dates, prefixes []string) ([]schema.MeetingSummary, error) {
			if len(dates) == 0 && len(prefixes) == 0 {
				return nil, nil
			}
			recs, err := collectTx(ctx, tx, meetingsDatedCypher, map[string]any{"dates": nonNil(dates), "prefixes": nonNil(prefixes)}, "meetings by date")
			if err != nil {
				return nil, err
			}
			return meetingSummaries(recs)
		},
		MeetingsUndated: func(participants, dates []string) ([]schema.MeetingSummary, error) {
			if len(participants) == 0 || len(dates) == 0 {
				return nil, nil
			}
			sets := make([][]string, len(participants))
			for i, p := range participants {
				sets[i] = strings.Split(p, "+")
			}
			recs, err := collectTx(ctx, tx, meetingsUndatedCypher, map[string]any{"sets": sets, "dates": dates}, "undated meetings")
			if err != nil {
				return nil, err
			}
			return meetingSummaries(recs)
		},
	})
	if err != nil {
		return nil, nil, err
	}
	if err := schema.ValidateAll(resolved); err != nil {
		return nil, nil, err
	}
	return resolved, merged, nil
}

// notMerged is rows without those equal to one of merged, in order.
func notMerged(rows, merged []map[string]any) []map[string]any {
	if len(merged) == 0 {
		return rows
	}
	byID := make(map[any]map[string]any, len(merged))
	for _, m := range merged {
		byID[m["id"]] = m
	}
	out := rows[:0:0]
	for _, r := range rows {
		if m, ok := byID[r["id"]]; !ok || !reflect.DeepEqual(m, r) {
			out = append(out, r)
		}
	}
	return out
}

// storedHashes reads the content hash of each stored article among ids
// (node ids), keyed by raw article id.
func storedHashes(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]string, error) {
	recs, err := collectTx(ctx, tx, `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, coalesce(a.`+schema.PropContentHash+`, '') AS hash`, map[string]any{"ids": ids}, "article hashes")
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(recs))
	var d decoder
	for _, r := range recs {
		out[strings.TrimPrefix(column[string](&d, r, "id"), "article:")] = column[string](&d, r, "hash")
	}
	return out, d.result("article hashes")
}

// The statements of a retraction, by the rules on schema.RetractEvidence.
// Each returns the ids of the nodes it touched, for the later steps.
const (
	// 1. The article's own edges and node.
	retractArticlesCypher = `UNWIND $ids AS id MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[r]-(x)
WITH a, collect(DISTINCT x.id) AS touched
DETACH DELETE a
RETURN touched`
	// 2. Its evidence on every other edge. Edges keep no index of their
	// evidence, so this reads every edge of these types: a cost paid only
	// when an article's text changed. An edge without an articles list has
	// only its start article's evidence (ownEvidence), and step 1 deleted
	// it if that article is one of these.
	retractEvidenceCypher = `MATCH (x)-[r:AFFILIATED_WITH|ATTENDED|HELD_IN|IN|DISCUSSED]->(y)
WHERE any(a IN r.articles WHERE a IN $articles)
WITH x, y, r, [i IN range(0, size(r.articles) - 1) WHERE NOT r.articles[i] IN $articles] AS keep
SET r.sentences = [i IN keep | r.sentences[i]], r.articles = [i IN keep | r.articles[i]]
WITH x, y, r, size(keep) = 0 AS empty
CALL (r, empty) { WITH r, empty WHERE empty DELETE r }
RETURN collect(DISTINCT x.id) + collect(DISTINCT y.id) AS touched`
	// 3. Meetings that no article reports any more.
	retractMeetingsCypher = `UNWIND $ids AS id MATCH (m:Meeting {id: id})
WHERE NOT EXISTS { MATCH (:Article)-[:REPORTS]->(m) }
OPTIONAL MATCH (m)-[]-(x)
WITH m, collect(DISTINCT x.id) AS touched
DETACH DELETE m
RETURN touched`
)

// retractOrphansCypher is step 4 for one label: nodes left without an
// edge. Labels come from the fixed schema.Labels, never input.
func retractOrphansCypher(label string) string {
	return `UNWIND $ids AS id MATCH (n:` + label + ` {id: id}) WHERE NOT EXISTS { MATCH (n)--() } DELETE n`
}

// retractTx retracts the statements of changed articles (raw ids) in tx.
func retractTx(ctx context.Context, tx neo4j.ManagedTransaction, articles []string) error {
	ids := make([]string, len(articles))
	for i, a := range articles {
		ids[i] = schema.ArticleID(a)
	}
	var touched []string
	collect := func(query string, params map[string]any) error {
		recs, err := collectTx(ctx, tx, query, params, "retract")
		if err != nil {
			return err
		}
		var d decoder
		for _, r := range recs {
			// A null id is the missing other end of an OPTIONAL MATCH.
			each(&d, column[[]any](&d, r, "touched"), "touched id", func(_ int, id string) {
				if id != "" {
					touched = schema.AppendNew(touched, id)
				}
			})
		}
		return d.result("retract")
	}
	if err := collect(retractArticlesCypher, map[string]any{"ids": ids}); err != nil {
		return err
	}
	if err := collect(retractEvidenceCypher, map[string]any{"articles": articles}); err != nil {
		return err
	}
	var meetings []string
	for _, id := range touched {
		if schema.LabelOf(id) == schema.LabelMeeting {
			meetings = append(meetings, id)
		}
	}
	// The buckets that the meetings are counted in, before any is deleted.
	oldKeys, err := meetingPairMonths(ctx, tx, meetings)
	if err != nil {
		return err
	}
	if len(meetings) > 0 {
		if _, err := tx.Run(ctx, retractedMeetingsCypher, map[string]any{"ids": meetings}); err != nil {
			return fmt.Errorf("retract: %w", err)
		}
		if err := collect(retractMeetingsCypher, map[string]any{"ids": meetings}); err != nil {
			return err
		}
		if err := retractKindVotes(ctx, tx, meetings, articles); err != nil {
			return err
		}
	}
	byLabel := map[string][]string{}
	for _, id := range touched {
		if l := schema.LabelOf(id); l != "" && l != schema.LabelArticle {
			byLabel[l] = append(byLabel[l], id)
		}
	}
	for _, label := range schema.Labels {
		if len(byLabel[label]) == 0 {
			continue
		}
		if _, err := tx.Run(ctx, retractOrphansCypher(label), map[string]any{"ids": byLabel[label]}); err != nil {
			return fmt.Errorf("retract %s: %w", label, err)
		}
	}
	// The meetings that lost a participant, and those of people who may
	// have lost a party; then their buckets, and those of the deleted
	// meetings.
	if err := syncMeetings(ctx, tx, byLabel[schema.LabelMeeting], byLabel[schema.LabelPerson]); err != nil {
		return err
	}
	return syncPairMonths(ctx, tx, byLabel[schema.LabelMeeting], byLabel[schema.LabelPerson], oldKeys)
}

// retractKindVotes drops the articles' entries from the sourceKinds of
// the meetings among ids that are left, and gives each the kind the
// articles left give (schema.RetractSourceKinds, the memory store's rule).
func retractKindVotes(ctx context.Context, tx neo4j.ManagedTransaction, ids, articles []string) error {
	recs, err := collectTx(ctx, tx, `UNWIND $ids AS id MATCH (m:Meeting {id: id}) WHERE m.`+schema.PropSourceKinds+` IS NOT NULL
RETURN m.id AS id, m.`+schema.PropSourceKinds+` AS kinds, m.kind AS kind`, map[string]any{"ids": ids}, "retract kinds")
	if err != nil {
		return err
	}
	var d decoder
	var rows []map[string]any
	for _, r := range recs {
		kinds, kind := column[string](&d, r, "kinds"), column[string](&d, r, "kind")
		left, leftKind := schema.RetractSourceKinds(kinds, kind, articles)
		if left != kinds {
			rows = append(rows, map[string]any{"id": column[string](&d, r, "id"), "kinds": left, "kind": leftKind})
		}
	}
	if err := d.result("retract kinds"); err != nil || len(rows) == 0 {
		return err
	}
	_, err = tx.Run(ctx, `UNWIND $rows AS row MATCH (m:Meeting {id: row.id})
SET m.`+schema.PropSourceKinds+` = row.kinds, m.kind = row.kind`, map[string]any{"rows": rows})
	if err != nil {
		return fmt.Errorf("retract kinds: %w", err)
	}
	return nil
}

func meetingSummaries(recs []*neo4j.Record) ([]schema.MeetingSummary, error) {
	out := make([]schema.MeetingSummary, 0, len(recs))
	var d decoder
	for _, r := range recs {
		var dates []string
		if v, ok := r.Get("articleDates"); ok {
			dates = d.strings(as[[]any](&d, v, "article dates"), "article date")
		}
		out = append(out, schema.MeetingSummary{
			ArticleDates: dates,
			ID:           column[string](&d, r, "id"),
			Date:         column[string](&d, r, "date"),
			Status:       column[string](&d, r, "status"),
			Kind:         column[string](&d, r, "kind"),
			SourceKinds:  column[string](&d, r, "sourceKinds"),
			Participants: d.strings(column[[]any](&d, r, "participants"), "participant"),
			Places:       d.strings(column[[]any](&d, r, "places"), "place"),
			Articles:     d.strings(column[[]any](&d, r, "articles"), "article"),
		})
	}
	return out, d.result("meetings by date")
}
