package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"time"

	"newsgraph/graph"
	"newsgraph/graph/apierr"
)

// warmUpOperations are what a server over Neo4j asks once as it starts:
// the playground's tabs that read (not its ingest and live tabs), the
// explorer's one-call graph at each depth it offers (0 to 3), the same
// with its edges' evidence and as elements alone, an expansion's edges to
// the nodes drawn, and the bench's subgraph. Neo4j plans each Cypher
// statement on its first run and caches the plan by its text and its
// parameters' types, whatever their values; on two cores under load, planning took 0.3 to 6 s a statement
// over the open corpus (the subgraph's the most), which a restarted
// server's first users would otherwise wait for. The store keeps a
// subgraph's filter, a page's batch of requests and a date range in map
// parameters, so that one plan serves them all (neo4jstore's planKey
// tests); a statement whose text depends on the request (another kind of
// page, another sort) is still planned on first use.
var warmUpOperations = append(append(readExamples(graph.Examples),
	explorerGraph(`["person:xi-jinping"]`, 1, 200),
	// A seed no archive has: its plan is all this needs, and around a hub
	// the walk's answer is large (Xi's, at depth 2, is 1,000 nodes).
	explorerGraph(`["person:warm-up"]`, 2, 1000),
	explorerGraph(`["person:warm-up"]`, 0, 200),
	explorerGraph(`["person:warm-up"]`, 3, 200),
	// An expansion's edges to drawn nodes beyond its walk (a person's at
	// depth 0 never reaches a country), bare as the explorer asks them and
	// with their evidence.
	expansionGraph("id source target type"), expansionGraph("id source target type properties"),
	// The graph with its edges' properties (their evidence), as the
	// explorer asked it before it read an edge's evidence on selection,
	// and the playground's tab does, at depth 1.
	evidenceGraph(0), evidenceGraph(2), evidenceGraph(3),
	graph.Example{Query: `{ subgraph(seeds: ["person:xi-jinping"], depth: 2, limit: 500) { truncated elements } }`},
	// Elements alone (names only) is another statement at each depth: a
	// client that draws a whole graph asks it (README).
	elementsGraph(0), elementsGraph(1), elementsGraph(3),
), warmUpShapes...)

// elementsGraph is a subgraph asked as elements alone, at depth.
func elementsGraph(depth int) graph.Example {
	return graph.Example{Query: fmt.Sprintf(`{ subgraph(seeds: ["person:warm-up"], depth: %d) { truncated elements } }`, depth)}
}

