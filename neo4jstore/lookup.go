package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/schema"
)

// meetingShape is which fields of schema.MeetingFilter that name nodes a
// filter sets. Filters of one shape share a statement, which states only
// their conditions: a statement with every condition, each guarded by "IS
// NULL OR", cost Neo4j about 10x the CPU of the Xi query's own work (17 ms
// against 1.5 ms at 1x), as each name is resolved through an index. The
// status, the kind and the dates are no part of it: a meeting's own
// properties, compared on each meeting the driver found, they are always
// stated, each off while its value is null, so that a filter by date,
// status or kind is not one more statement for Neo4j to plan on its first
// use (16 times as many shapes, 0.5-3 s each on the open corpus).
type meetingShape struct {
	ids, participant, party, issue, place, participants, countries bool
}

func shapeOf(f schema.MeetingFilter) meetingShape {
	return meetingShape{
		ids: len(f.IDs) > 0, participant: f.Participant != "", party: f.WithOfficialsOf != "", issue: f.Issue != "",
		place: f.Place != "", participants: len(f.Participants) > 0, countries: len(f.Countries) > 0,
	}
}

// meetingPropertyConditions are the conditions of a filter on a meeting's
// own properties, each true while the filter leaves it null.
var meetingPropertyConditions = []string{
	"(f.status IS NULL OR m.status = f.status)",
	"(f.kind IS NULL OR m.kind = f.kind)",
	inRange("m.date", "f.from", "f.to"),
	// What came in since a visit: a source ingested after the stamp.
	"(f.ingestedAfter IS NULL OR EXISTS { MATCH (m)<-[:" + schema.RelReports + "]-(a:" + schema.LabelArticle + ") WHERE a." + schema.PropIngestedAt + " > f.ingestedAfter })",
}

// propertyFree is true when filter f (a request) sets none of
// meetingPropertyConditions' values.
const propertyFree = "f.status IS NULL AND f.kind IS NULL AND f.from IS NULL AND f.to IS NULL AND f.ingestedAfter IS NULL"

// meetingsCypher states schema.MeetingFilter in Cypher, for a list of
// filters $requests that share one order, driver and shape (see
// groupedPages). Names are resolved to node ids in the same query, and
// each filter starts from the smallest set of meetings its "driver"
// (chosen in Go, see meetingDriver) names: a participant's, a place's, an
// issue's, or the ids given. So a request costs one round trip, and a
// batch of per-person pages does not scan every meeting once per person.
func meetingsCypher(order string, ascending bool, driver string, sh meetingShape) string {
	sortKey, orderBy := meetingOrder(order, ascending)
	vars, resolve := meetingNames(sh)
	// The officials' driver finds, through the meetings' full-text index,
	// only meetings that have every person and party the filter names
	// (ids are whole terms), so the checks of attendees and parties hold
	// for each of them, but one: that the party's official is not the
	// participant. Even that holds when no participant is an official of
	// the party (Xi and the US), which exact says. Then no meeting's lists
	// are read: at 10x, Xi's 272 meetings with US officials cost 819 db
	// hits instead of 1,618. When exact is false the lists are checked.
	officials := driver == "officials"
	exact := ""
	if officials && sh.participant && sh.party {
		exact = "NOT EXISTS { UNWIND pids AS x MATCH (:Person {id: x})-[:AFFILIATED_WITH]->(c) WHERE c.id IN parties RETURN c }"
	}
	conds := meetingConditions(sh, driver, exact)
	with := "f"
	if len(resolve) > 0 {
		with = "f,\n    " + strings.Join(resolve, ",\n    ")
	}
	where := ""
	if len(conds) > 0 {
		where = "\n  WHERE " + strings.Join(conds, "\n    AND ")
	}
	if exact != "" {
		with += "\n  WITH " + strings.Join(vars, ", ") + ", " + exact + " AS exact"
		vars = append(vars, "exact")
	}
	v := strings.Join(vars, ", ")
	// The page's meetings by their properties' names: "m {.*}" read each
	// meeting's derived lists (parties.go) only to drop them.
	page := listedMeeting
	// A participant's meetings newest first (the Xi query): see walkPage.
	if officials && sh.participant && order == schema.MeetingsByDate && !ascending {
		return officialsNewestCypher(with, v, where, driver, sh, orderBy, page)
	}
	// The page is the first offset+limit of the hits in order (Neo4j's
	// Top), not a sort of every hit: the Xi query at 100x (3,000 meetings)
	// spent most of its time sorting (see BenchmarkXiMeetings).
	return `UNWIND $requests AS f
CALL (f) {
  WITH ` + with + `
  CALL (` + v + `) {
    ` + driverMatch(driver, sh) + `
  }
  WITH ` + v + `, m` + where + `
  WITH collect(m) AS ms
  CALL (ms) {
    UNWIND ms AS m
    WITH m` + sortKey + ` ORDER BY ` + orderBy + ` SKIP $offset LIMIT $limit
    RETURN collect(` + page + `) AS page
  }
  RETURN size(ms) AS total, page
}
RETURN f.idx AS idx, total, page`
}

