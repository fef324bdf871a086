package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/schema"
)

// Each meeting keeps, as properties derived from its ATTENDED edges and
// its participants' AFFILIATED_WITH edges, who took part and for whom:
//   - attendees: the participants' ids, sorted;
//   - partyIDs and partyPeople: parallel lists, one entry per participant
//     and party the participant is affiliated with, sorted by party then
//     person;
//   - partyText: the attendees and the distinct parties joined by spaces,
//     which the full-text index meetingPartiesIndex reads (full-text
//     indexes take strings).
//
// So "meetings of Xi with officials of the US" and relations between two
// parties find their meetings through one index and check each meeting by
// reading its lists, instead of expanding every meeting's participants and
// their affiliations (about 40 db hits a meeting, and Xi has thousands of
// meetings at 100×). The write path keeps them in step (syncMeetingsCypher)
// after every write and retraction; reads drop them (decoder.node keeps
// string properties only, and skips partyText).
const (
	propAttendees   = "attendees"
	propPartyIDs    = "partyIDs"
	propPartyPeople = "partyPeople"
	propPartyText   = "partyText"
)

// Each ATTENDED edge keeps its person's id and its meeting's date (empty for
// none), in a range index (attendedIndex): a person's meetings newest first
// are then a walk of that index that stops after the page, instead of a
// read and sort of every one of them (Xi's 3,300 at 100x). The edge merge
// sets them, and a meeting's merge that refines its date updates its edges.
const (
	propAttendedPerson = "person"
	propAttendedDate   = "date"
	attendedIndex      = "attended_person_date"
)

// attendedKeysCypher sets the keys of ATTENDED edge r from person p to
// meeting m.
func attendedKeysCypher(r, p, m string) string {
	return r + "." + propAttendedPerson + " = " + p + ".id, " + r + "." + propAttendedDate + " = coalesce(" + m + ".date, '')"
}

var attendedIndexCypher = "CREATE INDEX " + attendedIndex + " IF NOT EXISTS FOR ()-[r:" + schema.RelAttended + "]-() ON (r." +
	propAttendedPerson + ", r." + propAttendedDate + ")"

// attendedBackfillCypher sets the keys of every ATTENDED edge that lacks
// them, ten thousand to a transaction: for a database written before
// edges kept them.
var attendedBackfillCypher = `MATCH (p:Person)-[r:` + schema.RelAttended + `]->(m:Meeting) WHERE r.` + propAttendedDate + ` IS NULL
CALL (p, r, m) { SET ` + attendedKeysCypher("r", "p", "m") + ` } IN TRANSACTIONS OF 10000 ROWS`

// derivedNull is a map projection's tail that leaves the derived lists
// out of the nodes a read returns ("m {.*, " + derivedNull + "}"): no
// reader wants them, and they are most of a busy meeting's bytes.
const derivedNull = propAttendees + ": null, " + propPartyIDs + ": null, " + propPartyPeople + ": null, " + propPartyText + ": null, " +
	propPartyMeetings + ": null, " + propPairMonths + ": null"

// meetingPartiesIndex is the full-text index over partyText. Its analyzer
// splits on whitespace only, so that each id is one term.
const meetingPartiesIndex = "meeting_parties"

var meetingPartiesIndexCypher = "CREATE FULLTEXT INDEX " + meetingPartiesIndex + " IF NOT EXISTS FOR (m:" + schema.LabelMeeting +
	") ON EACH [m." + propPartyText + "] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}"

// syncMeetingCypher sets the derived lists of the meeting bound to m from
// its edges; a meeting whose lists are already right is not written, so a
// reload of unchanged articles changes nothing.
const syncMeetingCypher = meetingListsCypher + "\n" + setMeetingListsCypher

// meetingListsCypher binds, for the meeting bound to m, the lists
// syncMeetingCypher sets (people, parties, officials), and keeps only the
// meetings whose stored lists differ.
const meetingListsCypher = `WITH m, COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN DISTINCT p.id AS x ORDER BY x } AS people,
  COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) MATCH (p)-[:AFFILIATED_WITH]->(c)
            WITH DISTINCT c.id AS c, p.id AS p ORDER BY c, p RETURN [c, p] } AS pairs
WITH m, people, [x IN pairs | x[0]] AS parties, [x IN pairs | x[1]] AS officials
WHERE m.` + propAttendees + ` IS NULL OR m.` + propAttendees + ` <> people OR m.` + propPartyIDs + ` <> parties OR m.` + propPartyPeople + ` <> officials`

