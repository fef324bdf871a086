package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/schema"
)

// Relations' months are counted at write time, per pair of parties: one
// PairMonth node per unordered pair of parties (countries or organisations)
// of a meeting and the meeting's month (schema.MonthOf), holding what
// Relations answers for that pair and month when each side is that one
// party:
//   - key: the two parties' ids, the smaller first, and the month, joined
//     by spaces (ids hold no spaces: partyText relies on it too), unique;
//     a pair's months are then one range seek of the key's index, in month
//     order;
//   - month and count: the month and its meetings;
//   - pairA, pairB, pairN: parallel lists, who met whom (an official of the
//     key's first party, one of its second, and their meetings), most first,
//     then by ids;
//   - issues, issueN: what the meetings discussed (per DISCUSSED edge), most
//     first, then by id.
//
// Every pair and issue is kept, so that a read cuts to any first. Finding
// and reading the ~5,000 meetings of a pair at query time cost Neo4j 37-55
// ms at the 100x archive; reading its ~1,100 months costs a few.
//
// The buckets are exact, not incremented: a write recomputes, in its own
// transaction, every bucket that a meeting it changed was or is counted in,
// from the meetings of that month (syncPairMonths). Each meeting keeps the
// keys of the buckets it is counted in (pairMonths), so that a change of its
// date or parties finds the buckets it leaves.
const (
	labelPairMonth     = "PairMonth"
	propPairMonths     = "pairMonths"
	pairMonthKeyUnique = "pair_month_key"
)

var pairMonthConstraintCypher = "CREATE CONSTRAINT " + pairMonthKeyUnique + " IF NOT EXISTS FOR (b:" + labelPairMonth + ") REQUIRE b.key IS UNIQUE"

// pairPrefix is the start of the keys of the months of parties x and y.
func pairPrefix(x, y string) string {
	if y < x {
		x, y = y, x
	}
	return x + " " + y + " "
}

// pairMonthKeys are the keys of the buckets that a meeting with date and
// partyIDs (its derived list, parties.go) is counted in: none when it is
// undated, one per unordered pair of its distinct parties.
func pairMonthKeys(date string, partyIDs []string) []string {
	if date == "" {
		return []string{}
	}
	parties := slices.Compact(slices.Sorted(slices.Values(partyIDs)))
	month := schema.MonthOf(date)
	keys := []string{}
	for i, x := range parties {
		for _, y := range parties[i+1:] {
			keys = append(keys, pairPrefix(x, y)+month)
		}
	}
	return keys
}

// monthMeeting is what a bucket is counted from: a meeting's date, derived
// lists and the ids at the end of its DISCUSSED edges (one per edge).
type monthMeeting struct {
	date                  string
	partyIDs, partyPeople []string
	issues                []string
}

// pairMonth is one bucket's counts, oriented from party a to party b.
type pairMonth struct {
	count      int
	pairs      []schema.MeetingPair
	issues     []schema.IssueCount
	month, key string
}

// countPairMonth counts the meetings among meetings that an official of a
// and one of b attended (a person may be both), as relationsCypher does for
// sides of one party each: the meetings, their pairs of a different official
// of a and of b, and their issues, each in schema.SortRelationsMonth's order.
func countPairMonth(a, b string, meetings []monthMeeting) pairMonth {
	var out pairMonth
	pairs := map[[2]string]int{}
	issues := map[string]int{}
	for _, m := range meetings {
		var sa, sb []string
		for i, c := range m.partyIDs {
			if i >= len(m.partyPeople) {
				break
			}
			if c == a && !slices.Contains(sa, m.partyPeople[i]) {
				sa = append(sa, m.partyPeople[i])
			}
			if c == b && !slices.Contains(sb, m.partyPeople[i]) {
				sb = append(sb, m.partyPeople[i])
			}
		}
		if len(sa) == 0 || len(sb) == 0 {
			continue
		}
		out.count++
		for _, x := range sa {
			for _, y := range sb {
				if x != y {
					pairs[[2]string{x, y}]++
				}
			}
		}
		for _, i := range m.issues {
			issues[i]++
		}
	}
	month := schema.RelationsMonth{}
	for p, n := range pairs {
		month.Pairs = append(month.Pairs, schema.MeetingPair{A: p[0], B: p[1], Count: n})
	}
	for i, n := range issues {
		month.Issues = append(month.Issues, schema.IssueCount{Issue: i, Count: n})
	}
	schema.SortRelationsMonth(&month)
	out.pairs, out.issues = month.Pairs, month.Issues
	return out
}