// meetingOrder is the sort key a page of meetings needs bound (the count of
// sources, for that order) and its ORDER BY: newest first by default, the
// id breaking ties; the empty date of an undated meeting sorts last newest
// first, and is put last by hand where dates run oldest first or only break
// a tie of sources.
func meetingOrder(order string, ascending bool) (sortKey, orderBy string) {
	switch {
	case order == schema.MeetingsBySources && ascending:
		return ", COUNT { (m)<-[:REPORTS]-() } AS sources",
			"sources, coalesce(m.date, '') = '', coalesce(m.date, '') DESC, m.id"
	case order == schema.MeetingsBySources:
		return ", COUNT { (m)<-[:REPORTS]-() } AS sources",
			"sources DESC, coalesce(m.date, '') = '', coalesce(m.date, '') DESC, m.id"
	case ascending:
		return "", "coalesce(m.date, '') = '', coalesce(m.date, ''), m.id"
	}
	return "", "coalesce(m.date, '') DESC, m.id"
}

// meetingNames are the variables a filter of shape sh binds (f, then one per
// name it gives) and the expressions that resolve each name to node ids in
// the query itself, so a request costs one round trip.
func meetingNames(sh meetingShape) (vars, resolve []string) {
	vars = []string{"f"}
	bind := func(name, expr string) {
		vars = append(vars, name)
		resolve = append(resolve, expr+" AS "+name)
	}
	if sh.participant {
		bind("pids", namedIDs(schema.LabelPerson, "f.participant", "f.participantPhrase"))
	}
	if sh.party {
		bind("parties", "COLLECT { WITH f.party AS pt CALL (pt) { "+partyNodes("pt")+" } RETURN DISTINCT pc.id }")
	}
	if sh.issue {
		bind("issues", "COLLECT { MATCH (i:Issue) WHERE "+nameMatch("i", "f.issue")+" RETURN i.id }")
	}
	if sh.place {
		bind("places", "COLLECT { MATCH (pl:Place) WHERE "+nameMatch("pl", "f.place")+" RETURN pl.id }")
	}
	if sh.participants {
		bind("each", "[i IN range(0, size(f.participants) - 1) | "+namedIDs(schema.LabelPerson, "f.participants[i]", "f.participantPhrases[i]")+"]")
	}
	if sh.countries {
		bind("partiesEach", "[t IN f.countries | "+partyIDs("[t]")+"]")
	}
	return vars, resolve
}

// meetingConditions are the conditions shape sh sets on a meeting the driver
// found, in a fixed order so that one shape gives one statement text; a
// condition the driver already guarantees is left out, and exact, where
// set, spares the party check (meetingsCypher). Who took part, and for
// whom, is read from the meeting's own lists (parties.go), never by
// expanding its participants.
func meetingConditions(sh meetingShape, driver, exact string) []string {
	officials := driver == "officials"
	partyCheck := meetingPartyCheck(sh)
	conds := slices.Clone(meetingPropertyConditions)
	for _, c := range []struct {
		set  bool
		cond string
	}{
		{sh.ids, "m.id IN f.ids"},
		// (The participant's driver starts from the participant's meetings.)
		{sh.participant && driver != "participant" && !officials, "any(p IN pids WHERE p IN m." + propAttendees + ")"},
		{sh.party && !officials, partyCheck},
		{exact != "", "(exact OR " + partyCheck + ")"},
		{sh.issue, "EXISTS { MATCH (m)-[:DISCUSSED]->(i:Issue) WHERE i.id IN issues }"},
		{sh.place, "EXISTS { MATCH (m)-[:HELD_IN]->(pl:Place) WHERE pl.id IN places }"},
		// A venue (schema.MeetingFilter.Venue) is no shape of its own: off
		// while null, its check is the place's, so that it is no statement
		// more to plan.
		{sh.place, "(f.venue IS NULL OR EXISTS { MATCH (m)<-[:REPORTS]-(:Article)-[:MENTIONS]->(:Place {id: f.venue}) })"},
		{sh.participants && !officials, "all(ids IN each WHERE any(p IN ids WHERE p IN m." + propAttendees + "))"},
		{sh.countries && !officials, "all(ids IN partiesEach WHERE any(c IN m." + propPartyIDs + " WHERE c IN ids))"},
	} {
		if c.set {
			conds = append(conds, c.cond)
		}
	}
	return conds
}