// setMeetingListsCypher sets the lists meetingListsCypher bound.
const setMeetingListsCypher = `SET m.` + propAttendees + ` = people, m.` + propPartyIDs + ` = parties, m.` + propPartyPeople + ` = officials,
  m.` + propPartyText + ` = reduce(t = '', x IN people + reduce(d = [], c IN parties | CASE WHEN c IN d THEN d ELSE d + c END) |
    t + CASE t WHEN '' THEN '' ELSE ' ' END + x)`

// syncCypher syncs the meetings with the ids $meetings and every meeting of
// the people with the ids $people, and their people's counts (partycounts.go).
var syncCypher = `CALL () {
  UNWIND $meetings AS id MATCH (m:Meeting {id: id}) RETURN m
  UNION
  UNWIND $people AS pid MATCH (:Person {id: pid})-[:ATTENDED]->(m:Meeting) RETURN m
}
` + syncCountedCypher

// backfillCypher syncs every meeting, a thousand to a transaction: for a
// database written before meetings kept their lists.
var backfillCypher = `MATCH (m:Meeting) WHERE m.` + propAttendees + ` IS NULL
CALL (m) { ` + syncMeetingCypher + ` } IN TRANSACTIONS OF 1000 ROWS`

// newAffiliationsCypher returns the people among $rows ({from, to}) who
// have no affiliation to the party yet: only their meetings gain an entry.
// Run before the edges are merged.
const newAffiliationsCypher = `UNWIND $rows AS row
MATCH (p:Person {id: row.from})
WHERE NOT EXISTS { MATCH (p)-[:AFFILIATED_WITH]->(c) WHERE c.id = row.to }
RETURN collect(DISTINCT p.id) AS people`

// affiliationRows are the {from, to} rows of edges' people's AFFILIATED_WITH
// edges: the people whose meetings may gain a party.
func affiliationRows(edges map[edgeGroup][]map[string]any) []map[string]any {
	var rows []map[string]any
	for k, list := range edges {
		if k.relType == schema.RelAffiliatedWith && k.from == schema.LabelPerson {
			for _, r := range list {
				rows = append(rows, map[string]any{"from": r["from"], "to": r["to"]})
			}
		}
	}
	return rows
}

// newAffiliations is newAffiliationsCypher for the affiliation rows of edges.
func newAffiliations(ctx context.Context, tx neo4j.ManagedTransaction, edges map[edgeGroup][]map[string]any) ([]string, error) {
	rows := affiliationRows(edges)
	if len(rows) == 0 {
		return nil, nil
	}
	recs, err := collectTx(ctx, tx, newAffiliationsCypher, map[string]any{"rows": rows}, "new affiliations")
	if err != nil {
		return nil, err
	}
	var d decoder
	var people []string
	for _, r := range recs {
		people = append(people, d.strings(column[[]any](&d, r, "people"), "person")...)
	}
	return people, d.result("new affiliations")
}

