package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"newsgraph/schema"
)

// relationsCypher states schema.RelationsQuery. It finds the meetings
// with an official of each side through the full-text index of the
// meetings' parties, and tells a participant's side from the meeting's
// own lists (parties.go): no meeting's participants or their affiliations
// are expanded (that cost about 115 ms of Neo4j CPU for 6,000 meetings).
// The server buckets the meetings by month and counts each month's pairs
// and issues, and keeps only the first $pairs and $issues of them (none
// are counted when none are asked), so that one row per month crosses the
// wire, not one per meeting or pair; a meeting's date and lists are read
// once each (not once per element of the lists), and an issue's id once a
// month, not once a meeting that discussed it. Only the listed meetings are sorted, month by
// month, and none when none are asked ($meetings = 0: the months'
// aggregate alone).
// Each month's listed meetings come with their properties and
// their attendees' ids (the meeting's own list, parties.go), and the
// people they name are read once each through the id index, so that
// listing who met costs the API no read per meeting. months is a single
// aggregated row, which keeps the sides in the answer when no meeting
// matches.
var relationsCypher = `CALL () { WITH $sides.a AS pt CALL (pt) { ` + partyNodes("pt") + ` } RETURN collect(DISTINCT pc) AS sideA }
CALL () { WITH $sides.b AS pt CALL (pt) { ` + partyNodes("pt") + ` } RETURN collect(DISTINCT pc) AS sideB }
CALL (sideA, sideB) {
  WITH [[x IN sideA | x.id], [x IN sideB | x.id]] AS groups
  WITH groups WHERE size(groups[0]) > 0 AND size(groups[1]) > 0 AND none(x IN groups[0] WHERE x IN groups[1])
  CALL db.index.fulltext.queryNodes('` + meetingPartiesIndex + `', ` + luceneTerms("groups") + `) YIELD node AS m
  WITH groups, m, m.date AS date WHERE coalesce(date, '') <> '' AND ` + inRange("date", "$range.from", "$range.to") + `
  WITH m, date, m.` + propPartyIDs + ` AS ids, m.` + propPartyPeople + ` AS ppl, groups[0] AS a, groups[1] AS b
  WITH m, date, reduce(d = [], i IN [i IN range(0, size(ids) - 1) WHERE ids[i] IN a] | CASE WHEN ppl[i] IN d THEN d ELSE d + ppl[i] END) AS sa,
    reduce(d = [], i IN [i IN range(0, size(ids) - 1) WHERE ids[i] IN b] | CASE WHEN ppl[i] IN d THEN d ELSE d + ppl[i] END) AS sb
  WHERE size(sa) > 0 AND size(sb) > 0
  WITH CASE WHEN size(date) > 7 THEN left(date, 7) ELSE date END AS month, collect({m: m, a: sa, b: sb}) AS rows
  WITH month, rows,
    COLLECT { UNWIND rows AS r WITH r WHERE $pairs > 0 UNWIND r.a AS x UNWIND r.b AS y WITH x, y WHERE x <> y
              WITH x, y, count(*) AS n ORDER BY n DESC, x, y LIMIT $pairs RETURN [x, y, n] } AS pairs,
    COLLECT { UNWIND rows AS r WITH r.m AS mm WHERE $issues > 0 MATCH (mm)-[:DISCUSSED]->(i)
              WITH i, count(*) AS n
              WITH i.id AS id, n ORDER BY n DESC, id LIMIT $issues RETURN [id, n] } AS issues,
    COLLECT { UNWIND rows AS r WITH r.m AS mm WHERE $meetings > 0
              WITH mm ORDER BY mm.date, mm.id LIMIT $meetings RETURN mm } AS listed
  ORDER BY month
  WITH collect({month: month, count: size(rows), meetings: listed, pairs: pairs, issues: issues}) AS months
  RETURN [mo IN months | mo {.month, .count, .pairs, .issues,
           meetings: [m IN mo.meetings | {n: ` + listedMeetingProps + `, people: m.` + propAttendees + `}]}] AS months,
    COLLECT { UNWIND months AS mo UNWIND mo.meetings AS m UNWIND m.` + propAttendees + ` AS x WITH DISTINCT x
              MATCH (p:` + schema.LabelPerson + ` {id: x}) RETURN ` + nodeProps("p", schema.Projection{}) + ` } AS people
}
RETURN [x IN sideA | {label: CASE WHEN x:Country THEN 'Country' ELSE 'Organization' END, n: x {.*}}] AS sideA,
  [x IN sideB | {label: CASE WHEN x:Country THEN 'Country' ELSE 'Organization' END, n: x {.*}}] AS sideB, months, people`