// meetingPartyCheck: some party of the meeting is one the filter names,
// through an official who is not the participant, where one is named (the
// participant's own affiliation does not make a meeting one with its
// party's officials).
func meetingPartyCheck(sh meetingShape) string {
	otherParty := ""
	if sh.participant {
		otherParty = " AND NOT m." + propPartyPeople + "[i] IN pids"
	}
	return "any(i IN range(0, size(m." + propPartyIDs + ") - 1) WHERE m." + propPartyIDs + "[i] IN parties" + otherParty + ")"
}

// officialsNewestCypher is meetingsCypher for a participant's meetings with
// a party's officials, newest first (the Xi query): the officials' driver
// finds the hits, and walkPage either sorts them or walks the participant's
// meetings by date; the shape of a participant and a party alone takes its
// total from the party counts (countedWalkCypher).
func officialsNewestCypher(with, v, where, driver string, sh meetingShape, orderBy, page string) string {
	if sh == (meetingShape{participant: true, party: true}) {
		return countedWalkCypher(with, v, driverMatch(driver, sh), where, walkPage(v, meetingConditions(sh, "participant", ""), orderBy, page))
	}
	return `UNWIND $requests AS f
CALL (f) {
  WITH ` + with + `
  CALL (` + v + `) {
    CALL (` + v + `) {
      ` + driverMatch(driver, sh) + `
    }
    WITH ` + v + `, m` + where + `
    RETURN collect(m) AS ms
  }
  ` + walkedCypher + `
  WITH ` + v + `, ms, size(ms) AS total, walked
  ` + walkPage(v, meetingConditions(sh, "participant", ""), orderBy, page) + `
}
RETURN f.idx AS idx, total, page`
}

// walkPage is the end of meetingsCypher for a participant's meetings
// newest first, from the hits ms of the officials' driver, their exact
// total and walked (walkedCypher), bound before it: the page is either the
// first of ms in order, or a walk of the participants' ATTENDED edges newest first
// through the range index attendedIndex (person, date), checking conds
// (those of the participant's driver) on each meeting and stopping after
// the page. The walk reads about (offset+limit) * walked / total meetings
// (walked: the participants' meetings), the sort every hit, so the walk
// is taken when that is fewer: for Xi's 3,000 meetings with US officials
// at 100x it reads about 22 instead of 3,000 (BenchmarkXiMeetings).
// ORDER BY names both keys of the index so that Neo4j walks it in order
// (a PartialTop); an undated meeting's edge has the empty date, which
// sorts last, as in the sort. The hint keeps the planner on the index:
// planned right after a large write, it sometimes scanned every ATTENDED
// edge instead (6-8 ms against 2 in BenchmarkXiMeetings).
func walkPage(v string, conds []string, orderBy, page string) string {
	where := ""
	for _, c := range conds {
		where += "\n        AND " + c
	}
	return `WITH ` + v + `, ms, total, ($offset + $limit) * walked < total * total AS walk
  CALL (ms, walk) {
    WITH ms WHERE NOT walk
    UNWIND ms AS m
    WITH m ORDER BY ` + orderBy + ` SKIP $offset LIMIT $limit
    RETURN collect(` + page + `) AS sorted
  }
  CALL (` + v + `, walk) {
    WITH ` + v + ` WHERE walk
    UNWIND pids AS pid
    CALL (` + v + `, pid) {
      MATCH ()-[r:` + schema.RelAttended + `]->(m:Meeting)
      USING INDEX r:` + schema.RelAttended + `(` + propAttendedPerson + `, ` + propAttendedDate + `)
      WHERE r.` + propAttendedPerson + ` = pid AND r.` + propAttendedDate + ` IS NOT NULL` + where + `
      WITH m, r ORDER BY r.` + propAttendedPerson + ` DESC, r.` + propAttendedDate + ` DESC, m.id LIMIT $offset + $limit
      RETURN m, r.` + propAttendedDate + ` AS d
    }
    WITH DISTINCT m, d ORDER BY d DESC, m.id SKIP $offset LIMIT $limit
    RETURN collect(` + page + `) AS walked
  }
  RETURN total, sorted + walked AS page`
}

// walkedCypher binds walked, the number of the participants' ATTENDED
// edges (walkPage): a degree each, read without reading the edges.
var walkedCypher = `CALL (pids) { UNWIND pids AS pid MATCH (p:Person {id: pid}) RETURN sum(COUNT { (p)-[:` + schema.RelAttended + `]->() }) AS walked }`

