package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"newsgraph/graph"
	"newsgraph/graph/graphtest"
	"newsgraph/metrics"
	"newsgraph/neo4jstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
)

var (
	statementsOut = flag.String("statements", "", "TestWarmUpPlansTheStatementsTheAPISends writes every read statement the API suite sent here, one JSON object a line, for neo4jstore/cmd/warmcost")
	statementsIn  = flag.String("api-statements", "", "TestWarmUpPlansTheStatementsTheAPISends reads the API suite's statements from this file (written by -statements) instead of running the suite, 3 minutes, again")
)

// statementLog gathers the read statements a store sends, one per plan
// key (neo4jstore.PlanKey), with the parameters of the first.
type statementLog struct {
	mu   sync.Mutex
	sent map[string]loggedStatement
}

// loggedStatement is one line of -statements.
type loggedStatement struct {
	Query  string         `json:"query"`
	Params map[string]any `json:"params"`
	Warmed bool           `json:"warmed"`
	Cold   string         `json:"cold,omitempty"` // why the warm-up leaves it (coldOnPurpose)
}

func (l *statementLog) add(query string, params map[string]any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.sent == nil {
		l.sent = map[string]loggedStatement{}
	}
	key := neo4jstore.PlanKey(query, params)
	if _, ok := l.sent[key]; !ok {
		l.sent[key] = loggedStatement{Query: query, Params: params}
	}
}