// listedMeetingProps is the property map of a listed meeting m: the
// properties a meeting has in the model (listedMeetingKeys), by name.
// "m {.*}" read the meeting's derived lists (parties.go) before dropping
// them, a quarter of the statement's Neo4j CPU over 6,000 listed meetings.
var listedMeetingProps = "m {." + strings.Join(listedMeetingKeys, ", .") + "}"

// relationsParams are relationsCypher's parameters for q. The sides' names
// travel in a map: as two strings, each length class of a name ("US",
// "Saudi Arabia") was a plan of its own, 0.8 s on the first call for a
// pair the warm-up's did not match (PlanKey).
func relationsParams(q schema.RelationsQuery) map[string]any {
	return map[string]any{"sides": sidesParam(q), "range": rangeParam(q.From, q.To), "meetings": q.Meetings,
		"pairs": q.Pairs, "issues": q.Issues}
}

// sidesParam is the map of a relations query's two sides' names.
func sidesParam(q schema.RelationsQuery) map[string]any {
	return map[string]any{"a": q.PartyA, "b": q.PartyB}
}

// Relations implements schema.Store. The months' aggregate of one party
// and another, no meeting listed, is read from the buckets counted at write
// time (relationsFromBuckets); every other query is one statement (see
// relationsCypher).
func (s *Store) Relations(ctx context.Context, q schema.RelationsQuery) (schema.Relations, error) {
	if q.Meetings == 0 {
		if out, ok, err := s.relationsFromBuckets(ctx, q); ok || err != nil {
			return out, err
		}
	}
	recs, err := s.run(ctx, relationsCypher, relationsParams(q), false)
	if err != nil {
		return schema.Relations{}, fmt.Errorf("neo4j: relations: %w", err)
	}
	var out schema.Relations
	var d decoder
	byID := func(a, b schema.Node) int { return cmp.Compare(a.ID, b.ID) }
	for _, r := range recs {
		each(&d, column[[]any](&d, r, "sideA"), "side A", func(_ int, m map[string]any) { out.PartyA = append(out.PartyA, d.labelled(m, "n")) })
		each(&d, column[[]any](&d, r, "sideB"), "side B", func(_ int, m map[string]any) { out.PartyB = append(out.PartyB, d.labelled(m, "n")) })
		each(&d, column[[]any](&d, r, "months"), "month", func(_ int, m map[string]any) {
			month := schema.RelationsMonth{Month: field[string](&d, m, "month"), Count: int(field[int64](&d, m, "count"))}
			each(&d, field[[]any](&d, m, "meetings"), "meeting", func(_ int, x map[string]any) {
				month.Meetings = append(month.Meetings, schema.RelationsMeeting{
					Node: d.node(schema.LabelMeeting, field[map[string]any](&d, x, "n")), Participants: d.strings(field[[]any](&d, x, "people"), "participant id"),
				})
			})
			each(&d, field[[]any](&d, m, "pairs"), "pair", func(_ int, p []any) {
				if len(p) == 3 {
					month.Pairs = append(month.Pairs, schema.MeetingPair{A: as[string](&d, p[0], "pair a"), B: as[string](&d, p[1], "pair b"), Count: int(as[int64](&d, p[2], "pair count"))})
				}
			})
			each(&d, field[[]any](&d, m, "issues"), "issue", func(_ int, p []any) {
				if len(p) == 2 {
					month.Issues = append(month.Issues, schema.IssueCount{Issue: as[string](&d, p[0], "issue id"), Count: int(as[int64](&d, p[1], "issue count"))})
				}
			})
			schema.SortRelationsMonth(&month)
			out.Months = append(out.Months, month)
		})
		each(&d, column[[]any](&d, r, "people"), "person", func(_ int, m map[string]any) {
			out.People = append(out.People, d.node(schema.LabelPerson, m))
		})
	}
	if err := d.result("relations"); err != nil {
		return schema.Relations{}, err
	}
	slices.SortFunc(out.PartyA, byID)
	slices.SortFunc(out.PartyB, byID)
	slices.SortFunc(out.People, byID)
	return out, nil
}