// warmUpShapes ask, once each, the statements that the playground's tabs
// do not and that took the longest to plan on the open corpus (0.5-3.2 s
// each after a restart, neo4jstore/cmd/warmcost): every list of the
// schema in the default direction of each of its orders, each with its
// nested lists (a country's officials, a person's meetings), meetings by
// each kind of filter that names a node, and the other analyst queries
// (a place's or a country's timeline, relations with meetings, search of
// one type, a person by name, stats, an edge by its id). Their seeds need not exist (a plan
// is made whatever the values), but for a timeline's, relations' and a
// shortest path's, which the API looks up first: seededOperations names
// the archive's own. What is still planned on first use, and why, is
// coldOnPurpose's list (TestWarmUpPlansTheStatementsTheAPISends).
var warmUpShapes = []graph.Example{
	{Query: `{ a: people(orderBy: {field: NAME}, first: 1) { nodes { id } }
  b: people(where: {officialsOf: ["US"]}, first: 1) { nodes { affiliations { role } meetings(first: 1) { nodes { id } } } } }`},
	{Query: `{ a: countries(first: 1) { nodes { id officials(first: 1) { nodes { id } } meetings(first: 1) { nodes { id } } } }
  b: countries(orderBy: {field: OFFICIALS}, first: 1) { nodes { id } } c: countries(orderBy: {field: MEETINGS}, first: 1) { nodes { id } } }`},
	{Query: `{ a: organizations(first: 1) { nodes { id officials(first: 1) { nodes { id } } meetings(first: 1) { nodes { id } } } }
  b: organizations(orderBy: {field: OFFICIALS}, first: 1) { nodes { id } } c: organizations(orderBy: {field: MEETINGS, with: "US"}, first: 1) { nodes { id } } }`},
	{Query: `{ a: places(first: 1) { nodes { id country { id } meetings(first: 1) { nodes { id } } } }
  b: places(orderBy: {field: MEETINGS}, first: 1) { nodes { id name } } }`},
	{Query: `{ a: issues(first: 1) { nodes { id meetings(first: 1) { nodes { id } } } } b: issues(orderBy: {field: MEETINGS}, first: 1) { nodes { id } } }`},
	{Query: `{ a: articles(first: 1) { nodes { id meetings { id } issues { id } mentions { id } } }
  b: articles(orderBy: {field: TITLE}, first: 1) { nodes { id } } c: articles(where: {mentions: ["person:warm-up"]}, first: 1) { nodes { id } }
  d: articles(where: {ingestedAfter: "2000-01-01T00:00:00Z"}, orderBy: {field: INGESTED}, first: 1) { nodes { id ingestedAt } } }`},
	// A page of meetings with every nested field, and (d) two
	// participants' meetings with their sources: an operation that reads
	// sources reads every page's edges with their properties, so d is
	// here, not with the other filters' fields below.
	{Query: `{ a: meetings(first: 1) { nodes { id place { id } participants { role } issues { id } sources { sentence } } }
  b: meetings(orderBy: {field: SOURCES}, first: 1) { nodes { id } } c: meetings(orderBy: {field: DATE, direction: ASC}, first: 1) { nodes { id } }
  d: meetings(where: {participants: ["person:warm-up", "person:warm-up-2"]}, first: 1) { nodes { id sources { sentence } } } }`},
	{Query: `{ a: meetings(where: {participant: "person:warm-up"}, first: 1) { nodes { id } }
  b: meetings(where: {withOfficialsOf: "US"}, first: 1) { nodes { id } } c: meetings(where: {countries: ["US", "CN"]}, first: 1) { nodes { id } }
  d: meetings(where: {participants: ["person:warm-up", "person:warm-up-2"]}, first: 1) { nodes { id } }
  e: meetings(where: {place: "place:warm-up"}, first: 1) { nodes { id } } f: meetings(where: {issue: "issue:warm-up"}, first: 1) { nodes { id } }
  g: meetings(where: {ids: ["meeting:warm-up"]}, first: 1) { nodes { id } }
  h: meetings(where: {participant: "person:warm-up", withOfficialsOf: "US"}, first: 1) { nodes { id } } i: meetings(first: 1) { nodes { id } }
  j: meetings(where: {participant: "person:warm-up", countries: ["US", "CN"]}, first: 1) { nodes { id } } }`},
	// A person's meetings with someone, at a place and about an issue (a
	// person's meetings(where:), the analyst's common questions).
	{Query: `{ a: meetings(where: {participant: "person:warm-up", participants: ["person:warm-up-2"]}, first: 1) { nodes { id } }
  b: meetings(where: {participant: "person:warm-up", place: "place:warm-up"}, first: 1) { nodes { id } }
  c: meetings(where: {participant: "person:warm-up", issue: "issue:warm-up"}, first: 1) { nodes { id } } }`},
	// A page of meetings with its participants or sources, by the
	// filters analyst42 asked (a participant with countries, two
	// participants, countries with a date range, which shares the plan of
	// countries alone): each filter shape with each set of nested fields is
	// a statement, 1.1-2.4 s to plan on the shared corpus, warm 28-303 ms
	// (docs/analyst-questions.md, 34, 36, 39); two participants with their
	// sources are above (d), a participant with countries bare too (j).
	{Query: `{ a: meetings(where: {participant: "person:warm-up", countries: ["US", "CN"]}, first: 1) { nodes { id participants { name } } }
  b: meetings(where: {countries: ["US", "CN"]}, first: 1) { nodes { id participants { role } } } }`},
	{Query: `{ a: timeline(id: "country:US") { date } b: timeline(id: "place:washington") { date } c: timeline(id: "org:nato") { date }
  d: timeline(id: "issue:security") { date } }`},
	// Pairs and issues too: asked none, the statement skips their parts
	// and the first call that asks them read cold pages (1.9 s, 0.12 s
	// the second time, BENCHMARKS.md warm40).
	{Query: `{ relations(countryA: "US", countryB: "CN") { months { meetings { id } pairs { count } issues { count } } } }`},
	{Query: `{ a: search(text: "warm", types: [PERSON]) { score } b: search(text: "warm", types: [COUNTRY]) { score }
  c: search(text: "warm", types: [ORGANIZATION]) { score } d: search(text: "warm", types: [PLACE]) { score }
  e: search(text: "warm", types: [ISSUE]) { score } f: search(text: "warm", types: [ARTICLE]) { score }
  g: search(text: "warm", types: [MEETING]) { score } }`},
	// analyst43's questions that the shapes above left cold (0.7-3.2 s
	// on the shared corpus, warm 20-310 ms; docs/analyst-questions.md,
	// second round): a search of every type that finds no entity, which
	// reads the entities' indexes again for a misspelt name (search's
	// spelling fallback), two participants' meetings with their issues, a
	// participant's in a period with the participants' countries, a pair's
	// by their sources, and a shortest path between two countries.
	{Query: `{ a: search(text: "warmupq") { score }
  b: meetings(where: {participants: ["person:warm-up", "person:warm-up-2"]}, first: 1) { nodes { id issues { name } } }
  c: meetings(where: {participant: "person:warm-up", from: "2022-01", to: "2022-06"}, first: 1) { nodes { id participants { name role country { name } } } }
  d: meetings(where: {countries: ["US", "CN"]}, orderBy: {field: SOURCES}, first: 1) { edges { node { id sources { article { id } } } } }
  e: shortestPath(from: "country:US", to: "country:CN") { length nodes { id } edges { id } } }`},
	// analyst44's questions that the shapes above left cold (0.8-1.0 s
	// on the shared corpus, warm 23-29 ms; docs/analyst-questions.md,
	// third round): who met whom first, two participants' meetings oldest
	// first with their sources; a participant's with a party's officials
	// oldest first; and a meeting by id with its issues beside a
	// DISCUSSED edge's evidence (the sources of a claim).
	{Query: `{ a: meetings(where: {participants: ["person:warm-up", "person:warm-up-2"]}, orderBy: {field: DATE, direction: ASC}, first: 1) {
    nodes { id date kind place { name } sources { article { id date } sentence } } }
  b: meetings(where: {participant: "person:warm-up", withOfficialsOf: "US"}, orderBy: {field: DATE, direction: ASC}, first: 1) { nodes { date name } }
  c: meetings(where: {ids: ["meeting:warm-up"]}) { nodes { issues { id name } } }
  d: edges(ids: ["meeting:warm-up|DISCUSSED|issue:warm-up"]) { evidence { sentence article { title date } } } }`},
	// query45's: the meetings reported since a visit (an index of the
	// articles' ingestedAt starts them), and a shortest path between two
	// people inside a date window (the near search states the window).
	{Query: `{ a: meetings(where: {ingestedAfter: "2000-01-01T00:00:00Z"}, first: 1) { nodes { id } }
  b: shortestPath(from: "person:xi-jinping", to: "person:antony-blinken", where: {from: "2022"}) { length nodes { id } edges { id } } }`},
	{Query: `{ person(name: "Warm Up") { id } stats { nodes } shortestPath(from: "person:xi-jinping", to: "country:US") { length nodes { degree } }
  edges(ids: ["person:warm-up|ATTENDED|meeting:warm-up"]) { id properties } }`},
}