// countedWalkCypher is meetingsCypher for the Xi query's shape alone (a
// participant and a party, newest first): when each names one node and
// the filter sets no status, kind or date, the total is the participant's
// count for the party (partycounts.go), and the
// driver's hits, whose count it replaces, are read only when the page is
// taken from them (walkPage: a rare party among a busy person's meetings).
// with, v, driver and where are meetingsCypher's parts, walk is walkPage's
// text.
func countedWalkCypher(with, v, driver, where, walk string) string {
	return `UNWIND $requests AS f
CALL (f) {
  WITH ` + with + `
  CALL (f, pids, parties) {
    UNWIND CASE WHEN size(pids) = 1 AND size(parties) = 1 AND ` + propertyFree + ` THEN pids ELSE [] END AS pid
    MATCH (p:` + schema.LabelPerson + ` {id: pid})
    RETURN collect(coalesce(` + storedPartyCount("p", "parties[0]") + `, 0))[0] AS stored
  }
  ` + walkedCypher + `
  CALL (` + v + `, stored, walked) {
    CALL (` + v + `, stored, walked) {
      WITH ` + v + `, stored, walked WHERE stored IS NULL OR ($offset + $limit) * walked >= stored * stored
      ` + driver + `
    }
    WITH ` + v + `, m` + where + `
    RETURN collect(m) AS ms
  }
  WITH ` + v + `, ms, coalesce(stored, size(ms)) AS total, walked
  ` + walk + `
}
RETURN f.idx AS idx, total, page`
}

// namedIDs is a COLLECT subquery of the ids of the nodes of label that
// the expression text names (schema.NameMatches). Its candidates come from
// indexes: the id's, and the label's full-text index queried with phrase
// (see namePhrase), which finds every node whose name or an alias has the
// words of text; the exact case-folded check then keeps the nodes named.
// Only when phrase is null, for a text without a word, does it scan the
// label.
func namedIDs(label, text, phrase string) string {
	return `COLLECT {
      MATCH (v:` + label + ` {id: ` + text + `}) RETURN v.id AS id
      UNION
      WITH ` + phrase + ` AS q WHERE q IS NOT NULL
      CALL db.index.fulltext.queryNodes('` + fulltextIndex(label) + `', q) YIELD node AS v
      WITH v WHERE ` + nameMatch("v", text) + ` RETURN v.id AS id
      UNION
      WITH ` + phrase + ` AS q WHERE q IS NULL
      MATCH (v:` + label + `) WHERE ` + nameMatch("v", text) + ` RETURN v.id AS id }`
}

// namePhrase is the full-text query for the nodes whose name or an alias
// may equal text with case folded: text as one phrase, which the index
// splits into words as it split the names. It is nil for a text without a
// letter or digit, of which the index would keep no word.
func namePhrase(text string) any {
	if !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return nil
	}
	return `"` + phraseEscaper.Replace(text) + `"`
}