// props are the bucket's properties as stored (see labelPairMonth).
func (p pairMonth) props() map[string]any {
	pa, pb, pn := make([]string, len(p.pairs)), make([]string, len(p.pairs)), make([]int64, len(p.pairs))
	for i, x := range p.pairs {
		pa[i], pb[i], pn[i] = x.A, x.B, int64(x.Count)
	}
	is, in := make([]string, len(p.issues)), make([]int64, len(p.issues))
	for i, x := range p.issues {
		is[i], in[i] = x.Issue, int64(x.Count)
	}
	return map[string]any{"key": p.key, "month": p.month, "count": int64(p.count),
		"pairA": pa, "pairB": pb, "pairN": pn, "issues": is, "issueN": in}
}

// splitKey is a bucket key's parties and month.
func splitKey(key string) (x, y, month string, ok bool) {
	f := strings.Split(key, " ")
	if len(f) != 3 {
		return "", "", "", false
	}
	return f[0], f[1], f[2], true
}

// dirtyMeetingsCypher reads, for the meetings $meetings and every meeting
// of the people $people, their date, parties and the keys of the buckets
// they are counted in.
const dirtyMeetingsCypher = `CALL () {
  UNWIND $meetings AS id MATCH (m:Meeting {id: id}) RETURN m
  UNION
  UNWIND $people AS pid MATCH (:Person {id: pid})-[:ATTENDED]->(m:Meeting) RETURN m
}
RETURN m.id AS id, coalesce(m.date, '') AS date, coalesce(m.` + propPartyIDs + `, []) AS parties, coalesce(m.` + propPairMonths + `, []) AS keys`

// lockPairMonthsCypher makes the buckets $keys (in key order, so that
// concurrent writers lock them in the same order) and takes their write
// locks until commit, before their meetings are read: a concurrent writer
// of the same month waits, and then counts what this one committed.
const lockPairMonthsCypher = `UNWIND $keys AS k
MERGE (b:` + labelPairMonth + ` {key: k})
SET b.writeLock = true
REMOVE b.writeLock`

// monthMeetingsCypher reads the meetings of each month of $months ({month,
// pairs}) that name both parties of one of the month's pairs: those dated
// the month itself, and for a month ("2023-06", not a year) those dated a
// day of it. Both are seeks of the meetings' date index. Only the pairs'
// meetings cross the wire and have their issues read: a month at 100x holds
// ~90 meetings, most with a party as common as the US (34 months of 8
// parties' meetings cost Neo4j 33-39 ms; of 4 pairs', 10-20 ms).
var monthMeetingsCypher = `UNWIND $months AS mo
CALL (mo) {
  MATCH (m:Meeting {date: mo.month}) RETURN m
  UNION
  WITH mo WHERE size(mo.month) = 7
  MATCH (m:Meeting) WHERE m.date STARTS WITH mo.month AND size(m.date) > 7 RETURN m
}
WITH mo, m WHERE any(k IN mo.pairs WHERE k[0] IN m.` + propPartyIDs + ` AND k[1] IN m.` + propPartyIDs + `)
RETURN mo.month AS month, ` + monthMeetingColumns("m")

// monthMeetingFields are the fields of a monthMeeting of meeting m, by
// name: monthMeetingColumns as columns, monthMeetingMap as a map.
func monthMeetingFields(m string) [][2]string {
	return [][2]string{{"date", m + ".date"}, {"parties", m + "." + propPartyIDs}, {"people", m + "." + propPartyPeople},
		{"issues", "[(" + m + ")-[:" + schema.RelDiscussed + "]->(i) | i.id]"}}
}

func monthMeetingColumns(m string) string {
	var out []string
	for _, f := range monthMeetingFields(m) {
		out = append(out, f[1]+" AS "+f[0])
	}
	return strings.Join(out, ", ")
}

func monthMeetingMap(m string) string {
	var out []string
	for _, f := range monthMeetingFields(m) {
		out = append(out, f[0]+": "+f[1])
	}
	return "{" + strings.Join(out, ", ") + "}"
}