// syncWritten brings up to date the derived lists of the meetings that
// edges' ATTENDED rows name and of every meeting of people (who gained a
// party), after writeTx merged edges.
//
// A meeting without lists (attendees null) has no ATTENDED edge but those
// of this transaction: every write and retraction that adds or removes one
// syncs the meeting, and Open fills an older database's. Such a meeting,
// which is every meeting a batch creates, gets its lists from the batch's
// ATTENDED rows and its participants' parties, read once for the batch
// (participantParties), computed in Go (meetingLists) and set by one
// statement: about half of what the COLLECT subqueries of syncMeetingCypher
// cost a meeting. The other meetings, which may have stored participants
// the batch does not name, are synced by syncMeetingCypher.
func syncWritten(ctx context.Context, tx neo4j.ManagedTransaction, edges map[edgeGroup][]map[string]any, people []string) error {
	participants := map[string][]string{} // meeting id -> person ids, as the batch names them
	var meetings, persons []string
	for k, list := range edges {
		if k.relType != schema.RelAttended {
			continue
		}
		for _, r := range list {
			m, _ := r["to"].(string)
			p, _ := r["from"].(string)
			if _, ok := participants[m]; !ok {
				participants[m] = nil
				meetings = append(meetings, m)
			}
			// Only a person's edge counts: syncMeetingCypher matches
			// (:Person)-[:ATTENDED]->(m).
			if k.from == schema.LabelPerson && k.to == schema.LabelMeeting {
				participants[m] = append(participants[m], p)
				persons = append(persons, p)
			}
		}
	}
	if len(meetings) == 0 && len(people) == 0 {
		return nil
	}
	var done []string
	if len(meetings) > 0 {
		parties, err := participantParties(ctx, tx, persons)
		if err != nil {
			return err
		}
		rows := make([]map[string]any, 0, len(meetings))
		for _, m := range meetings {
			l := meetingLists(participants[m], parties)
			rows = append(rows, map[string]any{"id": m, "attendees": l.attendees, "partyIDs": l.partyIDs,
				"partyPeople": l.partyPeople, "partyText": l.partyText})
		}
		if done, err = setNewMeetingLists(ctx, tx, rows); err != nil {
			return err
		}
	}
	if len(done) == len(meetings) && len(people) == 0 {
		return nil
	}
	isDone := make(map[string]bool, len(done))
	for _, m := range done {
		isDone[m] = true
	}
	var rest []string
	for _, m := range meetings {
		if !isDone[m] {
			rest = append(rest, m)
		}
	}
	if _, err := tx.Run(ctx, syncRestCypher, map[string]any{"meetings": nonNil(rest), "people": nonNil(people), "done": nonNil(done)}); err != nil {
		return fmt.Errorf("meeting parties: %w", err)
	}
	return nil
}

// syncRestCypher is syncCypher for the meetings $meetings and those of the
// people $people, but not the meetings $done (whose lists are already set).
var syncRestCypher = `CALL () {
  UNWIND $meetings AS id MATCH (m:Meeting {id: id}) RETURN m
  UNION
  UNWIND $people AS pid MATCH (:Person {id: pid})-[:ATTENDED]->(m:Meeting) WHERE NOT m.id IN $done RETURN m
}
` + syncCountedCypher

// participantPartiesCypher reads, for each of the stored people among
// $people, the ids of their parties (as syncMeetingCypher reads them: any
// node at the end of an AFFILIATED_WITH edge). A person not stored has no
// row: that person's ATTENDED rows merged no edge.
const participantPartiesCypher = `UNWIND $people AS pid
MATCH (p:Person {id: pid})
RETURN pid AS id, [(p)-[:AFFILIATED_WITH]->(c) | c.id] AS parties`

// participantParties runs participantPartiesCypher: person id -> party ids
// (possibly repeated), for the stored people among people.
func participantParties(ctx context.Context, tx neo4j.ManagedTransaction, people []string) (map[string][]string, error) {
	out := map[string][]string{}
	if len(people) == 0 {
		return out, nil
	}
	recs, err := collectTx(ctx, tx, participantPartiesCypher, map[string]any{"people": distinct(people)}, "participants' parties")
	if err != nil {
		return nil, err
	}
	var d decoder
	for _, r := range recs {
		id := column[string](&d, r, "id")
		out[id] = nonNil(d.strings(column[[]any](&d, r, "parties"), "party"))
	}
	return out, d.result("participants' parties")
}

// setNewMeetingListsCypher sets the lists of the meetings among $rows that
// have none yet, counts them for their people (partycounts.go), and returns
// their ids.
var setNewMeetingListsCypher = `UNWIND $rows AS row
MATCH (m:Meeting {id: row.id}) WHERE m.` + propAttendees + ` IS NULL
SET m.` + propAttendees + ` = row.attendees, m.` + propPartyIDs + ` = row.partyIDs, m.` + propPartyPeople + ` = row.partyPeople,
  m.` + propPartyText + ` = row.partyText
WITH collect(m.id) AS done, collect({id: m.id, people: row.attendees, parties: row.partyIDs, officials: row.partyPeople}) AS changes
` + partyCountsCypher + `
RETURN done`

func setNewMeetingLists(ctx context.Context, tx neo4j.ManagedTransaction, rows []map[string]any) ([]string, error) {
	recs, err := collectTx(ctx, tx, setNewMeetingListsCypher, map[string]any{"rows": rows}, "meeting parties")
	if err != nil {
		return nil, err
	}
	var d decoder
	var done []string
	for _, r := range recs {
		done = append(done, d.strings(column[[]any](&d, r, "done"), "meeting")...)
	}
	return done, d.result("meeting parties")
}

