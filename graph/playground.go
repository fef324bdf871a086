package graph

import (
	"net/http"

	"newsgraph/playground"
)

// ExampleQuery is the query of the playground's first tab: Xi Jinping's
// meetings with US officials.
const ExampleQuery = `# Meetings of Xi Jinping with US officials
{
  meetings(where: {participant: "Xi Jinping", withOfficialsOf: "US"}) {
    totalCount
    nodes {
      date
      status
      place { name }
      participants { name role country { name } }
    }
  }
}
`

// Example is a query the playground preloads in a tab of its own.
type Example struct {
	Query     string `json:"query"`
	Variables string `json:"variables,omitempty"`
	Headers   string `json:"headers,omitempty"`
}

// Examples are the playground's tabs, the Xi query first. Each runs on the
// bundled samples (graphtest runs them all).
var Examples = []Example{
	{Query: ExampleQuery},
	{Query: `# The neighbourhood of Xi Jinping as nodes and edges, for a graph view
query Subgraph($seeds: [ID!]!) {
  subgraph(seeds: $seeds, depth: 1, limit: 50) {
    truncated
    nodes { id label type properties }
    edges { id source target type properties }
  }
}
`, Variables: `{"seeds": ["person:xi-jinping"]}`},
	{Query: `# Meetings between US and Chinese officials, month by month
{
  relations(countryA: "US", countryB: "China") {
    totalCount
    months {
      month
      count
      pairs { a { name } b { name } count }
      issues { issue { name } count }
    }
  }
}
`},
	{Query: `# Everything that happened to Xi Jinping, oldest first
{
  timeline(id: "person:xi-jinping") {
    date
    kind
    meeting { name place { name } }
    article { title }
    sentence
  }
}
`},
	{Query: `# Who met Xi Jinping, and how often
{
  coParticipants(id: "person:xi-jinping") {
    person { name affiliations { role organization { name } } }
    count
    first
    last
  }
}
`},
	{Query: `# How are Antony Blinken and Xi Jinping connected?
{
  shortestPath(from: "person:antony-blinken", to: "person:xi-jinping", maxHops: 4) {
    length
    nodes { id label type }
    edges { type source target properties }
  }
}
`},
	{Query: `# Names, aliases and article text
{
  search(text: "Beijing", first: 5) {
    score
    entity { __typename id name ... on Article { date url } }
  }
}
`},
	{Query: `# The busiest people, and the countries that met US officials most
{
  people(orderBy: {field: MEETINGS}, first: 5) {
    totalCount
    edges { count node { name } }
  }
  countries(orderBy: {field: MEETINGS, with: "US"}, first: 5) {
    edges { count node { name code } }
  }
}
`},
	{Query: `# Officials of the US as of 2022-06-01, and their latest meetings
{
  countries(where: {ids: ["country:US"]}) {
    nodes {
      name
      officials(asOf: "2022-06-01", first: 5) {
        totalCount
        nodes { name affiliations(asOf: "2022-06-01") { role } meetings(first: 2) { nodes { date name } } }
      }
    }
  }
}
`},
	{Query: `# Load articles (needs the server's API key in the headers below)
mutation Ingest($articles: [ArticleInput!]!) {
  ingestArticles(articles: $articles) { loaded skipped rejected { index id message } nodesAdded edgesAdded }
}
`, Variables: `{"articles": [{"id": "playground-1", "title": "Blinken meets Wang Yi", "date": "2024-04-26",
  "text": "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday."}]}`,
		Headers: `{"Authorization": "Bearer <NEWSGRAPH_API_KEY>"}`},
	{Query: `# Live: the nodes and edges each ingest adds (run the ingest tab meanwhile)
subscription {
  graphChanged { articles nodes { id label type } edges { id source target type } }
}
`},
}

// PlaygroundHandler serves GraphiQL for the endpoint, with Examples
// preloaded as tabs (the Xi query first). GraphiQL is bundled into the
// binary (package playground), so the page works offline; its assets are
// served at playground.AssetsPath (NewHandler mounts both). Tabs a user
// edits are kept in the browser's storage and win over the examples on
// the next visit.
func PlaygroundHandler(endpoint string) http.Handler {
	h, err := playground.Page(playground.Config{Endpoint: endpoint, Examples: Examples})
	if err != nil {
		panic("graph: the playground's examples: " + err.Error())
	}
	return h
}
