package neo4jstore

import (
	"context"
	"fmt"

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
RETURN m.id AS id, m.date AS date,
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
// With a resolver, the people are first merged and locked in id order, so
// two batches lock their shared people in the same order; a deadlock among
// the later statements is retried by the driver, and resolve runs again on
// the retry.
func (s *Store) WriteResolved(ctx context.Context, graphs []schema.ArticleGraph, resolve schema.Resolver) error {
	if err := schema.ValidateAll(graphs); err != nil {
		return err
	}
	articles := 0
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		resolved := graphs
		if resolve != nil {
			var err error
			if resolved, err = resolveTx(ctx, tx, graphs, resolve); err != nil {
				return nil, err
			}
		}
		nodes, edges := fold(resolved)
		articles = len(nodes[schema.LabelArticle])
		return nil, writeTx(ctx, tx, nodes, edges)
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
// graphs that resolve gives, validated, reading meetings through tx.
func resolveTx(ctx context.Context, tx neo4j.ManagedTransaction, graphs []schema.ArticleGraph, resolve schema.Resolver) ([]schema.ArticleGraph, error) {
	people := schema.People(graphs)
	if len(people) > 0 {
		peopleRows, _ := fold([]schema.ArticleGraph{{Nodes: people}})
		ids := make([]string, len(people))
		for i, p := range people {
			ids[i] = p.ID
		}
		if _, err := tx.Run(ctx, mergeNodesCypher(schema.LabelPerson), map[string]any{"rows": peopleRows[schema.LabelPerson]}); err != nil {
			return nil, fmt.Errorf("merge people: %w", err)
		}
		if _, err := tx.Run(ctx, lockPeopleCypher, map[string]any{"ids": ids}); err != nil {
			return nil, fmt.Errorf("lock people: %w", err)
		}
	}
	resolved, err := resolve(ctx, func(dates, prefixes []string) ([]schema.MeetingSummary, error) {
		if len(dates) == 0 && len(prefixes) == 0 {
			return nil, nil
		}
		res, err := tx.Run(ctx, meetingsDatedCypher, map[string]any{"dates": nonNil(dates), "prefixes": nonNil(prefixes)})
		if err != nil {
			return nil, fmt.Errorf("meetings by date: %w", err)
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, fmt.Errorf("meetings by date: %w", err)
		}
		return meetingSummaries(recs)
	})
	if err != nil {
		return nil, err
	}
	if err := schema.ValidateAll(resolved); err != nil {
		return nil, err
	}
	return resolved, nil
}

func meetingSummaries(recs []*neo4j.Record) ([]schema.MeetingSummary, error) {
	out := make([]schema.MeetingSummary, 0, len(recs))
	var d decoder
	for _, r := range recs {
		out = append(out, schema.MeetingSummary{
			ID:           column[string](&d, r, "id"),
			Date:         column[string](&d, r, "date"),
			Participants: d.strings(column[[]any](&d, r, "participants"), "participant"),
			Places:       d.strings(column[[]any](&d, r, "places"), "place"),
			Articles:     d.strings(column[[]any](&d, r, "articles"), "article"),
		})
	}
	return out, d.result("meetings by date")
}
