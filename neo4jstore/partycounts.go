package neo4jstore

import (
	"context"

	"newsgraph/schema"
)

// Each person keeps, for every party, how many of the person's meetings
// had an official of that party other than the person: the exact
// totalCount of "meetings of Xi with officials of the US" without reading
// the meetings. Counting the 2,600 hits of the meetings' full-text index
// cost about 1 ms of Neo4j's CPU a request at 100x, a quarter of the
// statement (BENCHMARKS.md, History, xi13c).
//
// The counts are a function of the meetings' derived lists (parties.go):
// person p counts meeting m for party c when p is among m's attendees and
// m's partyIDs/partyPeople pair c with someone else, which is what the
// meetings statement's check of a hit reads. So they change only where
// those lists change, and by the difference: a meeting's lists set for the
// first time (setNewMeetingListsCypher), a sync that changes them
// (syncCountedCypher: a sync that changes nothing counts nothing, so a
// reload changes nothing), and a retraction that deletes a meeting
// (retractedMeetingsCypher). They are kept as a sorted list of "party
// count" strings (ids have no spaces: the meetings' full-text index splits
// on them), none when all are zero, and reads leave them out
// (derivedNull).
const (
	propPartyMeetings  = "partyMeetings"
	partyMeetingsIndex = "person_party_meetings_kept"
	// partyMeetingsOldIndex was the mark before: an index over the counts
	// themselves, which every change of a person's counts had to update.
	partyMeetingsOldIndex = "person_party_meetings"
	// propPartyMeetingsMark is the property partyMeetingsIndex is over,
	// which no node has.
	propPartyMeetingsMark = "partyMeetingsKept"
)

// partyCountsCypher applies the changes of meetings' lists in changes, a
// list of maps {id, people, parties, officials, was, wasIDs, wasPeople}
// (the new lists, and the old ones, null for none), to their people's
// counts: one update per person, in id order (fewer deadlocks between
// concurrent writers). The first SET reads the property it writes, so
// Neo4j takes the person's write lock before reading it: a concurrent
// writer's count is not lost.
const partyCountsCypher = `CALL (changes) {
  UNWIND changes AS c
  WITH c.id AS mid, c.people AS people, c.parties AS parties, c.officials AS officials,
    coalesce(c.was, []) AS was, coalesce(c.wasIDs, []) AS wasIDs, coalesce(c.wasPeople, []) AS wasPeople
  UNWIND people + [x IN was WHERE NOT x IN people] AS a
  WITH mid, a,
    [i IN range(0, size(parties) - 1) WHERE a IN people AND officials[i] <> a | parties[i]] AS now,
    [i IN range(0, size(wasIDs) - 1) WHERE a IN was AND wasPeople[i] <> a | wasIDs[i]] AS before
  UNWIND [x IN now WHERE NOT x IN before | [x, 1]] + [x IN before WHERE NOT x IN now | [x, -1]] AS d
  WITH DISTINCT mid, a, d
  WITH a, d[0] AS party, sum(d[1]) AS n WHERE n <> 0
  WITH a, collect([party, n]) AS ds ORDER BY a
  MATCH (p:` + schema.LabelPerson + ` {id: a})
  SET p.` + propPartyMeetings + ` = coalesce(p.` + propPartyMeetings + `, [])
  WITH p, COLLECT {
    UNWIND [x IN p.` + propPartyMeetings + ` | [split(x, ' ')[0], toInteger(split(x, ' ')[1])]] + ds AS e
    WITH e[0] AS party, sum(e[1]) AS n WHERE n > 0
    RETURN party + ' ' + toString(n) AS x ORDER BY x } AS counts
  SET p.` + propPartyMeetings + ` = CASE size(counts) WHEN 0 THEN null ELSE counts END
}`