// phraseEscaper escapes a phrase's backslashes and quotes; a Replacer
// builds its tables on first use, so it is made once.
var phraseEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`)

// driverMatch is the start of a filter's query (see meetingsCypher): only
// the driver's own branch is sent, so that the planner never plans, nor
// the server runs, a scan of every meeting for a filter that names one.
func driverMatch(driver string, sh meetingShape) string {
	switch driver {
	case "officials":
		// The meetings that have, among their participants, one of each
		// list of ids the filter names (people, parties' officials), from
		// the full-text index of the meetings' parties; the conditions
		// then check them exactly.
		var groups []string
		if sh.participant {
			groups = append(groups, "[pids]")
		}
		if sh.party {
			groups = append(groups, "[parties]")
		}
		if sh.participants {
			groups = append(groups, "each")
		}
		if sh.countries {
			groups = append(groups, "partiesEach")
		}
		return `WITH ` + strings.Join(groups, " + ") + ` AS groups
    WITH groups WHERE all(g IN groups WHERE size(g) > 0)
    CALL db.index.fulltext.queryNodes('` + meetingPartiesIndex + `', ` + luceneTerms("groups") + `) YIELD node AS m
    RETURN m`
	case "participant":
		return "UNWIND pids AS pid MATCH (:Person {id: pid})-[:ATTENDED]->(m:Meeting) RETURN DISTINCT m"
	case "participants":
		return "UNWIND each[0] AS pid MATCH (:Person {id: pid})-[:ATTENDED]->(m:Meeting) RETURN DISTINCT m"
	case "ids":
		return "UNWIND f.ids AS mid MATCH (m:Meeting {id: mid}) RETURN DISTINCT m"
	case "place":
		return "UNWIND places AS plid MATCH (:Place {id: plid})<-[:HELD_IN]-(m:Meeting) RETURN DISTINCT m"
	case "issue":
		return "UNWIND issues AS iid MATCH (:Issue {id: iid})<-[:DISCUSSED]-(m:Meeting) RETURN DISTINCT m"
	case "ingested":
		// The meetings the articles ingested after the stamp report, from
		// the index of ingestedAt: a visit's news is a small part of the
		// archive.
		return "MATCH (a:" + schema.LabelArticle + ") WHERE a." + schema.PropIngestedAt + " > f.ingestedAfter MATCH (a)-[:" + schema.RelReports + "]->(m:Meeting) RETURN DISTINCT m"
	}
	return "MATCH (m:Meeting) RETURN m"
}

// meetingDriver chooses where a filter's query starts (see meetingsCypher).
func meetingDriver(f schema.MeetingFilter) string {
	switch {
	case len(f.IDs) > 0:
		return "ids"
	case f.WithOfficialsOf != "" || len(f.Countries) > 0:
		return "officials"
	case f.Participant != "":
		return "participant"
	case len(f.Participants) > 0:
		return "participants"
	case f.Place != "":
		return "place"
	case f.Issue != "":
		return "issue"
	case f.IngestedAfter != "":
		return "ingested"
	}
	return "all"
}

// MeetingPages implements schema.Store: one statement, with one UNION ALL
// part per order and driver among the filters.
func (s *Store) MeetingPages(ctx context.Context, filters []schema.MeetingFilter, offset, limit int) ([]schema.Page, error) {
	type key struct {
		order     string
		ascending bool
		driver    string
		shape     meetingShape
		with      string // the edge sets read with the page and their projection
	}
	with := map[string]schema.MeetingFilter{} // a filter of each key.with
	for _, f := range filters {
		if err := checkRelTypes(f.With); err != nil {
			return nil, err
		}
		with[withKey(f)] = f
	}
	request := func(i int) (key, map[string]any) {
		f := filters[i]
		return key{f.Order, f.Ascending, meetingDriver(f), shapeOf(f), withKey(f)}, map[string]any{
			"ids": nilIfEmptyList(f.IDs), "participant": nilIfEmpty(f.Participant), "party": nilIfEmpty(f.WithOfficialsOf),
			"issue": nilIfEmpty(f.Issue), "place": nilIfEmpty(f.Place), "venue": nilIfEmpty(f.Venue), "status": nilIfEmpty(f.Status), "kind": nilIfEmpty(f.Kind),
			"from": nilIfEmpty(f.From), "to": nilIfEmpty(f.To), "ingestedAfter": nilIfEmpty(f.IngestedAfter),
			"participants": nonNil(f.Participants), "countries": nonNil(f.Countries),
			"participantPhrase": namePhrase(f.Participant), "participantPhrases": phrases(f.Participants),
		}
	}
	cypher := func(k key) string {
		f := with[k.with]
		return withEdgeSets(meetingsCypher(k.order, k.ascending, k.driver, k.shape), f.With, f.WithProjection)
	}
	row := func(d *decoder, _ int, v any, pg *schema.Page) {
		pg.Nodes = append(pg.Nodes, d.nodeValues(schema.LabelMeeting, listedMeetingKeys, as[[]any](d, v, "meeting")))
	}
	more := func(d *decoder, i int, rec *neo4j.Record, pg *schema.Page) {
		sets := filters[i].With
		if len(sets) == 0 {
			return
		}
		nb := newNeighbourhood(sets)
		decodeEdges(d, column[[]any](d, rec, "edges"), sets, nb)
		each(d, column[[]any](d, rec, "others"), "node", func(_ int, x []any) {
			n := d.labelledPair(x)
			nb.Nodes[n.ID] = n
		})
		sortNeighbourhood(sets, nb)
		pg.Neighbours = nb
	}
	return groupedPages(ctx, s, "meetings", len(filters), request, cypher, offset, limit, row, more)
}

// listedMeetingKeys are the properties of a meeting that a page lists (and
// relations' listedMeetingProps), and listedMeeting the list of their
// values for meeting m, the id first: a list, not a map, so that no keys
// travel and are decoded with every meeting.
var listedMeetingKeys = []string{"id", "name", "aliases", schema.PropKind, schema.PropDate, schema.PropStatus}

var listedMeeting = func() string {
	values := make([]string, len(listedMeetingKeys))
	for i, k := range listedMeetingKeys {
		values[i] = "m." + k
	}
	return "[" + strings.Join(values, ", ") + "]"
}()

// withKey names a filter's edge sets and their projection: the part of
// the meetings statement that reads them depends on both.
func withKey(f schema.MeetingFilter) string {
	return fmt.Sprint(f.With, f.WithProjection)
}

// meetingsReturn is how every meetingsCypher statement ends.
const meetingsReturn = "RETURN f.idx AS idx, total, page"

// withEdgeSets makes a meetings statement also return, for each request,
// the edges of sets of its page's meetings (edges) and the nodes at their
// other ends (others), in the same round trip; empty lists without sets,
// so that every part of a UNION ALL returns the same columns.
func withEdgeSets(q string, sets []schema.EdgeSet, p schema.Projection) string {
	body, ok := strings.CutSuffix(q, meetingsReturn)
	if !ok {
		panic("neo4jstore: a meetings statement does not end with " + meetingsReturn)
	}
	if len(sets) == 0 {
		return q + ", [] AS edges, [] AS others"
	}
	return body + `WITH f.idx AS idx, total, page