// decodeMonthMeeting is a record of monthMeetingColumns (as a map), or a
// map of monthMeetingMap.
func decodeMonthMeeting(d *decoder, m map[string]any) monthMeeting {
	return monthMeeting{
		date:        field[string](d, m, "date"),
		partyIDs:    d.strings(field[[]any](d, m, "parties"), "party"),
		partyPeople: d.strings(field[[]any](d, m, "people"), "person"),
		issues:      d.strings(field[[]any](d, m, "issues"), "issue"),
	}
}

const setPairMonthsCypher = `UNWIND $rows AS row
MATCH (b:` + labelPairMonth + ` {key: row.key})
SET b = row`

const deletePairMonthsCypher = `UNWIND $keys AS k MATCH (b:` + labelPairMonth + ` {key: k}) DELETE b`

const setMeetingPairMonthsCypher = `UNWIND $rows AS row
MATCH (m:Meeting {id: row.id})
SET m.` + propPairMonths + ` = row.keys`

// syncPairMonths recomputes, in tx, the buckets of the meetings with the
// ids meetings, of every meeting of people, and the buckets keys (of
// meetings tx deleted): those each meeting was counted in and those it is
// counted in now. It runs after the meetings' derived lists are synced.
func syncPairMonths(ctx context.Context, tx neo4j.ManagedTransaction, meetings, people, keys []string) error {
	dirty := map[string]bool{}
	for _, k := range keys {
		dirty[k] = true
	}
	var moved []map[string]any // meetings whose keys change
	if len(meetings) > 0 || len(people) > 0 {
		recs, err := collectTx(ctx, tx, dirtyMeetingsCypher, map[string]any{"meetings": nonNil(distinct(meetings)), "people": nonNil(distinct(people))}, "pair months")
		if err != nil {
			return err
		}
		var d decoder
		for _, r := range recs {
			old := d.strings(column[[]any](&d, r, "keys"), "key")
			now := pairMonthKeys(column[string](&d, r, "date"), d.strings(column[[]any](&d, r, "parties"), "party"))
			for _, k := range old {
				dirty[k] = true
			}
			for _, k := range now {
				dirty[k] = true
			}
			if !slices.Equal(old, now) {
				moved = append(moved, map[string]any{"id": column[string](&d, r, "id"), "keys": now})
			}
		}
		if err := d.result("pair months"); err != nil {
			return err
		}
	}
	if len(dirty) == 0 {
		return nil
	}
	sorted := slices.Sorted(maps.Keys(dirty))
	if _, err := tx.Run(ctx, lockPairMonthsCypher, map[string]any{"keys": sorted}); err != nil {
		return fmt.Errorf("pair months: %w", err)
	}
	pairs := map[string][]any{} // month -> the pairs of its dirty buckets
	for _, k := range sorted {
		if x, y, month, ok := splitKey(k); ok {
			pairs[month] = append(pairs[month], []string{x, y})
		}
	}
	var months []map[string]any
	for _, month := range slices.Sorted(maps.Keys(pairs)) {
		months = append(months, map[string]any{"month": month, "pairs": pairs[month]})
	}
	recs, err := collectTx(ctx, tx, monthMeetingsCypher, map[string]any{"months": months}, "pair months' meetings")
	if err != nil {
		return err
	}
	byMonth := map[string][]monthMeeting{}
	var d decoder
	for _, r := range recs {
		month := column[string](&d, r, "month")
		byMonth[month] = append(byMonth[month], decodeMonthMeeting(&d, r.AsMap()))
	}
	if err := d.result("pair months' meetings"); err != nil {
		return err
	}
	var rows []map[string]any
	var gone []string
	for _, k := range sorted {
		x, y, month, ok := splitKey(k)
		if !ok {
			gone = append(gone, k)
			continue
		}
		b := countPairMonth(x, y, byMonth[month])
		if b.count == 0 {
			gone = append(gone, k)
			continue
		}
		b.key, b.month = k, month
		rows = append(rows, b.props())
	}
	for _, st := range []struct {
		query  string
		params map[string]any
		n      int
	}{
		{setPairMonthsCypher, map[string]any{"rows": rows}, len(rows)},
		{deletePairMonthsCypher, map[string]any{"keys": gone}, len(gone)},
		{setMeetingPairMonthsCypher, map[string]any{"rows": moved}, len(moved)},
	} {
		if st.n == 0 {
			continue
		}
		if _, err := tx.Run(ctx, st.query, st.params); err != nil {
			return fmt.Errorf("pair months: %w", err)
		}
	}
	return nil
}