// syncCountedCypher is syncMeetingCypher that also applies the changes of
// the lists it sets to their people's counts.
const syncCountedCypher = meetingListsCypher + `
WITH m, people, parties, officials, m.` + propAttendees + ` AS was, m.` + propPartyIDs + ` AS wasIDs, m.` + propPartyPeople + ` AS wasPeople
` + setMeetingListsCypher + `
WITH collect({id: m.id, people: people, parties: parties, officials: officials, was: was, wasIDs: wasIDs, wasPeople: wasPeople}) AS changes
` + partyCountsCypher

// retractedMeetingsCypher takes out of their people's counts the meetings
// among $ids that retractMeetingsCypher is about to delete (the same
// condition: no article reports them any more).
const retractedMeetingsCypher = `UNWIND $ids AS id MATCH (m:Meeting {id: id})
WHERE NOT EXISTS { MATCH (:Article)-[:REPORTS]->(m) }
WITH collect({id: m.id, people: [], parties: [], officials: [], was: m.` + propAttendees + `, wasIDs: m.` + propPartyIDs + `, wasPeople: m.` + propPartyPeople + `}) AS changes
` + partyCountsCypher

// partyMeetingsBackfillCypher counts every person's meetings afresh, a
// thousand people to a transaction: for a database written before people
// kept their counts.
var partyMeetingsBackfillCypher = `MATCH (p:` + schema.LabelPerson + `)
CALL (p) {
  WITH p, ` + freshPartyCounts + ` AS counts
  SET p.` + propPartyMeetings + ` = CASE size(counts) WHEN 0 THEN null ELSE counts END
} IN TRANSACTIONS OF 1000 ROWS`

// freshPartyCounts is a Cypher expression: the counts of person p, as
// partyCountsCypher keeps them, counted from p's meetings' lists.
const freshPartyCounts = `COLLECT {
    MATCH (p)-[:` + schema.RelAttended + `]->(m:` + schema.LabelMeeting + `) WITH DISTINCT m WHERE p.id IN m.` + propAttendees + `
    UNWIND [i IN range(0, size(m.` + propPartyIDs + `) - 1) WHERE m.` + propPartyPeople + `[i] <> p.id | m.` + propPartyIDs + `[i]] AS party
    WITH DISTINCT m, party
    WITH party, count(*) AS n
    RETURN party + ' ' + toString(n) AS x ORDER BY x }`

// partyMeetingsIndexCypher creates the index whose presence says that the
// people's counts are kept (ensureMeetingParties); no statement reads it.
// It is over a property no node has, so that it costs a write nothing: the
// index over the counts it replaces (partyMeetingsOldIndex) took an entry
// out and put one in for every person whose counts a batch changed, and a
// list of counts can outgrow the size a range index allows a key (some KB).
var partyMeetingsIndexCypher = "CREATE INDEX " + partyMeetingsIndex + " IF NOT EXISTS FOR (p:" + schema.LabelPerson + ") ON (p." + propPartyMeetingsMark + ")"

// renamePartyMeetingsMark replaces the old mark of kept counts
// (partyMeetingsOldIndex) with partyMeetingsIndex, without counting again:
// a database that has the old one keeps the same counts.
func (s *Store) renamePartyMeetingsMark(ctx context.Context) error {
	old, err := s.schemaExists(ctx, "INDEXES", partyMeetingsOldIndex)
	if err != nil || !old {
		return err
	}
	for _, q := range []string{partyMeetingsIndexCypher, "DROP INDEX " + partyMeetingsOldIndex + " IF EXISTS"} {
		if _, err := s.run(ctx, q, nil, true); err != nil {
			return err
		}
	}
	return nil
}

// storedPartyCount is a Cypher expression: person p's count for the party
// id in the expression party, null when p keeps none.
func storedPartyCount(p, party string) string {
	return `head([x IN coalesce(` + p + `.` + propPartyMeetings + `, []) WHERE x STARTS WITH ` + party + ` + ' ' | toInteger(substring(x, size(` + party + `) + 1))])`
}
