// Command auditsample asks a running newsgraph server what an analyst asks
// (issue 10, audit10) and draws a seeded sample of the answers for a reader to
// judge by GUIDELINES.md against their evidence sentences.
//
//	go run ./evaluate/cmd/datesample -corpus DIR -input > open.jsonl
//	newsgraph load --data /tmp/open-data open.jsonl
//	newsgraph serve --data /tmp/open-data --no-samples --addr 127.0.0.1:18756 &
//	go run ./evaluate/cmd/auditsample -url http://127.0.0.1:18756/graphql [-seed 10] [-orgs every] > drawn.jsonl
//
// The queries are the README's: meetings between a country pair in a year
// (Pairs), the roles over time of the people with the most meetings, relations
// of each pair, shortest paths between two people (Paths), the organisations
// with the most meetings and their officials, and the subgraph of a person
// for the explorer (Seeds). Every answer becomes an item of one of three
// kinds: a meeting (with each participant's role and country at its date and
// its sources), an affiliation (a person's role for a country or
// organisation, with its evidence) or an organisation node. The pools are
// sorted by key and de-duplicated, and Meetings, Affiliations and
// Organizations of them are drawn with a PCG seeded by seed. The counts of
// each pool go to stderr. With -orgs every the organisations are drawn from
// every organisation node instead (audit38): "the organisations with the
// most meetings" are the few with any and then the rest in name order
// ("AA", "AAA", …), so that pool says little about the organisations an
// analyst meets; the meetings and affiliations drawn stay the same. With
// -found N (audit44, found.go) N more of each of three pools are drawn after
// those: the people and the places no list names (the recogniser's, each
// with the first sentences that name it) and the issues discussed at
// meetings (each with its edge's evidence); the first three draw as before.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"sort"
	"strings"
)

// Pair is a country pair and the year an analyst asks its meetings for.
type Pair struct{ A, B, Year string }

// Pairs are the five pairs and two more: Russia, the year's other
// story, and a pair without the US.
var Pairs = []Pair{
	{"US", "China", "2022"}, {"US", "Ukraine", "2022"}, {"US", "Japan", "2022"},
	{"US", "India", "2021"}, {"US", "Mexico", "2021"}, {"US", "Russia", "2022"},
	{"Japan", "South Korea", "2022"},
}

// Paths are pairs of people an analyst asks the shortest path between.
var Paths = [][2]string{
	{"person:antony-blinken", "person:dmytro-kuleba"},
	{"person:joe-biden", "person:xi-jinping"},
	{"person:wendy-sherman", "person:sergey-lavrov"},
	{"person:kamala-harris", "person:andres-manuel-lopez-obrador"},
}

// Seeds are the explorer's starting nodes.
var Seeds = []string{"person:antony-blinken", "person:jose-fernandez", "org:nato"}

// Sizes of the draw, by kind, and how many people and organisations the
// role and membership queries read.
const (
	Meetings      = 30
	Affiliations  = 20
	Organizations = 10
	TopPeople     = 40
	TopOrgs       = 30
)

// Item is one answer to judge.
type Item struct {
	N     int    `json:"n,omitempty"`
	Kind  string `json:"kind"`  // meeting, affiliation or organization
	Key   string `json:"key"`   // the meeting's id; person|role|organisation; the organisation's id
	Query string `json:"query"` // the first query that gave it
	// A meeting's or an affiliation's fields, as the API gave them.
	Answer json.RawMessage `json:"answer"`
	// To be filled in by the reader.
	Verdict string `json:"verdict"`
	Cause   string `json:"cause,omitempty"`
}

func main() {
	url := flag.String("url", "http://127.0.0.1:18756/graphql", "the server's GraphQL endpoint")
	seed := flag.Uint64("seed", 10, "the draw's seed")
	all := flag.Bool("all", false, "write every answer of the pools, by kind and key, instead of a draw (to find a judged answer again after a change)")
	orgs := flag.String("orgs", "top", "the organisations' pool: top (the organisations with the most meetings and the subgraphs', audit10's) or every (every organisation node)")
	found := flag.Int("found", 0, "also draw this many people and places that no list names (the recogniser's) and issues discussed at meetings, after the others (audit44); 0 draws as before")
	flag.Parse()
	ask := func(q string, vars map[string]any, out any) error { return post(*url, q, vars, out) }
	pools, err := collect(ask)
	if err == nil && *orgs == "every" {
		err = pools.everyOrganization(ask)
	} else if err == nil && *orgs != "top" {
		err = fmt.Errorf("-orgs %q: want top or every", *orgs)
	}
	if err == nil && *found > 0 {
		err = pools.addFound(ask)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "auditsample:", err)
		os.Exit(1)
	}
	size := drawSizes
	if *found > 0 {
		size = append(slices.Clone(drawSizes), *found, *found, *found)
	}
	if *all {
		size = nil
	}
	if err := draw(pools, *seed, size, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "auditsample:", err)
		os.Exit(1)
	}
}