// meetingPairMonthsCypher reads the bucket keys of the meetings $ids.
const meetingPairMonthsCypher = `UNWIND $ids AS id MATCH (m:Meeting {id: id})
RETURN collect(coalesce(m.` + propPairMonths + `, [])) AS keys`

// meetingPairMonths runs meetingPairMonthsCypher: the buckets that the
// meetings with the ids ids are counted in, before tx deletes any of them.
func meetingPairMonths(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) ([]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	recs, err := collectTx(ctx, tx, meetingPairMonthsCypher, map[string]any{"ids": ids}, "meetings' pair months")
	if err != nil {
		return nil, err
	}
	var d decoder
	var keys []string
	for _, r := range recs {
		each(&d, column[[]any](&d, r, "keys"), "keys", func(_ int, l []any) { keys = append(keys, d.strings(l, "key")...) })
	}
	return keys, d.result("meetings' pair months")
}

// writtenMeetings are the meetings whose buckets a write of nodes and edges
// may change: the meetings it merges (a date refined) and those at an end
// of its edges (attendees, issues).
func writtenMeetings(nodes map[string][]map[string]any, edges map[edgeGroup][]map[string]any) []string {
	var out []string
	for _, r := range nodes[schema.LabelMeeting] {
		if id, ok := r["id"].(string); ok {
			out = append(out, id)
		}
	}
	for k, list := range edges {
		for _, end := range []struct{ label, key string }{{k.from, "from"}, {k.to, "to"}} {
			if end.label != schema.LabelMeeting {
				continue
			}
			for _, r := range list {
				if id, ok := r[end.key].(string); ok {
					out = append(out, id)
				}
			}
		}
	}
	return out
}

// ensurePairMonths counts the buckets of a database written before
// meetings were counted at write time (backfillPairMonths), then creates
// the buckets' key constraint. The constraint is created last, so that its
// absence is what marks such a database (the migration's version mark, as
// ensureMeetingParties's indexes are), also after a backfill cut short.
func (s *Store) ensurePairMonths(ctx context.Context) error {
	exists, err := s.schemaExists(ctx, "CONSTRAINTS", pairMonthKeyUnique)
	if err != nil || exists {
		return err
	}
	if err := s.backfillPairMonths(ctx); err != nil {
		return fmt.Errorf("pair months: %w", err)
	}
	_, err = s.run(ctx, pairMonthConstraintCypher, nil, true)
	return err
}

// allMonthMeetingsCypher reads every dated meeting of two parties or more
// (the meetings that are counted in a bucket), with the keys it keeps.
var allMonthMeetingsCypher = `MATCH (m:Meeting) WHERE coalesce(m.date, '') <> '' AND size(coalesce(m.` + propPartyIDs + `, [])) > 1
RETURN m.id AS id, coalesce(m.` + propPairMonths + `, []) AS keys, ` + monthMeetingColumns("m")

// backfillPairMonths deletes every bucket (a backfill cut short leaves
// some), counts every bucket from every meeting, and writes them and the
// meetings' keys, ten thousand to a transaction.
func (s *Store) backfillPairMonths(ctx context.Context) error {
	if _, err := s.run(ctx, "MATCH (b:"+labelPairMonth+") CALL (b) { DELETE b } IN TRANSACTIONS OF 10000 ROWS", nil, true); err != nil {
		return err
	}
	recs, err := s.run(ctx, allMonthMeetingsCypher, nil, false)
	if err != nil {
		return err
	}
	byKey := map[string][]monthMeeting{}
	var moved []map[string]any
	var d decoder
	for _, r := range recs {
		m := decodeMonthMeeting(&d, r.AsMap())
		keys := pairMonthKeys(m.date, m.partyIDs)
		for _, k := range keys {
			byKey[k] = append(byKey[k], m)
		}
		if !slices.Equal(keys, d.strings(column[[]any](&d, r, "keys"), "key")) {
			moved = append(moved, map[string]any{"id": column[string](&d, r, "id"), "keys": keys})
		}
	}
	if err := d.result("meetings"); err != nil {
		return err
	}
	var rows []map[string]any
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		x, y, month, _ := splitKey(k)
		b := countPairMonth(x, y, byKey[k])
		if b.count == 0 {
			continue
		}
		b.key, b.month = k, month
		rows = append(rows, b.props())
	}
	const batch = 10000
	for _, st := range []struct {
		query string
		rows  []map[string]any
	}{
		{"UNWIND $rows AS row CREATE (b:" + labelPairMonth + ") SET b = row", rows},
		{setMeetingPairMonthsCypher, moved},
	} {
		for part := range slices.Chunk(st.rows, batch) {
			if _, err := s.run(ctx, st.query, map[string]any{"rows": part}, true); err != nil {
				return err
			}
		}
	}
	return nil
}