// distinct is list without repeats, in first-seen order.
func distinct(list []string) []string {
	seen := make(map[string]bool, len(list))
	out := make([]string, 0, len(list))
	for _, x := range list {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// derivedLists are a meeting's derived lists, as syncMeetingCypher sets them.
type derivedLists struct {
	attendees, partyIDs, partyPeople []string
	partyText                        string
}

// meetingLists computes what syncMeetingCypher sets for a meeting whose
// ATTENDED edges come from participants (repeats allowed): the stored ones
// among them (those in parties) sorted and distinct; one (party, person)
// pair per distinct affiliation, sorted by party then person; the text of
// the attendees and then the distinct parties. Neo4j orders strings by code
// point, as sort.Strings does (UTF-8 bytes).
func meetingLists(participants []string, parties map[string][]string) derivedLists {
	l := derivedLists{attendees: []string{}, partyIDs: []string{}, partyPeople: []string{}}
	for _, p := range participants {
		if _, stored := parties[p]; stored {
			l.attendees = append(l.attendees, p)
		}
	}
	slices.Sort(l.attendees)
	l.attendees = slices.Compact(l.attendees)
	type pair struct{ party, person string }
	var pairs []pair
	for _, p := range l.attendees {
		for _, c := range parties[p] {
			pairs = append(pairs, pair{c, p})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(strings.Compare(a.party, b.party), strings.Compare(a.person, b.person))
	})
	pairs = slices.Compact(pairs)
	text := slices.Clone(l.attendees)
	for i, x := range pairs {
		l.partyIDs = append(l.partyIDs, x.party)
		l.partyPeople = append(l.partyPeople, x.person)
		if i == 0 || pairs[i-1].party != x.party { // sorted: repeats are adjacent
			text = append(text, x.party)
		}
	}
	// As the Cypher reduce joins them: ids are never empty.
	l.partyText = strings.Join(text, " ")
	return l
}

// syncMeetings runs syncCypher in tx.
func syncMeetings(ctx context.Context, tx neo4j.ManagedTransaction, meetings, people []string) error {
	if len(meetings) == 0 && len(people) == 0 {
		return nil
	}
	if _, err := tx.Run(ctx, syncCypher, map[string]any{"meetings": nonNil(meetings), "people": nonNil(people)}); err != nil {
		return fmt.Errorf("meeting parties: %w", err)
	}
	return nil
}

// attendedMeetings are the meetings that edges' ATTENDED rows name.
func attendedMeetings(edges map[edgeGroup][]map[string]any) []string {
	var out []string
	for k, list := range edges {
		if k.relType == schema.RelAttended {
			for _, r := range list {
				if id, ok := r["to"].(string); ok {
					out = append(out, id)
				}
			}
		}
	}
	return out
}

// ensureMeetingParties fills the lists of a database written before
// meetings kept them, then creates their index; and the same for the keys
// of ATTENDED edges and for people's counts (partycounts.go). Each index
// is created last, so that its absence is what marks such a database,
// also after a backfill cut short.
func (s *Store) ensureMeetingParties(ctx context.Context) error {
	if err := s.renamePartyMeetingsMark(ctx); err != nil {
		return err
	}
	for _, ix := range []struct{ name, backfill, create string }{
		{meetingPartiesIndex, backfillCypher, meetingPartiesIndexCypher},
		{attendedIndex, attendedBackfillCypher, attendedIndexCypher},
		{partyMeetingsIndex, partyMeetingsBackfillCypher, partyMeetingsIndexCypher},
	} {
		exists, err := s.schemaExists(ctx, "INDEXES", ix.name)
		if err != nil {
			return err
		}
		if exists {
			continue
		}
		if _, err := s.run(ctx, ix.backfill, nil, true); err != nil {
			return fmt.Errorf("%s: %w", ix.name, err)
		}
		if _, err := s.run(ctx, ix.create, nil, true); err != nil {
			return err
		}
	}
	return nil
}

// luceneTerms is a Cypher expression: the full-text query that requires,
// for each list of ids in the list expression groups, one of its ids as a
// term ("+(\"a\" \"b\") +(\"c\")"). Every group must be non-empty.
func luceneTerms(groups string) string {
	quote := `'"' + replace(replace(x, '\\', '\\\\'), '"', '\\"') + '"'`
	return `reduce(q = '', g IN ` + groups + ` | q + ' +(' + reduce(t = '', x IN g | t + ' ' + ` + quote + `) + ')')`
}
