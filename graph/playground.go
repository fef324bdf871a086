package graph

import (
	"encoding/json"
	"html/template"
	"net/http"
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

// playgroundPage is GraphiQL, as gqlgen's playground serves it (the same
// scripts from jsDelivr, with their subresource hashes), opening with the
// examples as tabs. Tabs a user edits are kept in the browser's storage
// and win over the examples on the next visit.
var playgroundPage = template.Must(template.New("graphiql").Parse(`<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>newsgraph</title>
  <style>body { margin: 0; } #graphiql { height: 100vh; }
    .loading { height: 100%; display: flex; align-items: center; justify-content: center; font: 2rem system-ui, sans-serif; }</style>
  <script src="https://cdn.jsdelivr.net/npm/react@18.2.0/umd/react.production.min.js"
    integrity="sha256-S0lp+k7zWUMk2ixteM6HZvu8L9Eh//OVrt+ZfbCpmgY=" crossorigin="anonymous"></script>
  <script src="https://cdn.jsdelivr.net/npm/react-dom@18.2.0/umd/react-dom.production.min.js"
    integrity="sha256-IXWO0ITNDjfnNXIu5POVfqlgYoop36bDzhodR6LW5Pc=" crossorigin="anonymous"></script>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/graphiql@4.1.2/graphiql.min.css"
    integrity="sha256-MEh+B2NdMSpj9kexQNN3QKc8UzMrCXW/Sx/phcpuyIU=" crossorigin="anonymous">
</head>
<body>
  <div id="graphiql"><div class="loading">Loading GraphiQL from cdn.jsdelivr.net…</div></div>
  <script src="https://cdn.jsdelivr.net/npm/graphiql@4.1.2/graphiql.min.js"
    integrity="sha256-hnImuor1znlJkD/FOTL3jayfS/xsyNoP04abi8bFJWs=" crossorigin="anonymous"></script>
  <script>
    const url = location.protocol + '//' + location.host + {{.Endpoint}};
    const subscriptionUrl = (location.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + location.host + {{.Endpoint}};
    const examples = {{.Examples}};
    // newsgraph's tabs are kept apart from other GraphiQLs on this host.
    const prefix = 'newsgraph:';
    const own = () => Object.keys(localStorage).filter((k) => k.startsWith(prefix));
    const storage = {
      getItem: (k) => localStorage.getItem(prefix + k),
      setItem: (k, v) => localStorage.setItem(prefix + k, v),
      removeItem: (k) => localStorage.removeItem(prefix + k),
      clear: () => own().forEach((k) => localStorage.removeItem(k)),
      key: (i) => { const k = own()[i]; return k === undefined ? null : k.slice(prefix.length); },
      get length() { return own().length; },
    };
    const fetcher = GraphiQL.createFetcher({ url, subscriptionUrl });
    ReactDOM.render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultTabs: examples,
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: false,
        storage,
      }),
      document.getElementById('graphiql'),
    );
  </script>
</body>
</html>
`))

// PlaygroundHandler serves GraphiQL for the endpoint, with Examples
// preloaded as tabs (the Xi query first). Note that GraphiQL loads its
// scripts from a CDN (jsDelivr), so the playground needs the internet;
// the API does not.
func PlaygroundHandler(endpoint string) http.Handler {
	examples, err := json.Marshal(Examples)
	if err != nil {
		panic(err)
	}
	data := struct {
		Endpoint string
		Examples template.JS
	}{endpoint, template.JS(examples)}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if err := playgroundPage.Execute(w, data); err != nil {
			http.Error(w, "playground: "+err.Error(), http.StatusInternalServerError)
		}
	})
}