// pairMonthsCypher reads Relations from the buckets when each side names
// one party, and the two differ: the sides, and the pair's months as
// lists [month, count, pairA, pairB, pairN, issues, issueN], oriented as
// stored (the smaller id's officials first), with the issues cut to
// $issues and the pairs to $pairs when no swap is needed; and the meetings
// of the $live months (those that from or to cut), counted live. For other
// sides, buckets is false and the months are empty. The two branches are a
// UNION ALL: one row comes from one of them, and a UNION would hash every
// month's lists to drop repeats.
var pairMonthsCypher = `CALL () { WITH $sides.a AS pt CALL (pt) { ` + partyNodes("pt") + ` } RETURN collect(DISTINCT pc) AS sideA }
CALL () { WITH $sides.b AS pt CALL (pt) { ` + partyNodes("pt") + ` } RETURN collect(DISTINCT pc) AS sideB }
WITH sideA, sideB, size(sideA) = 1 AND size(sideB) = 1 AND sideA[0] <> sideB[0] AS buckets
CALL (sideA, sideB, buckets) {
  WITH sideA, sideB WHERE buckets
  WITH sideA[0].id AS a, sideB[0].id AS b
  WITH a, b, CASE WHEN a < b THEN a + ' ' + b ELSE b + ' ' + a END + ' ' AS prefix, b < a AS swap
  RETURN COLLECT { MATCH (p:` + labelPairMonth + `) WHERE p.key STARTS WITH prefix
    RETURN [p.month, p.count, CASE WHEN swap THEN p.pairA ELSE p.pairA[..$pairs] END, CASE WHEN swap THEN p.pairB ELSE p.pairB[..$pairs] END,
      CASE WHEN swap THEN p.pairN ELSE p.pairN[..$pairs] END, p.issues[..$issues], p.issueN[..$issues]] } AS months,
    COLLECT { UNWIND $range.live AS mo CALL (mo) {
        MATCH (m:Meeting) WHERE m.date STARTS WITH mo AND ` + inRange("m.date", "$range.from", "$range.to") + ` RETURN m }
      WITH m WHERE a IN m.` + propPartyIDs + ` AND b IN m.` + propPartyIDs + `
      RETURN ` + monthMeetingMap("m") + ` } AS live,
    swap
  UNION ALL
  WITH buckets WHERE NOT buckets
  RETURN [] AS months, [] AS live, false AS swap
}
RETURN [x IN sideA | {label: CASE WHEN x:Country THEN 'Country' ELSE 'Organization' END, n: x {.*}}] AS sideA,
  [x IN sideB | {label: CASE WHEN x:Country THEN 'Country' ELSE 'Organization' END, n: x {.*}}] AS sideB, buckets, months, live, swap`

// liveMonths are the months that q's From and To cut: a bound that is a
// day of a month ("2023-06-15") keeps some of the month's meetings, dated
// the month or a day of it, and not others. Every other month is either
// wholly in [From, To] or wholly out, as its own date is (see
// monthInRange).
func liveMonths(q schema.RelationsQuery) []string {
	var out []string
	for _, bound := range []string{q.From, q.To} {
		if len(bound) > 7 {
			out = schema.AppendNew(out, bound[:7])
		}
	}
	return out
}

// monthInRange reports whether the meetings of month, which liveMonths
// does not name, lie within [from, to]: its meetings are dated the month
// or a day of it, and a bound that does not cut the month keeps all of them
// or none, as it keeps the month's own date.
func monthInRange(month, from, to string) bool {
	return schema.DateInRange(month, from, to)
}

