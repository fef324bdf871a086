// The GraphQL client of the explorer: queries over HTTP POST and the
// graphChanged subscription over a WebSocket (graphql-transport-ws protocol),
// both on the same origin's /graphql, so nothing is loaded from elsewhere.

import { pageTimeline } from "./paging.js";

export const ENDPOINT = "/graphql";

export class GraphQLError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join("; "));
    this.errors = errors;
  }
}

export async function gql(query, variables = {}, { signal } = {}) {
  return (await gqlResponse(query, variables, { signal })).data;
}

// gqlResponse is gql's answer whole: its data and its extensions (movedIds:
// the ids a query was given that name meetings merged into others since,
// each with the id of the meeting that answered for it).
async function gqlResponse(query, variables = {}, { signal } = {}) {
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`the API answered ${res.status} ${res.statusText}`);
  }
  if (body.errors && body.errors.length) throw new GraphQLError(body.errors);
  if (!res.ok) throw new Error(`the API answered ${res.status} ${res.statusText}`);
  return { data: body.data, extensions: body.extensions || {} };
}

const SEARCH = `query Search($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) { entity { __typename id name } score }
}`;

export async function search(text, { types, first = 8, signal } = {}) {
  const data = await gql(SEARCH, { text, types, first }, { signal });
  return data.search.map((r) => ({ id: r.entity.id, name: r.entity.name, type: r.entity.__typename }));
}

// A drawing's nodes and edges: nodes with the properties the lists and the
// timeline read (a meeting's date, kind and status) and their degree in the
// whole graph, which sizes them; edges bare: an edge's role and evidence are
// read when it is selected (edgeDetails).
const DRAWN = `nodes { id label type properties degree }
    edges { id source target type }`;

const SUBGRAPH = `query Subgraph($seeds: [ID!]!, $depth: Int, $limit: Int, $where: SubgraphWhere, $known: [ID!]) {
  subgraph(seeds: $seeds, depth: $depth, limit: $limit, where: $where, known: $known) {
    ${DRAWN}
    truncated
  }
}`;

// subgraph is the neighbourhood of seeds: one call per load or expansion.
// known lists the node ids already drawn: the answer then holds only the
// nodes not among them, and the edges that join those to the drawing. A
// seed that names a meeting an ingest merged into another walks from the
// meeting that holds it: moved maps each such seed to that meeting's id.
export async function subgraph(seeds, { depth = 1, limit = 200, where, known } = {}) {
  const { data, extensions } = await gqlResponse(SUBGRAPH, { seeds, depth, limit, where: cleanWhere(where), known: known && known.length ? known : undefined });
  return { ...data.subgraph, moved: extensions.movedIds || {} };
}

// missing is those of ids that name no node, from one query (node(id:)
// answers null for an id it does not hold): a shared URL outlives ids that a
// reload of the graph with a newer extractor replaced.
export async function missing(ids) {
  if (!ids.length) return [];
  const vars = ids.map((_, i) => `$i${i}: ID!`).join(", ");
  const fields = ids.map((_, i) => `n${i}: node(id: $i${i}) { id }`).join(" ");
  const data = await gql(`query Exists(${vars}) { ${fields} }`, Object.fromEntries(ids.map((id, i) => [`i${i}`, id])));
  return ids.filter((_, i) => !data[`n${i}`]);
}

function cleanWhere(where) {
  if (!where) return undefined;
  const w = {};
  if (where.from) w.from = where.from;
  if (where.to) w.to = where.to;
  if (where.kinds && where.kinds.length) w.kinds = where.kinds;
  if (where.countries && where.countries.length) w.countries = where.countries;
  return Object.keys(w).length ? w : undefined;
}

const SOURCE = `sentence article { id title url date source }`;

const NODE = `query Node($id: ID!) {
  node(id: $id) {
    __typename id name
    ... on Person {
      aliases
      affiliations { role since until terms { start end } organization { __typename id name } evidence { ${SOURCE} } }
    }
    ... on Meeting {
      kind date status
      place { id name country { id name } }
      participants { person { id } name role country { __typename id name } }
      issues { id name }
      sources { ${SOURCE} }
    }
    ... on Country { code aliases }
    ... on Organization { short aliases }
    ... on Place { aliases country { id name } }
    ... on Issue { aliases }
    ... on Article { title date url source text meetings { id name date } }
  }
}`;

export async function nodeDetails(id) {
  const data = await gql(NODE, { id });
  return data.node;
}

const EDGE = `query Edge($ids: [ID!]!) {
  edges(ids: $ids) { id source target type properties evidence { ${SOURCE} } }
}`;

// edgeDetails is an edge with its role, dates and evidence, each source
// with its article, in one call (null when no edge has the id).
export async function edgeDetails(id) {
  const data = await gql(EDGE, { ids: [id] });
  return data.edges[0];
}

const PATH = `query Path($from: ID!, $to: ID!, $maxHops: Int, $where: PathWhere) {
  shortestPath(from: $from, to: $to, maxHops: $maxHops, where: $where) {
    length
    ${DRAWN}
  }
}`;

// MAX_PATH_HOPS is the longest path the API searches.
export const MAX_PATH_HOPS = 6;

// shortestPath is the shortest path between two nodes (null when there is
// none of at most MAX_PATH_HOPS edges), as nodes and edges to merge. A date
// window ({from, to}, either may be empty) keeps the path to meetings dated
// within it, and to affiliations attested within it (PathWhere).
export async function shortestPath(from, to, { from: after, to: before } = {}) {
  const where = {};
  if (after) where.from = after;
  if (before) where.to = before;
  const data = await gql(PATH, { from, to, maxHops: MAX_PATH_HOPS, where: Object.keys(where).length ? where : undefined });
  return data.shortestPath;
}