CALL (page) {
  UNWIND page AS pm
  MATCH (n:` + schema.LabelMeeting + ` {id: pm[0]})
  ` + edgeSetsOf("n", sets, p) + `
}
RETURN idx, total, page, edges, [x IN others | [labels(x)[0], ` + nodeProps("x", p) + `]] AS others`
}

// groupedPages answers n paged requests in one statement. Requests that
// share a key (an order, a label: what the statement's text depends on)
// form a group, and each group is one part of a UNION ALL: cypher(key),
// which reads the group's requests, each a parameter map with its index
// idx, from $requests and returns one row per request: idx, total and
// page (rows offset to offset+limit). row decodes one row of a page into
// request i's page; more, when not nil, the rest of request i's record.
func groupedPages[K comparable](ctx context.Context, s *Store, what string, n int, request func(i int) (K, map[string]any),
	cypher func(K) string, offset, limit int, row func(d *decoder, i int, v any, pg *schema.Page),
	more func(d *decoder, i int, rec *neo4j.Record, pg *schema.Page)) ([]schema.Page, error) {
	out := make([]schema.Page, n)
	if n == 0 {
		return out, nil
	}
	query, params := groupedStatement(n, request, cypher, offset, limit)
	recs, err := s.run(ctx, query, params, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: %s: %w", what, err)
	}
	var d decoder
	for _, r := range recs {
		i := d.index(column[int64](&d, r, "idx"), n, "idx")
		total := column[int64](&d, r, "total")
		page := column[[]any](&d, r, "page")
		if d.err != nil {
			break
		}
		out[i].Total = int(total)
		for _, v := range page {
			row(&d, i, v, &out[i])
		}
		if more != nil {
			more(&d, i, r, &out[i])
		}
	}
	if err := d.result(what); err != nil {
		return nil, err
	}
	return out, nil
}

// groupedStatement is groupedPages's statement and parameters.
func groupedStatement[K comparable](n int, request func(i int) (K, map[string]any), cypher func(K) string,
	offset, limit int) (string, map[string]any) {
	groups := map[K][]any{}
	var keys []K
	for i := range n {
		k, req := request(i)
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		req["idx"] = i
		groups[k] = append(groups[k], req)
	}
	parts := make([]string, len(keys))
	// The groups' lists travel in one map: Neo4j keys a plan by its
	// parameters' types and a list's size (none, one, up to ten, more), so
	// a list of one request (a top-level page) and of twenty (each
	// person's meetings on a page of people) were planned apart, each on
	// its first use after a restart; a map's values never count.
	requests := map[string]any{}
	for i, k := range keys {
		p := "requests" + strconv.Itoa(i)
		requests[p] = groups[k]
		parts[i] = cachedPart(k, i, func() string { return strings.Replace(cypher(k), "$requests", "$pages."+p, 1) })
	}
	params := map[string]any{"offset": offset, "limit": limit, "pages": requests}
	return strings.Join(parts, "\nUNION ALL\n"), params
}

// partKey names a part of a groupedPages statement: its group's key and
// its place in the UNION ALL (which names its parameter).
type partKey struct {
	key  any
	part int
}

// The parts of groupedPages statements, cached by partKey: a meetings
// statement is about 5 KB of text, and building it and copying it for its
// parameter's name on every call was 4% of the bytes the API allocated for
// the bench's xi query. Keys are few (an order, a driver, a shape, edge
// sets), but the cache stops growing at maxCachedParts, so that no stream
// of odd filters can grow it without bound.
var (
	cachedParts    sync.Map // partKey -> string
	cachedPartsLen atomic.Int64
)

const maxCachedParts = 1024

// cachedPart is the text build returns for key k's part i, built once.
func cachedPart[K comparable](k K, i int, build func() string) string {
	pk := partKey{k, i}
	if q, ok := cachedParts.Load(pk); ok {
		return q.(string)
	}
	q := build()
	if cachedPartsLen.Load() < maxCachedParts {
		if _, loaded := cachedParts.LoadOrStore(pk, q); !loaded {
			cachedPartsLen.Add(1)
		}
	}
	return q
}

// phrases is namePhrase of each text.
func phrases(texts []string) []any {
	out := make([]any, len(texts))
	for i, t := range texts {
		out[i] = namePhrase(t)
	}
	return out
}

// byLabel groups ids by the label their prefix names; ids without one are
// dropped, as no node can have them.
func byLabel(ids []string) map[string][]string {
	out := map[string][]string{}
	for _, id := range ids {
		if l := schema.LabelOf(id); l != "" {
			out[l] = append(out[l], id)
		}
	}
	return out
}

// perLabel builds one query from a per-label part joined with UNION ALL, so
// every lookup goes through a label's id index in one round trip. part gets
// the label and the parameter expression of its id list. Every label has
// its part, and the id lists travel in one map parameter: the statement's
// text and its parameters' types are then the same for every mix of
// labels, so Neo4j plans it once. Planning a new statement takes up to
// seconds (a deep subgraph's), and a walk meets its frontier's labels in
// many mixes.
func perLabel(groups map[string][]string, part func(label, param string) string) (string, map[string]any) {
	parts := make([]string, 0, len(schema.Labels))
	lists := map[string]any{}
	for _, l := range schema.Labels {
		lists[l] = nonNil(groups[l])
		parts = append(parts, part(l, "lookupIDs."+l))
	}
	return strings.Join(parts, "\nUNION ALL\n"), map[string]any{"lookupIDs": lists}
}

// Nodes implements schema.Store.
func (s *Store) Nodes(ctx context.Context, ids []string) (map[string]schema.Node, error) {
	out := map[string]schema.Node{}
	groups := byLabel(ids)
	if len(groups) == 0 {
		return out, nil
	}
	q, params := perLabel(groups, func(l, p string) string {
		return "UNWIND $" + p + " AS id MATCH (n:" + l + " {id: id}) RETURN '" + l + "' AS label, n {.*, " + derivedNull + "} AS n"
	})
	recs, err := s.run(ctx, q, params, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: nodes: %w", err)
	}
	var d decoder
	for _, r := range recs {
		node := d.node(column[string](&d, r, "label"), column[map[string]any](&d, r, "n"))
		out[node.ID] = node
	}
	return out, d.result("nodes")
}

// Neighbours implements schema.Store: one statement, whose one row holds
// every edge and every node once.
func (s *Store) Neighbours(ctx context.Context, ids []string, sets []schema.EdgeSet, p schema.Projection) (schema.Neighbourhood, error) {
	out := *newNeighbourhood(sets)
	if err := checkRelTypes(sets); err != nil {
		return out, err
	}
	if len(byLabel(ids)) == 0 {
		return out, nil
	}
	look, params := lookup(ids)
	steps := "RETURN [] AS edges, [] AS others"
	if len(sets) > 0 {
		steps = `UNWIND ns AS n
  ` + edgeSetsOf("n", sets, p)
	}
	q := look + `