// pairMonthsParams are pairMonthsCypher's parameters for q, with the
// months live that its range cuts; the sides in a map, as relationsParams.
func pairMonthsParams(q schema.RelationsQuery, live []string) map[string]any {
	r := rangeParam(q.From, q.To)
	r["live"] = nonNil(live)
	return map[string]any{"sides": sidesParam(q), "range": r, "pairs": q.Pairs, "issues": q.Issues}
}

// relationsFromBuckets answers q from the buckets (pairMonthsCypher), or
// says ok = false when its sides do not name one party each.
func (s *Store) relationsFromBuckets(ctx context.Context, q schema.RelationsQuery) (out schema.Relations, ok bool, err error) {
	// The months cut travel with the range (see rangeParam): none, one or
	// two of them would be three plans.
	live := liveMonths(q)
	recs, err := s.run(ctx, pairMonthsCypher, pairMonthsParams(q, live), false)
	if err != nil {
		return out, false, fmt.Errorf("neo4j: relations: %w", err)
	}
	var d decoder
	for _, r := range recs {
		if !column[bool](&d, r, "buckets") {
			return out, false, d.result("relations")
		}
		each(&d, column[[]any](&d, r, "sideA"), "side A", func(_ int, m map[string]any) { out.PartyA = append(out.PartyA, d.labelled(m, "n")) })
		each(&d, column[[]any](&d, r, "sideB"), "side B", func(_ int, m map[string]any) { out.PartyB = append(out.PartyB, d.labelled(m, "n")) })
		swap := column[bool](&d, r, "swap")
		each(&d, column[[]any](&d, r, "months"), "month", func(_ int, x []any) {
			if len(x) != 7 {
				d.fail("month of %d values", len(x))
				return
			}
			month := schema.RelationsMonth{Month: as[string](&d, x[0], "month"), Count: int(as[int64](&d, x[1], "count"))}
			if slices.Contains(live, month.Month) || !monthInRange(month.Month, q.From, q.To) {
				return
			}
			pa, pb, pn := d.strings(as[[]any](&d, x[2], "pairs"), "pair a"), d.strings(as[[]any](&d, x[3], "pairs"), "pair b"), as[[]any](&d, x[4], "pairs")
			if swap {
				pa, pb = pb, pa
			}
			for i := range min(len(pa), len(pb), len(pn)) {
				month.Pairs = append(month.Pairs, schema.MeetingPair{A: pa[i], B: pb[i], Count: int(as[int64](&d, pn[i], "pair count"))})
			}
			is, in := d.strings(as[[]any](&d, x[5], "issues"), "issue"), as[[]any](&d, x[6], "issues")
			for i := range min(len(is), len(in)) {
				month.Issues = append(month.Issues, schema.IssueCount{Issue: is[i], Count: int(as[int64](&d, in[i], "issue count"))})
			}
			out.Months = append(out.Months, month)
		})
		byMonth := map[string][]monthMeeting{}
		each(&d, column[[]any](&d, r, "live"), "meeting", func(_ int, m map[string]any) {
			mm := decodeMonthMeeting(&d, m)
			byMonth[schema.MonthOf(mm.date)] = append(byMonth[schema.MonthOf(mm.date)], mm)
		})
		if len(out.PartyA) == 1 && len(out.PartyB) == 1 {
			for month, meetings := range byMonth {
				b := countPairMonth(out.PartyA[0].ID, out.PartyB[0].ID, meetings)
				if b.count > 0 {
					out.Months = append(out.Months, schema.RelationsMonth{Month: month, Count: b.count, Pairs: b.pairs, Issues: b.issues})
				}
			}
		}
	}
	if err := d.result("relations"); err != nil {
		return schema.Relations{}, false, err
	}
	for i := range out.Months {
		m := &out.Months[i]
		schema.SortRelationsMonth(m)
		m.Pairs = m.Pairs[:min(len(m.Pairs), q.Pairs)]
		m.Issues = m.Issues[:min(len(m.Issues), q.Issues)]
		if len(m.Pairs) == 0 {
			m.Pairs = nil
		}
		if len(m.Issues) == 0 {
			m.Issues = nil
		}
	}
	slices.SortFunc(out.Months, func(x, y schema.RelationsMonth) int { return cmp.Compare(x.Month, y.Month) })
	return out, true, nil
}