// keys are the plan keys logged, sorted.
func (l *statementLog) keys() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for k := range l.sent {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// coldOnPurpose are the statements the warm-up does not plan, each known
// by a piece of its text, and why.
var coldOnPurpose = []struct{ text, why string }{
	{"WITH collect(DISTINCT n) AS ns", "a page's nodes read with the fields the query selects on them " +
		"(a person's affiliations, a meeting's place, participants, issues, sources): one statement per set of fields"},
	{"UNWIND page AS pm", "a page of meetings read with its meetings' fields: one statement per set of fields, filter shape and order"},
	{"ORDER BY cnt, n.id", "a list by a count, fewest first (the default is most first)"},
	{"ORDER BY coalesce(m.date, '') = '', coalesce(m.date, ''), m.id", "meetings oldest first, with a filter (the default is newest first)"},
	{"ORDER BY coalesce(n.date, '') = '', coalesce(n.date, ''), n.id", "articles oldest first (the default is newest first)"},
	{"ORDER BY coalesce(n.ingestedAt, '') = '', coalesce(n.ingestedAt, ''), n.id", "articles oldest ingested first (the default is newest first)"},
	{"$lists.seen", "the rounds of a shortest path's staged search, whose statement follows the search (one side or both, the last level)"},
	{"MATCH (a)-[:ATTENDED]-(x:Meeting)-[:ATTENDED]-(b)\n  WITH a, x, b ORDER BY x.id LIMIT 1\n  RETURN collect([a, x, b]) AS found\n}\nWITH a, b, paths + found AS paths\nWITH",
		"a shortest path of at most 2 hops (each maxHops below 4 is a statement; the default, 4, is warmed)"},
	{"WHERE o.id IN $among.ids\nRETURN n.id AS from, type(r) AS type, o.id AS to, r {.key, .since, .until} AS r",
		"EdgesAmong without evidence: an ingest's count of the edges it added (loader), which the warm-up does not write; " +
			"it plans the form with evidence, which edges(ids:) asks"},
	{"MATCH (x:MergedMeeting {from: id})", "an id that names no node looked up among the meetings merged into others: " +
		"only an id kept from before such a merge sends it"},
	{"MATCH (x:MergedMeeting {into: id})", "Meeting.formerIds, which no query of the warm-up or the explorer selects"},
	{"WHERE $kinds.meeting\n  MATCH (m:Meeting {id: $id})", "a meeting's timeline (the warm-up asks a person's; each label is a statement)"},
	{"OPTIONAL MATCH (a:Meeting {id: $from})", "a shortest path from a meeting (the warm-up asks one between two people; " +
		"each pair of end labels is a statement)"},
}

// coldReason is why the warm-up leaves the statement with that plan key
// unplanned, "" when nothing says it may.
func coldReason(key string) string {
	for _, c := range coldOnPurpose {
		if strings.Contains(key, c.text) {
			return c.why
		}
	}
	return ""
}

// Every read statement the API suite sends (each GraphQL query and filter
// its scenarios ask, on Neo4j) must have its plan made by the serve
// command's warm-up, or be listed in coldOnPurpose with the reason: a
// resolver that starts to send a new text, or a text with another list
// size or parameter type, fails this test until the warm-up asks for it.
// -statements writes the list, for measuring each one's cold cost.
func TestWarmUpPlansTheStatementsTheAPISends(t *testing.T) {
	if _, ok := neo4jstore.ConfigFromEnv(); !ok {
		t.Skip("NEO4J_URI unset: start Neo4j with scripts/neo4j start")
	}
	var sent statementLog
	if *statementsIn != "" {
		readStatements(t, *statementsIn, &sent)
	} else {
		t.Run("APISuite", func(t *testing.T) {
			graphtest.RunAPITests(t, func(t *testing.T) schema.Store {
				s := neo4jtest.Open(t)
				s.ObserveReads(sent.add)
				return s
			})
		})
	}
	var warmed statementLog
	s := neo4jtest.Open(t)
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := loadSamplesIfEmpty(ctx, s, log, metrics.New()); err != nil {
		t.Fatal(err)
	}
	s.ObserveReads(warmed.add)
	warmUp(ctx, graph.NewHandler(s, graph.Options{Logger: log, Timeout: warmUpTimeout(0)}), log)

	var cold []string
	for _, key := range sent.keys() {
		st := sent.sent[key]
		_, st.Warmed = warmed.sent[key]
		if !st.Warmed {
			st.Cold = coldReason(key)
			if st.Cold == "" {
				cold = append(cold, key)
			}
		}
		sent.sent[key] = st
	}
	for _, c := range coldOnPurpose {
		if !slices.ContainsFunc(sent.keys(), func(k string) bool { _, w := warmed.sent[k]; return !w && strings.Contains(k, c.text) }) {
			t.Errorf("coldOnPurpose lists %q, which no unwarmed statement holds any more", c.text)
		}
	}
	for _, key := range cold {
		t.Errorf("the API sends a statement the warm-up does not plan:\n%s", key)
	}
	t.Logf("%d read statements sent by the API suite, %d planned by the warm-up, %d left cold on purpose, %d cold by mistake",
		len(sent.sent), len(sent.sent)-countCold(sent.sent), countCold(sent.sent)-len(cold), len(cold))
	if *statementsOut != "" {
		writeStatements(t, *statementsOut, sent.sent)
	}
}

func countCold(sent map[string]loggedStatement) int {
	n := 0
	for _, st := range sent {
		if !st.Warmed {
			n++
		}
	}
	return n
}

func writeStatements(t *testing.T, name string, sent map[string]loggedStatement) {
	t.Helper()
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for _, key := range slices.Sorted(maps.Keys(sent)) {
		if err := enc.Encode(sent[key]); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// readStatements logs the statements of a file written by -statements.
func readStatements(t *testing.T, name string, into *statementLog) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(string(b)) {
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber() // an int must stay an int: its type is part of the plan key
		var st loggedStatement
		if err := dec.Decode(&st); err != nil {
			t.Fatal(err)
		}
		into.add(st.Query, neo4jstore.DriverParams(st.Params))
	}
}

// On Neo4j too, the warm-up of an archive without the open corpus's seeds
// answers every operation, and plans the statements it plans on the
// samples (with the open corpus's names, the timelines, relations and
// shortest path failed and planned nothing).
func TestWarmUpNamesTheArchivesOwnNodesOnNeo4j(t *testing.T) {
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	warmedOn := func(load func(s *neo4jstore.Store)) (*statementLog, *neo4jstore.Store) {
		var warmed statementLog
		s := neo4jtest.Open(t)
		load(s)
		s.ObserveReads(warmed.add)
		warmUp(ctx, graph.NewHandler(s, graph.Options{Logger: log, Timeout: warmUpTimeout(0)}), log)
		return &warmed, s
	}
	samples, _ := warmedOn(func(s *neo4jstore.Store) {
		if err := loadSamplesIfEmpty(ctx, s, log, metrics.New()); err != nil {
			t.Fatal(err)
		}
	})
	madeUp, s := warmedOn(func(s *neo4jstore.Store) { loadMadeUpArchive(t, s) })
	checkWarmUpAnswersOnMadeUpArchive(t, s)
	for _, key := range samples.keys() {
		if _, ok := madeUp.sent[key]; !ok {
			t.Errorf("planned on the samples, not on the made-up archive:\n%s", key)
		}
	}
	t.Logf("%d plan keys on the samples, %d on the made-up archive", len(samples.sent), len(madeUp.sent))
}

// A client that draws subgraphs asks them at every depth (0 to 3) in three
// shapes: nodes with their properties and bare edges (the explorer, which
// reads an edge's evidence when it is selected), nodes and edges with
// their properties (the explorer before, the playground), or elements
// alone, whose walk reads names only (a lean client, README's advice for
// a whole graph); each is its own statement, and every one must be
// planned by the warm-up. Only elements at depth 2 was: on the open
// corpus after a restart (load average 30), elements at depth 0, 1 and 3
// first answered in 3.7 s, 6.3 s and a 15 s timeout, then in 0.05 s.
func TestWarmUpPlansEverySubgraphShape(t *testing.T) {
	planned := warmedOnSamples(t)
	for depth := range graph.MaxSubgraphDepth + 1 {
		for _, sel := range []string{"truncated elements", "truncated nodes { id properties } edges { id }", "truncated nodes { id properties } edges { id properties }"} {
			planned(fmt.Sprintf(`{ subgraph(seeds: ["person:xi-jinping"], depth: %d) { %s } }`, depth, sel))
		}
	}
}

// warmedOnSamples warms a Neo4j store holding the samples up and returns a
// check that asks query and fails the test on each statement it sends that
// the warm-up did not plan.
func warmedOnSamples(t *testing.T) func(query string) {
	if _, ok := neo4jstore.ConfigFromEnv(); !ok {
		t.Skip("NEO4J_URI unset: start Neo4j with scripts/neo4j start")
	}
	s := neo4jtest.Open(t)
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := loadSamplesIfEmpty(ctx, s, log, metrics.New()); err != nil {
		t.Fatal(err)
	}
	api := graph.NewHandler(s, graph.Options{Logger: log, Timeout: warmUpTimeout(0)})
	var warmed statementLog
	s.ObserveReads(warmed.add)
	warmUp(ctx, api, log)
	return func(query string) {
		t.Helper()
		var sent statementLog
		s.ObserveReads(sent.add)
		if code, body := warmUpOne(ctx, api, graph.Example{Query: query}); warmUpFailed(code, body) {
			t.Fatalf("%s: %s", query, body)
		}
		for _, key := range sent.keys() {
			if _, ok := warmed.sent[key]; !ok {
				t.Errorf("%s: the warm-up does not plan\n%s", query, key)
			}
		}
	}
}

// analystMeetingQueries are analyst42's questions 34, 36 and 39
// (docs/analyst-questions.md) whose first call after the warm-up took
// 1.1-2.4 s on the shared corpus, warm 28-303 ms: meetings by a participant
// named with a title and two countries, by two participants' names with
// their sources, and by two countries and a date range with the
// participants' roles.
var analystMeetingQueries = []string{
	`{ meetings(where: {participant: "Secretary Blinken", countries: ["US", "India"]}) { totalCount nodes { id date participants { name } } } }`,
	`{ meetings(where: {participant: "Secretary Blinken", countries: ["US", "India"]}) { totalCount nodes { id date } } }`,
	`{ meetings(where: {participants: ["Biden", "Xi"]}) { totalCount nodes { id date sources { sentence } } } }`,
	`{ meetings(where: {countries: ["US", "China"], from: "2022", to: "2022"}) { totalCount nodes { id date participants { name role } } } }`,
}

// The analyst's meeting filters above send statements the warm-up plans.
func TestWarmUpPlansTheAnalystsMeetingFilters(t *testing.T) {
	planned := warmedOnSamples(t)
	for _, q := range analystMeetingQueries {
		planned(q)
	}
}

// venueQueries are analyst42's questions 10, 30 and 35 as venue43 answers
// them: a venue's meetings (its city's, with a check of their articles)
// and articles by words of their source. Neither is a statement of its
// own: the venue's check is the place's statement's, the source's the
// articles'.
var venueQueries = []string{
	`{ meetings(where: {place: "White House", from: "2022-01", to: "2022-03"}) { totalCount nodes { id date } } }`,
	`{ meetings(where: {place: "White House"}) { totalCount nodes { id } } }`,
	`{ articles(where: {source: "state.gov"}) { totalCount nodes { id } } }`,
}

// A venue's meetings and articles by their source send statements the
// warm-up plans.
func TestWarmUpPlansTheVenueAndSourceFilters(t *testing.T) {
	planned := warmedOnSamples(t)
	for _, q := range venueQueries {
		planned(q)
	}
}

// analyst43Queries are analyst43's questions (docs/analyst-questions.md,
// second round) whose first call after the warm-up took 0.7-3.2 s on the
// shared corpus, warm 20-310 ms: a misspelt name searched over every type
// (search's spelling fallback reads the entities' indexes without the
// articles'), two participants' meetings with their issues, a participant's
// meetings in a period with the participants' roles and countries, a pair
// of countries' meetings by their sources, an issue found by name with its
// meetings between two countries, and a shortest path between two
// countries.
var analyst43Queries = []string{
	`{ search(text: "Zelenskiy", first: 5) { score entity { id name } } }`,
	`{ meetings(where: {participants: ["Antony Blinken", "Dmytro Kuleba"]}, first: 100) { totalCount nodes { date kind issues { name } } } }`,
	`{ meetings(where: {participant: "Emmanuel Macron", from: "2022-01", to: "2022-06"}, first: 100) { totalCount nodes { date kind status participants { name role country { name } } } } }`,
	`{ meetings(where: {countries: ["US", "China"]}, orderBy: {field: SOURCES}, first: 10) { totalCount edges { node { id date sources { article { id } } } } } }`,
	`{ issues(where: {name: "nuclear"}, first: 10) { totalCount nodes { id name meetings(where: {countries: ["US", "Iran"]}) { totalCount } } } }`,
	`{ shortestPath(from: "country:US", to: "country:CN", maxHops: 4) { length nodes { id type } edges { id type } } }`,
}

// analyst43's questions above send statements the warm-up plans.
func TestWarmUpPlansTheSecondAnalystsQuestions(t *testing.T) {
	planned := warmedOnSamples(t)
	for _, q := range analyst43Queries {
		planned(q)
	}
}

// analyst44Queries are analyst44's questions (docs/analyst-questions.md,
// third round) whose first call after the warm-up took 0.8-1.0 s on the
// shared corpus, warm 23-29 ms: who met whom first (two participants'
// meetings oldest first, with their sources), a participant's first
// meetings with a country's officials, and the sources of a claim (a
// meeting's issues beside the evidence of its DISCUSSED edge).
var analyst44Queries = []string{
	`{ meetings(where: {participants: ["Antony Blinken", "Dmytro Kuleba"]}, orderBy: {field: DATE, direction: ASC}, first: 3) { totalCount nodes { id date kind place { name } sources { article { id date } sentence } } } }`,
	`{ meetings(where: {participant: "Joe Biden", withOfficialsOf: "Japan"}, orderBy: {field: DATE, direction: ASC}, first: 3) { totalCount nodes { date name } } }`,
	`{ meeting: meetings(where: {ids: ["meeting:2023-06-19:antony-blinken+xi-jinping"]}) { nodes { issues { id name } } }
  edges(ids: ["meeting:2023-06-19:antony-blinken+xi-jinping|DISCUSSED|issue:taiwan"]) { evidence { sentence article { title date } } } }`,
	`{ person(name: "Zelenskiy") { name } }`,
}

// analyst44's questions above send statements the warm-up plans.
func TestWarmUpPlansTheThirdAnalystsQuestions(t *testing.T) {
	planned := warmedOnSamples(t)
	for _, q := range analyst44Queries {
		planned(q)
	}
}