func post(url, query string, vars map[string]any, out any) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return err
	}
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []any           `json:"errors"`
	}
	if err := json.Unmarshal(raw, &env); err != nil {
		return fmt.Errorf("%s: %w", raw, err)
	}
	if len(env.Errors) > 0 {
		return fmt.Errorf("%v", env.Errors)
	}
	return json.Unmarshal(env.Data, out)
}

const meetingFields = `id kind date status place { name }
  participants { name role country { id name } affiliation { evidence { article { id } sentence } } }
  sources { article { id date } sentence }`

const affFields = `role organization { id name } since until evidence { article { id date } sentence }`

// Queries, in the order they are asked.
const (
	qMeetings = `query($c: [String!], $y: Date, $after: String) { meetings(where: {countries: $c, from: $y, to: $y}, first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { ` + meetingFields + ` } } }`
	qRelations = `query($a: String!, $b: String!, $y: Date) { relations(countryA: $a, countryB: $b, from: $y, to: $y) {
  totalCount months { month meetings { ` + meetingFields + ` } } } }`
	qPeople   = `query($n: Int) { people(orderBy: {field: MEETINGS}, first: $n) { nodes { id name affiliations { ` + affFields + ` } } } }`
	qPath     = `query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { nodes { id type } } }`
	qOrgs     = `query($n: Int) { organizations(orderBy: {field: MEETINGS}, first: $n) { nodes { id } } }`
	qSubgraph = `query($s: [ID!]!) { subgraph(seeds: $s, depth: 1, limit: 300) { nodes { id type label } } }`
	qNode     = `query($id: ID!) { node(id: $id) { __typename id name
  ... on Meeting { ` + meetingFields + ` }
  ... on Organization { short type aliases officials(first: 100) { nodes { id name affiliations { ` + affFields + ` } } } } } }`
)

type pools struct {
	meetings, affiliations, orgs map[string]Item
	// With -found (found.go), the people and places no list names and the
	// issues discussed at meetings, drawn after the others; nil otherwise.
	people, places, discussed map[string]Item
	// fill completes a drawn item's answer before it is written (found.go:
	// a found name's mentions, a discussed issue's evidence); nil leaves
	// every answer as pooled.
	fill func(*Item) error
}