// explorerGraph is the explorer's subgraph query (web/src/api.js) from
// seeds, a JSON list, at depth with limit; its date filter changes no plan.
func explorerGraph(seeds string, depth, limit int) graph.Example {
	return graph.Example{Query: `query($seeds: [ID!]!, $depth: Int, $limit: Int, $where: SubgraphWhere, $known: [ID!]) {
  subgraph(seeds: $seeds, depth: $depth, limit: $limit, where: $where, known: $known) {
    nodes { id label type properties degree } edges { id source target type } truncated } }`,
		Variables: fmt.Sprintf(`{"seeds": %s, "depth": %d, "limit": %d, "where": {"from": "2020"}}`, seeds, depth, limit)}
}

// evidenceGraph is a subgraph with its nodes' and edges' properties, at
// depth.
func evidenceGraph(depth int) graph.Example {
	return graph.Example{Query: fmt.Sprintf(`{ subgraph(seeds: ["person:warm-up"], depth: %d) {
    nodes { id label type properties } edges { id source target type properties } truncated } }`, depth)}
}

// expansionGraph is a subgraph of a person at depth 0 that names a
// country as known, its edges with edgeFields: the walk never reaches the
// country, so the store reads the edges between them (Store.EdgesBetween).
func expansionGraph(edgeFields string) graph.Example {
	return graph.Example{Query: `query($seeds: [ID!]!, $known: [ID!]) { subgraph(seeds: $seeds, depth: 0, known: $known) {
    nodes { id label type properties degree } edges { ` + edgeFields + ` } truncated } }`,
		Variables: `{"seeds": ["person:xi-jinping"], "known": ["country:US"]}`}
}

// warmUpSeedsQuery asks the archive for the nodes the warm-up names: its
// two people and two countries with the most meetings, and its place,
// organisation and issue with the most. A timeline, relations and a
// shortest path look their nodes up first and fail on one the archive
// lacks, planning nothing after that.
const warmUpSeedsQuery = `{ people(orderBy: {field: MEETINGS}, first: 2) { nodes { id name } }
  countries(orderBy: {field: MEETINGS}, first: 2) { nodes { id code name } }
  places(orderBy: {field: MEETINGS}, first: 1) { nodes { id name } }
  organizations(orderBy: {field: MEETINGS}, first: 1) { nodes { id } }
  issues(orderBy: {field: MEETINGS}, first: 1) { nodes { id } } }`

// seedList is one list of warmUpSeedsQuery's answer.
type seedList struct {
	Nodes []struct{ ID, Code, Name string }
}