WITH collect(DISTINCT n) AS ns
CALL (ns) {
  ` + steps + `
}
RETURN edges, [x IN ns + others | [labels(x)[0], ` + nodeProps("x", p) + `]] AS nodes`
	recs, err := s.run(ctx, q, params, false)
	if err != nil {
		return out, fmt.Errorf("neo4j: neighbours: %w", err)
	}
	var d decoder
	for _, rec := range recs {
		each(&d, column[[]any](&d, rec, "nodes"), "node", func(_ int, x []any) {
			n := d.labelledPair(x)
			out.Nodes[n.ID] = n
		})
		decodeEdges(&d, column[[]any](&d, rec, "edges"), sets, &out)
	}
	if err := d.result("neighbours"); err != nil {
		return out, err
	}
	sortNeighbourhood(sets, &out)
	return out, nil
}

// checkRelTypes fails on an edge set whose type the graph does not have:
// the types are written into the statement, not passed as parameters.
func checkRelTypes(sets []schema.EdgeSet) error {
	for _, set := range sets {
		if !slices.Contains(schema.RelTypes, set.Type) {
			return fmt.Errorf("neo4j: unknown relationship type %q", set.Type)
		}
	}
	return nil
}

// newNeighbourhood is an empty Neighbourhood for sets, ready to decode
// into.
func newNeighbourhood(sets []schema.EdgeSet) *schema.Neighbourhood {
	nb := &schema.Neighbourhood{Edges: make([]map[string][]schema.Edge, len(sets)), Nodes: map[string]schema.Node{}}
	for i := range sets {
		nb.Edges[i] = map[string][]schema.Edge{}
	}
	return nb
}

// edgeSetsOf is the Cypher that reads, for each row's node n, the edges of
// sets that touch it and the nodes at their other ends, aggregated over
// the rows: edges (see decodeEdges) and others, the other ends' nodes.
func edgeSetsOf(n string, sets []schema.EdgeSet, p schema.Projection) string {
	parts := make([]string, len(sets))
	for i, set := range sets {
		pattern := "(" + n + ")-[r:" + set.Type + "]->(o)"
		if set.Dir == schema.In {
			pattern = "(" + n + ")<-[r:" + set.Type + "]-(o)"
		}
		parts[i] = "MATCH " + pattern + " RETURN " + strconv.Itoa(i) + " AS set, r, o"
	}
	// Each edge is a list, not a map: a map's keys travel, and are
	// decoded as strings, once per edge (see decodeEdges). Its properties
	// stay a map projection: "r.key, r.since, r.until" read them one by
	// one (636 db hits against 556 for the bench's xi page).
	edge := "[" + n + ".id, set, o.id, " + edgeProps("r", p) + "]"
	return `CALL (` + n + `) {
    ` + strings.Join(parts, "\n    UNION ALL\n    ") + `
  }
  RETURN collect(` + edge + `) AS edges, collect(DISTINCT o) AS others`
}

// decodeEdges adds the edges that edgeSetsOf collected to out.Edges: each
// is [node id, set, other end's id, properties].
func decodeEdges(d *decoder, edges []any, sets []schema.EdgeSet, out *schema.Neighbourhood) {
	each(d, edges, "edge", func(_ int, x []any) {
		if len(x) != 4 {
			d.fail("edge of %d values, want 4", len(x))
			return
		}
		i := d.index(as[int64](d, x[1], "edge set"), len(sets), "edge set")
		if d.err != nil {
			return
		}
		id, other := as[string](d, x[0], "edge from"), as[string](d, x[2], "edge to")
		from, to := id, other
		if sets[i].Dir == schema.In {
			from, to = other, id
		}
		e := d.edge(sets[i].Type, from, to, as[map[string]any](d, x[3], "edge properties"))
		out.Edges[i][id] = append(out.Edges[i][id], e)
	})
}

// sortNeighbourhood puts each node's edges in the order of Neighbours.
func sortNeighbourhood(sets []schema.EdgeSet, out *schema.Neighbourhood) {
	for i, set := range sets {
		for id, list := range out.Edges[i] {
			sortEdges(id, list, set.Dir)
		}
	}
}

// sortEdges puts the edges of node id in the order of
// schema.Store.Neighbours: by the other end's id, then by key.
func sortEdges(id string, list []schema.Edge, dir schema.Direction) {
	slices.SortFunc(list, func(a, b schema.Edge) int {
		oa, ob := a.To, b.To
		if dir == schema.In {
			oa, ob = a.From, b.From
		}
		return cmp.Or(cmp.Compare(oa, ob), cmp.Compare(a.Key, b.Key))
	})
}

// FindNodes implements schema.Store.
func (s *Store) FindNodes(ctx context.Context, text string, labels []string) ([]schema.Node, error) {
	query, params := findStatement(text, labels)
	recs, err := s.run(ctx, query, params, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: find: %w", err)
	}
	var out []schema.Node
	var d decoder
	for _, r := range recs {
		out = append(out, d.node(column[string](&d, r, "label"), column[map[string]any](&d, r, "n")))
	}
	if err := d.result("find"); err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b schema.Node) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// findStatement is FindNodes' statement and parameters. The text travels
// in a map: as a string, each class of its length (a name of up to ten
// letters, of up to 100) was a plan of its own (PlanKey), planned on an
// analyst's first name of that class.
func findStatement(text string, labels []string) (string, map[string]any) {
	if len(labels) == 0 {
		labels = schema.Labels
	}
	var parts []string
	for _, l := range schema.Labels {
		if slices.Contains(labels, l) {
			match := nameMatch("n", "$find.text")
			if l == schema.LabelCountry || l == schema.LabelOrganization {
				match = partyMatch("n", "$find.text")
			}
			parts = append(parts, "MATCH (n:"+l+") WHERE "+match+" RETURN '"+l+"' AS label, n {.*, "+derivedNull+"} AS n")
		}
	}
	return strings.Join(parts, "\nUNION ALL\n"), map[string]any{"find": map[string]any{"text": text}}
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nilIfEmptyList(l []string) any {
	if len(l) == 0 {
		return nil
	}
	return l
}

func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

var _ schema.Store = (*Store)(nil)
