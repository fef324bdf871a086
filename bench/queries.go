package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// querySpec is one of the benchmark's queries, as newsgraph's API asks it
// and as the peer (@neo4j/graphql over the same data) asks it. Both ask for
// the same fields of the same rows, so both do the same work: the
// comparison is of how each API gets them out of Neo4j.
type querySpec struct {
	Name string
	Desc string
	// Ours is the newsgraph query; "" when newsgraph's API has no such
	// query (the tables then say so and measure only the peer).
	Ours string
	// Peer is the same question in the peer's generated API; "" when the
	// peer cannot ask it.
	Peer string
	// OursCount and PeerCount point at a count in each answer, to check
	// that both APIs found the same thing (a JSON path of object keys;
	// "#" counts the list there).
	OursCount []string
	PeerCount []string
	// Pairs, when > 0, asks the query of that many pairs of people, in
	// turn, one pair per request: Ours and Peer take them as the
	// variables $from and $to. The pairs are drawn with a fixed seed from
	// the people the store holds (pickPairs), so every API and store is
	// asked the same pairs, and the count is how many pairs have an answer.
	Pairs int
}

// The five main queries of issue 6, and those issue 13 added.
var queries = []querySpec{
	{
		Name: "xi",
		Desc: `meetings of Xi Jinping with officials of the US, first 20, with place, participants and reporting articles, and the total count`,
		Ours: `{ meetings(where: {participant: "Xi Jinping", withOfficialsOf: "US"}, first: 20) {
  totalCount
  nodes { id kind date status place { name } participants { name } sources { article { id title } } } } }`,
		Peer: `{ meetingsConnection(first: 20, sort: [{date: DESC}, {id: ASC}], where: {
    participants: {some: {name: {eq: "Xi Jinping"}}},
    AND: [{participants: {some: {NOT: {name: {eq: "Xi Jinping"}}, countries: {some: {code: {eq: "US"}}}}}}]}) {
  totalCount
  edges { node { id kind date status place { name } participants { name } reportedBy { id title } } } } }`,
		OursCount: []string{"meetings", "totalCount"},
		PeerCount: []string{"meetingsConnection", "totalCount"},
	},
	{
		Name: "relations",
		Desc: `relations between the US and China: every meeting between officials of both, by month, with participants`,
		Ours: `{ relations(countryA: "US", countryB: "CN") {
  totalCount months { month count meetings { id date kind participants { name } } } } }`,
		// The peer has no relations query: the nearest is every meeting
		// with an official of each, oldest first, and their count; the
		// client buckets them by month.
		Peer: `{ meetingsConnection(where: {AND: [
    {participants: {some: {countries: {some: {code: {eq: "US"}}}}}},
    {participants: {some: {countries: {some: {code: {eq: "CN"}}}}}}]}) { totalCount }
  meetings(sort: [{date: ASC}, {id: ASC}], where: {AND: [
    {participants: {some: {countries: {some: {code: {eq: "US"}}}}}},
    {participants: {some: {countries: {some: {code: {eq: "CN"}}}}}}]}) { id date kind participants { name } } }`,
		OursCount: []string{"relations", "totalCount"},
		PeerCount: []string{"meetingsConnection", "totalCount"},
	},
	{
		Name: "relationsMonths",
		Desc: `relations between the US and China as an analyst reads them: by month, how many meetings, who met whom (with how many times) and what they discussed`,
		// Issue 13, item 1: the months' aggregate, counted by the store;
		// listing the meetings stays paged (the relations cell asks them).
		// issues are asked because "what did they talk about, when" is the
		// question after "who met whom, when". Since 2026-12-05 a month's
		// pairs and issues are its first three by default (the API's
		// defaults, what a timeline's row shows), counted in the store.
		Ours: `{ relations(countryA: "US", countryB: "CN") {
  totalCount months { month count pairs { a { name } b { name } count } issues { issue { name } count } } } }`,
		// The peer has no aggregate: the client fetches what it needs to
		// compute the same answer (every meeting with an official of each,
		// with its date, its participants and their countries, and its
		// issues) and buckets and counts them itself. So the peer does more
		// work here than newsgraph: it sends every meeting.
		Peer: `{ meetingsConnection(where: {AND: [
    {participants: {some: {countries: {some: {code: {eq: "US"}}}}}},
    {participants: {some: {countries: {some: {code: {eq: "CN"}}}}}}]}) { totalCount }
  meetings(sort: [{date: ASC}, {id: ASC}], where: {AND: [
    {participants: {some: {countries: {some: {code: {eq: "US"}}}}}},
    {participants: {some: {countries: {some: {code: {eq: "CN"}}}}}}]}) {
    id date participants { id name countries { code } } issues { id name } } }`,
		OursCount: []string{"relations", "totalCount"},
		PeerCount: []string{"meetingsConnection", "totalCount"},
	},
	{
		Name: "subgraph",
		Desc: `the subgraph of depth 2 around Xi Jinping, at most 500 nodes, with the edges among them`,
		// The graph as one JSON value (Subgraph.elements): what a client
		// that draws it asks, and the same fields the peer returns
		// (ids, names, labels; edges' ends and types).
		Ours: `{ subgraph(seeds: ["person:xi-jinping"], depth: 2, limit: 500) { truncated elements } }`,
		// The peer's walk is hand-written Cypher (an @cypher field) that
		// approximates newsgraph's: see bench/peer/server.mjs.
		Peer:      `{ subgraph(id: "person:xi-jinping") { id name label source target } }`,
		OursCount: []string{"subgraph", "elements", "nodes", "#"},
		PeerCount: []string{"subgraph", "#"},
	},
	{
		Name: "search",
		Desc: `search "Xi", first 10, over people, places, countries, organizations, issues and articles`,
		Ours: `{ search(text: "Xi", first: 10) { score entity { __typename id name } } }`,
		// The library's full-text queries over the same six indexes that
		// newsgraph searches (people, places, countries, organizations,
		// issues, articles), the top 10 of each: the library cannot rank
		// across types, so a client merges them. Until issue 13 the peer
		// asked the people's index alone: a sixth of the work.
		Peer: `{ peopleFulltext(phrase: "+(xi OR xi*)", first: 10) { edges { score node { id name } } }
  placesFulltext(phrase: "+(xi OR xi*)", first: 10) { edges { score node { id name } } }
  countriesFulltext(phrase: "+(xi OR xi*)", first: 10) { edges { score node { id name } } }
  organizationsFulltext(phrase: "+(xi OR xi*)", first: 10) { edges { score node { id name } } }
  issuesFulltext(phrase: "+(xi OR xi*)", first: 10) { edges { score node { id name } } }
  articlesFulltext(phrase: "+(xi OR xi*)", first: 10) { edges { score node { id name } } } }`,
		OursCount: []string{"search", "#"},
		PeerCount: []string{"peopleFulltext", "edges", "#"},
	},
	{
		Name: "shortestPath",
		Desc: `a shortest path from Jens Stoltenberg (NATO) to Xi Jinping, at most 4 edges, only through people and meetings`,
		Ours: `{ shortestPath(from: "person:jens-stoltenberg", to: "person:xi-jinping", maxHops: 4) {
  length nodes { id label type } edges { id source target type } } }`,
		Peer:      `{ shortestPath(from: "person:jens-stoltenberg", to: "person:xi-jinping") { id name label source target } }`,
		OursCount: []string{"shortestPath", "length"},
		PeerCount: []string{"shortestPath", "#"},
	},
	{
		Name: "shortestPathPairs",
		Desc: `shortest paths between 20 random pairs of people who attended a meeting (one pair per request, in turn), at most 4 edges, only through people and meetings`,
		Ours: `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 4) {
  length nodes { id label type } edges { id source target type } } }`,
		Peer:      `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { id name label source target } }`,
		OursCount: []string{"shortestPath", "!"},
		PeerCount: []string{"shortestPath", "!"},
		Pairs:     20,
	},
}