const MEETING_FIELDS = `id name kind date status place { id name } participants { person { id } name role country { id name } }`;

const MEETINGS_BETWEEN = `query Between($where: MeetingWhere, $first: Int) {
  meetings(where: $where, first: $first) { totalCount nodes { ${MEETING_FIELDS} } }
}`;

// meetingsBetween answers "meetings between X and officials of Y".
export async function meetingsBetween({ participant, withOfficialsOf, from, to, kind }) {
  const where = { participant, withOfficialsOf };
  if (from) where.from = from;
  if (to) where.to = to;
  if (kind) where.kind = kind;
  const data = await gql(MEETINGS_BETWEEN, { where, first: 100 });
  return data.meetings;
}

// TIMELINE_FIRST is how many items of a timeline one call reads.
export const TIMELINE_FIRST = 300;

const TIMELINE = `query Timeline($id: ID!, $kinds: [TimelineKind!], $from: Date, $to: Date, $after: String) {
  timeline(id: $id, kinds: $kinds, from: $from, to: $to, first: ${TIMELINE_FIRST}, after: $after) {
    date kind cursor
    meeting { id name kind date status firstReported }
    article { id title date }
  }
}`;

const REPORTS = `query Reports($ids: [ID!]!, $first: Int) {
  meetings(where: {ids: $ids}, first: $first) { nodes { id sources { article { id title date } } } }
}`;

// MAX_REPORTS is how many meetings' reports one call reads (meetings' first).
export const MAX_REPORTS = 100;

// meetingReports maps each of ids (meetings, at most MAX_REPORTS) to the
// first article that reported it ({id, title, date}, the earliest dated): an
// undated meeting is placed by when the news told of it.
export async function meetingReports(ids) {
  if (!ids.length) return new Map();
  const data = await gql(REPORTS, { ids: ids.slice(0, MAX_REPORTS), first: MAX_REPORTS });
  const out = new Map();
  for (const m of data.meetings.nodes) {
    const arts = m.sources.map((s) => s.article).filter(Boolean);
    arts.sort((a, b) => (a.date ? (b.date ? a.date.localeCompare(b.date) : -1) : b.date ? 1 : 0) || a.id.localeCompare(b.id));
    if (arts.length) out.set(m.id, arts[0]);
  }
  return out;
}

// TIMELINE_PAGES is how many pages of TIMELINE_FIRST items the page reads
// of one kind of a timeline at most: Joe Biden's, on the open corpus, is
// 1,748 items (192 dated meetings, 1,556 articles), six pages of mentions.
export const TIMELINE_PAGES = 10;

// timelineAll reads a node's meetings and the articles naming it, each
// kind by itself, page after page by cursor (pageTimeline): its meetings,
// undated ones too, are all read however many articles name it (undated
// meetings come last, and used to lie past a busy node's mentions). cut
// says that the mentions or the meetings did not fit in TIMELINE_PAGES.
export async function timelineAll(id, { from, to } = {}) {
  const read = (kind) => pageTimeline((after) => timeline(id, { kinds: [kind], from, to, after }), { first: TIMELINE_FIRST, maxPages: TIMELINE_PAGES });
  const [meetings, mentions] = await Promise.all([read("MEETING"), read("MENTION")]);
  return { meetings: meetings.items, mentions: mentions.items, cut: meetings.cut || mentions.cut };
}

// timeline lists what happened to a node, oldest first: the meetings it
// took part in (kind MEETING) and the articles naming it (kind MENTION),
// only those of kinds when given, after the item whose cursor is after.
export async function timeline(id, { kinds = null, from, to, after = null } = {}) {
  const data = await gql(TIMELINE, { id, kinds, from: from || null, to: to || null, after });
  return data.timeline;
}

const GRAPH_CHANGED = `subscription GraphChanged {
  graphChanged {
    nodes { id label type properties }
    edges { id source target type }
    articles
    merged { from into }
  }
}`;

// Live keeps a graphql-transport-ws connection to the graphChanged
// subscription, reconnecting with backoff. onStatus receives "connecting",
// "live" or "offline"; onChange receives each graphChanged payload.
export class Live {
  constructor({ onChange, onStatus }) {
    this.onChange = onChange;
    this.onStatus = onStatus || (() => {});
    this.delay = 1000;
    this.stopped = false;
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.ws) this.ws.close(1000);
  }

  connect() {
    const url = new URL(ENDPOINT, location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    this.onStatus("connecting");
    let ws;
    try {
      ws = new WebSocket(url, "graphql-transport-ws");
    } catch {
      this.retry();
      return;
    }
    this.ws = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: "connection_init", payload: {} }));
    ws.onmessage = (ev) => {
      let msg;
      try {
        msg = JSON.parse(ev.data);
      } catch {
        return;
      }
      switch (msg.type) {
        case "connection_ack":
          this.delay = 1000;
          ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: GRAPH_CHANGED } }));
          this.onStatus("live");
          break;
        case "ping":
          ws.send(JSON.stringify({ type: "pong" }));
          break;
        case "next":
          if (msg.payload && msg.payload.data && msg.payload.data.graphChanged) {
            this.onChange(msg.payload.data.graphChanged);
          }
          break;
        case "error":
          // The server refused the subscription (say, it does not offer one):
          // stay offline rather than retrying in a loop.
          this.stopped = true;
          this.onStatus("offline");
          ws.close(1000);
          break;
      }
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.retry();
    };
  }

  retry() {
    if (this.stopped) return;
    this.onStatus("offline");
    this.timer = setTimeout(() => this.connect(), this.delay);
    this.delay = Math.min(this.delay * 2, 30000);
  }
}
