package neo4jstore

import (
	"context"
	"errors"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/schema"
)

// Exec runs one write statement, for tests of this package.
func (s *Store) Exec(ctx context.Context, st Statement) error {
	_, err := s.run(ctx, st.Query, st.Params, true)
	return err
}

// MeetingLists reads every meeting's derived lists (attendees, partyIDs,
// partyPeople, partyText) by meeting id, and the number of ATTENDED edges
// of the meetings that have no lists.
func (s *Store) MeetingLists(ctx context.Context) (lists map[string][]any, unsyncedEdges int64, err error) {
	recs, err := s.run(ctx, `MATCH (m:Meeting) RETURN m.id AS id,
  CASE WHEN m.`+propAttendees+` IS NULL THEN null ELSE [m.`+propAttendees+`, m.`+propPartyIDs+`, m.`+propPartyPeople+`, m.`+propPartyText+`] END AS lists,
  CASE WHEN m.`+propAttendees+` IS NULL THEN COUNT { ()-[:ATTENDED]->(m) } ELSE 0 END AS edges`, nil, false)
	if err != nil {
		return nil, 0, err
	}
	lists = map[string][]any{}
	var d decoder
	for _, r := range recs {
		id := column[string](&d, r, "id")
		if l, ok := r.AsMap()["lists"].([]any); ok {
			lists[id] = l
		}
		unsyncedEdges += column[int64](&d, r, "edges")
	}
	return lists, unsyncedEdges, d.result("meeting lists")
}

// ResyncMeetings recomputes every meeting's lists with syncMeetingCypher,
// the statement that defines them.
func (s *Store) ResyncMeetings(ctx context.Context) error {
	_, err := s.run(ctx, "MATCH (m:Meeting) REMOVE m."+propAttendees+" WITH m\n"+syncMeetingCypher, nil, true)
	return err
}

// PartyCounts reads, by person id, the counts each person keeps
// (partycounts.go) and those counted afresh from the meetings' lists; a
// person with neither is left out.
func (s *Store) PartyCounts(ctx context.Context) (kept, fresh map[string][]string, err error) {
	recs, err := s.run(ctx, `MATCH (p:Person) WITH p, coalesce(p.`+propPartyMeetings+`, []) AS kept, `+freshPartyCounts+` AS fresh
  WHERE size(kept) > 0 OR size(fresh) > 0 RETURN p.id AS id, kept, fresh`, nil, false)
	if err != nil {
		return nil, nil, err
	}
	kept, fresh = map[string][]string{}, map[string][]string{}
	var d decoder
	for _, r := range recs {
		id := column[string](&d, r, "id")
		kept[id] = d.strings(column[[]any](&d, r, "kept"), "count")
		fresh[id] = d.strings(column[[]any](&d, r, "fresh"), "count")
	}
	return kept, fresh, d.result("party counts")
}

// WrongAttendedKeys counts the ATTENDED edges whose keys (person, date:
// attendedKeysCypher) are not their person's id and their meeting's date.
func (s *Store) WrongAttendedKeys(ctx context.Context) (int64, error) {
	recs, err := s.run(ctx, `MATCH (p)-[r:ATTENDED]->(m) WHERE r.`+propAttendedPerson+` IS NULL OR r.`+propAttendedPerson+` <> p.id
  OR r.`+propAttendedDate+` IS NULL OR r.`+propAttendedDate+` <> coalesce(m.date, '') RETURN count(r) AS n`, nil, false)
	if err != nil || len(recs) != 1 {
		return 0, err
	}
	var d decoder
	n := column[int64](&d, recs[0], "n")
	return n, d.result("attended keys")
}

// WriteUnchecked writes graphs as WriteResolved does once it has dropped
// the stored articles, but without that check: as two writers of the same
// articles do when both read them as not stored.
func (s *Store) WriteUnchecked(ctx context.Context, graphs []schema.ArticleGraph) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		nodes, edges := fold(graphs)
		return nil, writeTx(ctx, tx, nodes, edges)
	})
	return errors.Join(err, sess.Close(ctx))
}

// IndexExists reports whether the database has an index named name.
func (s *Store) IndexExists(ctx context.Context, name string) (bool, error) {
	return s.schemaExists(ctx, "INDEXES", name)
}