// seededOperations are warmUpOperations with the nodes they name (the
// open corpus's Xi Jinping, Antony Blinken, the US, China, Washington,
// NATO, security, a search for Beijing) replaced by the archive's own most connected ones
// (warmUpSeedsQuery), so that the warm-up asks the same statements of any
// archive: an analyst's own news need not hold any of them. A node kind
// the archive lacks keeps its name (the operations that need it fail).
func seededOperations(ctx context.Context, api http.Handler) []graph.Example {
	var seeds struct {
		Data struct{ People, Countries, Places, Organizations, Issues seedList }
	}
	if code, body := warmUpOne(ctx, api, graph.Example{Query: warmUpSeedsQuery}); code != http.StatusOK ||
		json.Unmarshal([]byte(body), &seeds) != nil {
		return warmUpOperations
	}
	d := seeds.Data
	var pairs []string
	seed := func(list seedList, i int, id, code, name string) {
		if i >= len(list.Nodes) {
			return
		}
		n := list.Nodes[i]
		pairs = append(pairs, id, n.ID)
		if code != "" {
			pairs = append(pairs, code, strconv.Quote(n.Code))
		}
		if name != "" {
			pairs = append(pairs, name, strconv.Quote(n.Name))
		}
	}
	seed(d.People, 0, "person:xi-jinping", "", `"Xi Jinping"`)
	seed(d.People, 1, "person:antony-blinken", "", "")
	seed(d.Countries, 0, "country:US", `"US"`, "")
	seed(d.Countries, 1, "country:CN", `"CN"`, `"China"`)
	seed(d.Places, 0, "place:washington", "", `"Beijing"`) // a search's text, that articles hold
	seed(d.Organizations, 0, "org:nato", "", "")
	seed(d.Issues, 0, "issue:security", "", "")
	r := strings.NewReplacer(pairs...)
	out := make([]graph.Example, len(warmUpOperations))
	for i, op := range warmUpOperations {
		out[i] = graph.Example{Query: r.Replace(op.Query), Variables: r.Replace(op.Variables), Headers: op.Headers}
	}
	return out
}

// minWarmUpTimeout is the least time the warm-up gives one operation,
// whatever the users' limit: a plan it gives up on is one that a user's
// first query pays for, and Neo4j has taken over 15 s (the users' default)
// to plan subgraph's depth-3 walk on a busy machine.
const minWarmUpTimeout = time.Minute

// warmUpTimeout is the time limit of the warm-up's operations, given the
// users' (graph.Options.Timeout: 0 is the default, below 0 none).
func warmUpTimeout(users time.Duration) time.Duration {
	if users < 0 {
		return users
	}
	return max(users, minWarmUpTimeout)
}

// warmUp runs the warm-up's operations (seededOperations) through api,
// one after another, and logs how long they took; it stops when ctx
// ends. Their answers are dropped: an error (say, a database still empty)
// only means less was planned.
func warmUp(ctx context.Context, api http.Handler, log *slog.Logger) {
	start := time.Now()
	failed := 0
	ops := seededOperations(ctx, api)
	for _, op := range ops {
		if ctx.Err() != nil {
			return
		}
		if code, body := warmUpOne(ctx, api, op); warmUpFailed(code, body) {
			failed++
		}
	}
	log.Info("warmed up Neo4j's query plans", "operations", len(ops), "failed", failed,
		"took", time.Since(start).Round(time.Millisecond))
}

// warmUpFailed reports whether an answer to a warm-up operation failed.
// NOT_FOUND is no failure: the operations name nodes no archive has
// ("person:warm-up"), which the API reports after its statements ran.
func warmUpFailed(code int, body string) bool {
	if code != http.StatusOK {
		return true
	}
	var answer struct {
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal([]byte(body), &answer); err != nil {
		return true
	}
	for _, e := range answer.Errors {
		if e.Extensions.Code != apierr.NotFound {
			return true
		}
	}
	return false
}

// warmUpOne posts op to api and returns the answer's status and body.
func warmUpOne(ctx context.Context, api http.Handler, op graph.Example) (int, string) {
	vars := json.RawMessage(op.Variables)
	if op.Variables == "" {
		vars = json.RawMessage("{}")
	}
	body, err := json.Marshal(map[string]any{"query": op.Query, "variables": vars})
	if err != nil {
		return 0, err.Error()
	}
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, graph.EndpointPath, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String()
}

// readExamples are the examples that are queries: an operation that
// writes or subscribes is never sent.
func readExamples(examples []graph.Example) []graph.Example {
	var out []graph.Example
	for _, e := range examples {
		op := e.Query
		for strings.HasPrefix(op, "#") {
			_, op, _ = strings.Cut(op, "\n")
		}
		if op = strings.TrimSpace(op); strings.HasPrefix(op, "{") || strings.HasPrefix(op, "query") {
			out = append(out, e)
		}
	}
	return out
}
