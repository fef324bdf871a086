// The view's state lives in the query string, so a URL shares a view:
//   /explore?seed=person:xi-jinping&depth=1&open=meeting:…&limit=200&from=2022
//           &to=2023&kind=MEETING&kind=SUMMIT&country=US&sel=node:meeting:…
//           &x=Xi+Jinping&y=US
// seed (shown to depth), open (nodes expanded since, one step each), kind and
// country repeat; sel is "node:<id>" or "edge:<id>"; x and y fill the
// "meetings between" form.

export const DEFAULTS = { depth: 1, limit: 200 };

// MAX_LIMIT is the largest "Max nodes" (limit) a URL may ask for.
export const MAX_LIMIT = 1000;

export function emptyState() {
  return { seeds: [], opened: [], depth: DEFAULTS.depth, limit: DEFAULTS.limit, from: "", to: "", kinds: [], countries: [], sel: null, x: "", y: "" };
}

export function parseState(search) {
  const q = new URLSearchParams(search);
  const s = emptyState();
  s.seeds = unique(q.getAll("seed").filter(Boolean));
  s.opened = unique(q.getAll("open").filter((id) => id && !s.seeds.includes(id)));
  const depth = q.get("depth");
  if (/^[0-3]$/.test(depth || "")) s.depth = Number(depth);
  const limit = Number(q.get("limit"));
  if (Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT) s.limit = limit;
  s.from = date(q.get("from"));
  s.to = date(q.get("to"));
  s.kinds = unique(q.getAll("kind").map((k) => k.toUpperCase()).filter((k) => /^[A-Z_]+$/.test(k)));
  s.countries = unique(q.getAll("country").map((c) => c.trim()).filter(Boolean));
  const sel = q.get("sel") || "";
  const m = /^(node|edge):(.+)$/.exec(sel);
  if (m) s.sel = { kind: m[1], id: m[2] };
  s.x = q.get("x") || "";
  s.y = q.get("y") || "";
  return s;
}

export function formatState(s) {
  const q = new URLSearchParams();
  s.seeds.forEach((id) => q.append("seed", id));
  if (s.depth !== DEFAULTS.depth) q.set("depth", String(s.depth));
  s.opened.forEach((id) => q.append("open", id));
  if (s.limit !== DEFAULTS.limit) q.set("limit", String(s.limit));
  if (s.from) q.set("from", s.from);
  if (s.to) q.set("to", s.to);
  s.kinds.forEach((k) => q.append("kind", k));
  s.countries.forEach((c) => q.append("country", c));
  if (s.sel) q.set("sel", `${s.sel.kind}:${s.sel.id}`);
  if (s.x) q.set("x", s.x);
  if (s.y) q.set("y", s.y);
  const str = q.toString();
  return str ? `?${str}` : "";
}

function date(v) {
  return v && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? v : "";
}

function unique(a) {
  return [...new Set(a)];
}

// followMoved is state with the ids of moved (an old id -> the id that
// answers it now: a meeting an ingest merged into another, from the API's
// extensions.movedIds) replaced, in its seeds, the nodes it opened and its
// selection (a node, or an edge by either end), each id once.
export function followMoved(state, moved) {
  const to = (id) => (Object.hasOwn(moved, id) ? moved[id] : id);
  const s = { ...state };
  s.seeds = unique(state.seeds.map(to));
  s.opened = unique(state.opened.map(to)).filter((id) => !s.seeds.includes(id));
  if (state.sel && state.sel.kind === "node") s.sel = { kind: "node", id: to(state.sel.id) };
  if (state.sel && state.sel.kind === "edge") {
    const parts = state.sel.id.split("|");
    if (parts.length >= 3) {
      parts[0] = to(parts[0]);
      parts[2] = to(parts[2]);
    }
    s.sel = { kind: "edge", id: parts.join("|") };
  }
  return s;
}
