export function escapeHTML(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

// dateRange turns a date at its own precision ("2023", "2023-06",
// "2023-06-19") into [start, end) in milliseconds, or null.
export function dateRange(d) {
  if (!d) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const s = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
    return [s, s + 86400000];
  }
  if (m[2]) return [Date.UTC(y, Number(m[2]) - 1, 1), Date.UTC(y, Number(m[2]), 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

// compareDates orders dates newest first, undated last.
export function compareDatesDesc(a, b) {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? 1 : a > b ? -1 : 0;
}

// inRange says whether date d is within [from, to] as the API says it
// (schema.DateInRange): a month or a year is placed at its first day, and
// each bound spans its own precision. So from "2023-06" leaves "2023" out,
// as the API does; comparing prefixes had kept it, and a live update drew
// a meeting that the same view's subgraph call had left out.
export function inRange(d, from, to) {
  if (!from && !to) return true;
  if (!d) return false;
  if (from && firstDay(d) < firstDay(from)) return false;
  if (to && d.slice(0, to.length) > to.slice(0, d.length)) return false;
  return true;
}

// firstDay is the first day of a date of any precision, as YYYY-MM-DD.
function firstDay(d) {
  return d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d;
}

export function titleCase(s) {
  const t = String(s || "");
  return t.charAt(0).toUpperCase() + t.slice(1).toLowerCase();
}

// safeURL keeps http and https links only (article URLs come from ingested
// data); anything else gives "".
export function safeURL(u) {
  try {
    const url = new URL(String(u || ""));
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "";
  } catch {
    return "";
  }
}

// nodeSize is the drawn size of a node of type with degree edges in the
// whole graph (GraphNode.degree), in a graph of order nodes: it grows with
// the logarithm of the degree, as degrees run from 1 to tens of thousands
// (a country's officials and mentions), up to a cap; nodes are smaller in a
// large graph, so that 2,000 of them stay apart.
export function nodeSize(type, degree, order) {
  const scale = order > 1000 ? 0.55 : order > 300 ? 0.75 : 1;
  const base = type === "Meeting" ? 5 : 4;
  return scale * Math.min(22, base + 2.5 * Math.log2(1 + Math.max(0, degree || 0)));
}

// citation is an evidence sentence with its source, as the details panel's
// "copy" button puts it on the clipboard, so that a quote pasted elsewhere
// can be traced back: “sentence” — title (publisher, date), then the
// original's URL, or else the article's id in the graph.
export function citation(s) {
  const a = (s && s.article) || {};
  const meta = [a.source, a.date].filter(Boolean).join(", ");
  const src = `${a.title || a.id || "an article"}${meta ? ` (${meta})` : ""}`;
  const where = safeURL(a.url) || (a.id ? `article ${a.id}` : "");
  return `${s && s.sentence ? `“${s.sentence}” — ` : ""}${src}${where ? `. ${where}` : ""}`;
}

// truncatedNote says what to do when the view was cut at limit nodes: at the
// largest "Max nodes" (max), raising it is no way out.
export function truncatedNote(limit, max) {
  return limit < max
    ? `Truncated at ${limit} nodes: raise “Max nodes”, lower the depth or narrow the filters`
    : `Truncated at ${limit} nodes, the most the explorer draws: lower the depth or narrow the filters`;
}

// plural is "1 node", "2 nodes".
export function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// dateWindow says in words the date window from..to (either may be empty),
// as the page names it beside an answer that keeps to it: "2023",
// "2022-01 to 2022-06", "from 2023", "up to 2022"; "" without one.
export function dateWindow(from, to) {
  if (from && to) return from === to ? from : `${from} to ${to}`;
  if (from) return `from ${from}`;
  if (to) return `up to ${to}`;
  return "";
}

// distinctAliases drops the aliases that repeat the name or an earlier alias
// but for case ("BLINKEN" beside "Blinken", as articles' headlines spell
// them), keeping the first spelling.
export function distinctAliases(name, aliases) {
  const seen = new Set([String(name || "").toLowerCase()]);
  const out = [];
  for (const a of aliases || []) {
    const k = a.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

// termsText says when the official lists hold a person in an office
// (Affiliation.terms: {start, end}, end null while in office): "in office
// since 2021-01-26", "in office 2021-01-20 – 2025-01-20"; "" without terms.
export function termsText(terms) {
  if (!terms || !terms.length) return "";
  return `in office ${terms.map((t) => (t.end ? `${t.start} – ${t.end}` : `since ${t.start}`)).join(", ")}`;
}

// SEP goes between a list item's name and its meta (kind, date, role): the
// two are drawn apart, and a screen reader reads "…, 2022-07-28, Call"
// rather than "2022-07-28Call".
export const SEP = `<span class="visually-hidden">, </span>`;