func (p *pools) add(kind, key, query string, v any) error {
	m := map[string]map[string]Item{"meeting": p.meetings, "affiliation": p.affiliations, "organization": p.orgs,
		"person": p.people, "place": p.places, "discussed": p.discussed}[kind]
	if _, ok := m[key]; ok {
		return nil
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	m[key] = Item{Kind: kind, Key: key, Query: query, Answer: raw}
	return nil
}

type meeting map[string]any

type person struct {
	ID           string           `json:"id"`
	Name         string           `json:"name"`
	Affiliations []map[string]any `json:"affiliations"`
}

func (p *pools) addPerson(q string, pe person) error {
	for _, a := range pe.Affiliations {
		org, _ := a["organization"].(map[string]any)
		role, _ := a["role"].(string)
		a["person"] = pe.Name
		if err := p.add("affiliation", pe.ID+"|"+role+"|"+fmt.Sprint(org["id"]), q, a); err != nil {
			return err
		}
	}
	return nil
}

// asker posts a GraphQL query with its variables and decodes the answer's
// data into out.
type asker func(q string, vars map[string]any, out any) error

// collect asks every query of the audit and pools the answers: each pair's
// meetings and relations, the top people's roles, then the meetings and
// organisations the paths, subgraphs and top organisations name, read node
// by node.
func collect(ask asker) (*pools, error) {
	p := &pools{meetings: map[string]Item{}, affiliations: map[string]Item{}, orgs: map[string]Item{}}
	for _, pr := range Pairs {
		if err := p.addPairMeetings(ask, pr); err != nil {
			return nil, err
		}
		if err := p.addRelationMeetings(ask, pr); err != nil {
			return nil, err
		}
	}
	if err := p.addTopPeople(ask); err != nil {
		return nil, err
	}
	var ids []string
	for _, named := range []func(asker) ([]string, error){pathMeetings, subgraphNodes, topOrgs} {
		more, err := named(ask)
		if err != nil {
			return nil, err
		}
		ids = append(ids, more...)
	}
	if err := p.addNodes(ask, ids); err != nil {
		return nil, err
	}
	return p, nil
}

// addPairMeetings adds every page of the meetings between a pair's countries
// in its year, under the query "meetings A-B year".
func (p *pools) addPairMeetings(ask asker, pr Pair) error {
	q := fmt.Sprintf("meetings %s-%s %s", pr.A, pr.B, pr.Year)
	after := any(nil)
	for {
		var out struct {
			Meetings struct {
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
				Nodes []meeting
			}
		}
		if err := ask(qMeetings, map[string]any{"c": []string{pr.A, pr.B}, "y": pr.Year, "after": after}, &out); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
		for _, m := range out.Meetings.Nodes {
			if err := p.add("meeting", fmt.Sprint(m["id"]), q, m); err != nil {
				return err
			}
		}
		if !out.Meetings.PageInfo.HasNextPage {
			return nil
		}
		after = out.Meetings.PageInfo.EndCursor
	}
}

// addRelationMeetings adds the meetings of a pair's relations, month by
// month, under the query "relations A-B year".
func (p *pools) addRelationMeetings(ask asker, pr Pair) error {
	var rel struct {
		Relations struct {
			Months []struct{ Meetings []meeting }
		}
	}
	rq := fmt.Sprintf("relations %s-%s %s", pr.A, pr.B, pr.Year)
	if err := ask(qRelations, map[string]any{"a": pr.A, "b": pr.B, "y": pr.Year}, &rel); err != nil {
		return fmt.Errorf("%s: %w", rq, err)
	}
	for _, mo := range rel.Relations.Months {
		for _, m := range mo.Meetings {
			if err := p.add("meeting", fmt.Sprint(m["id"]), rq, m); err != nil {
				return err
			}
		}
	}
	return nil
}

// addTopPeople adds the affiliations of the people with the most meetings.
func (p *pools) addTopPeople(ask asker) error {
	var people struct{ People struct{ Nodes []person } }
	if err := ask(qPeople, map[string]any{"n": TopPeople}, &people); err != nil {
		return fmt.Errorf("people: %w", err)
	}
	for _, pe := range people.People.Nodes {
		if err := p.addPerson("roles of the top people", pe); err != nil {
			return err
		}
	}
	return nil
}

// pathMeetings are the meetings on each shortest path between Paths' people,
// as "id<TAB>query" lines.
func pathMeetings(ask asker) ([]string, error) {
	var ids []string
	for _, pa := range Paths {
		var out struct {
			ShortestPath *struct{ Nodes []struct{ ID, Type string } }
		}
		if err := ask(qPath, map[string]any{"a": pa[0], "b": pa[1]}, &out); err != nil {
			return nil, fmt.Errorf("path %v: %w", pa, err)
		}
		if out.ShortestPath == nil {
			continue
		}
		for _, n := range out.ShortestPath.Nodes {
			if n.Type == "Meeting" {
				ids = append(ids, n.ID+"\t"+"path "+pa[0]+" "+pa[1])
			}
		}
	}
	return ids, nil
}

// subgraphNodes are the meetings and organisations of each seed's subgraph,
// as "id<TAB>query" lines.
func subgraphNodes(ask asker) ([]string, error) {
	var ids []string
	for _, s := range Seeds {
		var out struct {
			Subgraph struct{ Nodes []struct{ ID, Type string } }
		}
		if err := ask(qSubgraph, map[string]any{"s": []string{s}}, &out); err != nil {
			return nil, fmt.Errorf("subgraph %s: %w", s, err)
		}
		for _, n := range out.Subgraph.Nodes {
			if n.Type == "Meeting" || n.Type == "Organization" {
				ids = append(ids, n.ID+"\t"+"subgraph "+s)
			}
		}
	}
	return ids, nil
}

// topOrgs are the organisations with the most meetings, as "id<TAB>query"
// lines.
func topOrgs(ask asker) ([]string, error) {
	var orgs struct {
		Organizations struct{ Nodes []struct{ ID string } }
	}
	if err := ask(qOrgs, map[string]any{"n": TopOrgs}, &orgs); err != nil {
		return nil, fmt.Errorf("organizations: %w", err)
	}
	var ids []string
	for _, o := range orgs.Organizations.Nodes {
		ids = append(ids, o.ID+"\t"+"organizations and their people")
	}
	return ids, nil
}

// addNodes reads each "id<TAB>query" node and adds it as a meeting or an
// organisation; a node the server no longer has is skipped.
func (p *pools) addNodes(ask asker, ids []string) error {
	for _, line := range ids {
		id, q, _ := strings.Cut(line, "\t")
		var out struct{ Node map[string]any }
		if err := ask(qNode, map[string]any{"id": id}, &out); err != nil {
			return fmt.Errorf("node %s: %w", id, err)
		}
		if out.Node == nil {
			continue
		}
		var err error
		if out.Node["__typename"] == "Meeting" {
			err = p.add("meeting", id, q, out.Node)
		} else {
			err = p.addOrg(q, out.Node)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// addOrg adds an organisation node (its officials' names only) and its
// officials' affiliations with it.
func (p *pools) addOrg(q string, o map[string]any) error {
	id := fmt.Sprint(o["id"])
	var names []string
	if off, ok := o["officials"].(map[string]any); ok {
		nodes, _ := off["nodes"].([]any)
		for _, n := range nodes {
			raw, err := json.Marshal(n)
			if err != nil {
				return err
			}
			var pe person
			if err := json.Unmarshal(raw, &pe); err != nil {
				return err
			}
			names = append(names, pe.Name)
			// Only the affiliations with this organisation are its people.
			var mine []map[string]any
			for _, a := range pe.Affiliations {
				if org, _ := a["organization"].(map[string]any); org != nil && org["id"] == id {
					mine = append(mine, a)
				}
			}
			pe.Affiliations = mine
			if err := p.addPerson(q, pe); err != nil {
				return err
			}
		}
	}
	node := map[string]any{"id": id, "name": o["name"], "short": o["short"], "type": o["type"], "aliases": o["aliases"], "officials": names}
	return p.add("organization", id, q, node)
}

const qEveryOrg = `query($after: String) { organizations(first: 50, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { id name short type aliases officials(first: 50) { nodes { name } } } } }`

// everyOrganization makes every organisation node of the graph the
// organisations' pool, each as addOrg gives one (its officials' names),
// under the query "every organisation"; the affiliations' pool is left as
// it is.
func (p *pools) everyOrganization(ask asker) error {
	p.orgs = map[string]Item{}
	after := any(nil)
	for {
		var out struct {
			Organizations struct {
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
				Nodes []map[string]any
			}
		}
		if err := ask(qEveryOrg, map[string]any{"after": after}, &out); err != nil {
			return fmt.Errorf("every organisation: %w", err)
		}
		for _, o := range out.Organizations.Nodes {
			var names []string
			off, _ := o["officials"].(map[string]any)
			nodes, _ := off["nodes"].([]any)
			for _, n := range nodes {
				if pe, ok := n.(map[string]any); ok {
					names = append(names, fmt.Sprint(pe["name"]))
				}
			}
			o["officials"] = names
			if err := p.add("organization", fmt.Sprint(o["id"]), "every organisation", o); err != nil {
				return err
			}
		}
		if !out.Organizations.PageInfo.HasNextPage {
			return nil
		}
		after = out.Organizations.PageInfo.EndCursor
	}
}

// drawSizes are how many of each pool a draw takes: meetings, affiliations,
// organisations.
var drawSizes = []int{Meetings, Affiliations, Organizations}

// draw writes size[k] items of the k-th pool (meetings, affiliations,
// organisations, then with -found people, places and discussed issues) in
// the order of a permutation seeded by seed, and numbers them from 1; with
// no sizes, every item of every pool in key order. A pool past the sizes
// given, or never made, is not drawn, so that the first three draw as
// before. Each item written is first completed by p.fill, when set.
func draw(p *pools, seed uint64, size []int, stdout, stderr io.Writer) error {
	rng := rand.New(rand.NewPCG(seed, seed))
	enc := json.NewEncoder(stdout)
	n := 0
	for i, k := range []struct {
		pool map[string]Item
		name string
	}{{p.meetings, "meetings"}, {p.affiliations, "affiliations"}, {p.orgs, "organizations"},
		{p.people, "people off the lists"}, {p.places, "places off the lists"}, {p.discussed, "issues discussed"}} {
		if k.pool == nil || (size != nil && i >= len(size)) {
			continue
		}
		keys := make([]string, 0, len(k.pool))
		for key := range k.pool {
			keys = append(keys, key)
		}
		sort.Strings(keys)
		fmt.Fprintf(stderr, "%s: %d\n", k.name, len(keys))
		perm := rng.Perm(len(keys))
		if size == nil {
			for j := range perm {
				perm[j] = j
			}
		} else {
			perm = perm[:min(size[i], len(perm))]
		}
		for _, j := range perm {
			n++
			it := k.pool[keys[j]]
			it.N = n
			if p.fill != nil {
				if err := p.fill(&it); err != nil {
					return err
				}
			}
			if err := enc.Encode(it); err != nil {
				return err
			}
		}
	}
	return nil
}