// queriesFor adapts the queries to the corpus: the bundled samples have no
// Jens Stoltenberg, so there the shortest path starts at Joe Biden.
func queriesFor(c corpus) []querySpec {
	if len(c.files) > 0 {
		return queries
	}
	out := slices.Clone(queries)
	for i := range out {
		out[i].Ours = strings.ReplaceAll(out[i].Ours, "person:jens-stoltenberg", "person:joe-biden")
		out[i].Peer = strings.ReplaceAll(out[i].Peer, "person:jens-stoltenberg", "person:joe-biden")
	}
	return out
}

// pickPairs draws n pairs of two different people, with a fixed seed, from
// the people that the API behind ask holds who attended a meeting (asked
// page by page, most meetings first, then sorted by id, so that every
// store at one scale gives the same list). People without a meeting are
// left out: no path can pass through them, and most people of the corpus
// are named without one.
func pickPairs(ask func(body []byte) ([]byte, error), n int) ([][2]string, error) {
	const page = `query ($after: String) { people(orderBy: {field: MEETINGS}, first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } edges { count node { id } } } }`
	var ids []string
	var after any
	for {
		b, err := ask(gqlRequest(page, map[string]any{"after": after}))
		if err != nil {
			return nil, fmt.Errorf("people: %w", err)
		}
		var ans struct {
			Data struct {
				People struct {
					PageInfo struct {
						HasNextPage bool
						EndCursor   string
					}
					Edges []struct {
						Count int
						Node  struct{ ID string }
					}
				}
			}
		}
		if err := json.Unmarshal(b, &ans); err != nil {
			return nil, fmt.Errorf("people: %w", err)
		}
		done := !ans.Data.People.PageInfo.HasNextPage
		for _, e := range ans.Data.People.Edges {
			if e.Count == 0 {
				done = true
				break
			}
			ids = append(ids, e.Node.ID)
		}
		if done {
			break
		}
		after = ans.Data.People.PageInfo.EndCursor
	}
	if len(ids) < 2 {
		return nil, fmt.Errorf("people: %d with a meeting in the store, too few for pairs", len(ids))
	}
	slices.Sort(ids)
	r := rand.New(rand.NewPCG(13, 20)) // issue 13's pairs: the same in every run
	out := make([][2]string, n)
	for i := range out {
		a := r.IntN(len(ids))
		b := r.IntN(len(ids) - 1)
		if b >= a {
			b++
		}
		out[i] = [2]string{ids[a], ids[b]}
	}
	return out, nil
}

// bodies are the request bodies of q for one API's query text: one, or
// one per pair.
func (q querySpec) bodies(text string, pairs [][2]string) [][]byte {
	if q.Pairs == 0 {
		return [][]byte{gqlBody(text)}
	}
	out := make([][]byte, 0, len(pairs))
	for _, p := range pairs {
		out = append(out, gqlRequest(text, map[string]any{"from": p[0], "to": p[1]}))
	}
	return out
}
