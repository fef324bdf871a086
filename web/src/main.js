// The explorer page: wires the search, filters, query form, graph, lists,
// details panel, timeline, URL state and live updates together.
import "./style.css";
import * as api from "./api.js";
import { GraphView } from "./graphview.js";
import { combobox } from "./combo.js";
import { renderNode, renderEdge } from "./details.js";
import { renderTimeline } from "./timeline.js";
import { undatedLabel } from "./undated.js";
import { parseState, formatState, followMoved, MAX_LIMIT } from "./url.js";
import { NODE_TYPES, MEETING_KINDS, nodeStyle, shapeSVG } from "./types.js";
import { escapeHTML as h, compareDatesDesc, inRange, titleCase, truncatedNote, plural, dateWindow, SEP } from "./util.js";

const $ = (id) => document.getElementById(id);

let state = parseState(location.search);
let loadToken = 0;
let detailsToken = 0;
let timelineToken = 0;
let timelineFor = null; // an entity id whose meetings the timeline shows, or null for the view's

const view = new GraphView($("graph"), {
  onSelect: (sel) => select(sel),
  onExpand: (id) => expand(id),
});

// ---- status line ----------------------------------------------------------

// status writes the status line; retry, if given, adds a "Try again"
// button that calls it.
function status(text, kind = "", retry = null) {
  const el = $("status");
  el.textContent = text;
  el.className = `status ${kind}`;
  if (retry) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "linkish";
    b.textContent = "Try again";
    b.addEventListener("click", retry);
    el.append(" ", b);
  }
}

function isNotFound(err) {
  return err instanceof api.GraphQLError && err.errors.some((e) => e.extensions && e.extensions.code === "NOT_FOUND");
}

function errorText(err) {
  return err && err.message ? err.message : String(err);
}

// ---- URL ------------------------------------------------------------------

function writeURL(push) {
  const url = location.pathname + formatState(state);
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

window.addEventListener("popstate", () => {
  state = parseState(location.search);
  syncControls();
  loadView();
});

function where() {
  return { from: state.from, to: state.to, kinds: state.kinds, countries: state.countries };
}

// ---- controls ---------------------------------------------------------------

function buildKinds() {
  $("kinds").innerHTML = MEETING_KINDS.map(
    (k) => `<label class="check"><input type="checkbox" name="kind" value="${k}"> ${titleCase(k)}</label>`,
  ).join("");
}

function buildLegend() {
  $("legend").innerHTML = Object.keys(NODE_TYPES)
    .map((t) => `<li data-type="${t}">${shapeSVG(t)}<span>${h(NODE_TYPES[t].label)}</span></li>`)
    .join("");
}

function syncControls() {
  $("depth").value = String(state.depth);
  if (![...$("limit").options].some((o) => o.value === String(state.limit))) {
    $("limit").add(new Option(String(state.limit), String(state.limit)));
  }
  $("limit").value = String(state.limit);
  $("from").value = state.from;
  $("to").value = state.to;
  document.querySelectorAll('#kinds input[name="kind"]').forEach((c) => (c.checked = state.kinds.includes(c.value)));
  $("countries").value = state.countries.join(", ");
  $("x").value = state.x;
  $("y").value = state.y;
}

// ---- loading the view -------------------------------------------------------

async function loadView({ keepCamera = false, dropped = [] } = {}) {
  const token = ++loadToken;
  if (!state.seeds.length && !state.opened.length) {
    view.clear();
    view.refresh();
    $("empty").hidden = false;
    updateLists();
    renderDetails();
    updateTimeline();
    status("");
    return;
  }
  $("empty").hidden = true;
  status("Loading the graph…", "busy");
  $("graph").setAttribute("aria-busy", "true");
  let parts;
  try {
    // The seeds to the chosen depth, and the nodes expanded since one step
    // each: one subgraph call for each.
    parts = await Promise.all([
      state.seeds.length ? api.subgraph(state.seeds, { depth: state.depth, limit: state.limit, where: where() }) : null,
      state.opened.length ? api.subgraph(state.opened, { depth: 1, limit: state.limit, where: where() }) : null,
    ]);
  } catch (err) {
    if (token !== loadToken) return;
    // An id the graph no longer holds (a shared URL outlives ids a newer
    // extractor replaced): leave it out, and load the rest.
    const gone = isNotFound(err) ? await api.missing([...state.seeds, ...state.opened]).catch(() => []) : [];
    if (token !== loadToken) return;
    if (gone.length && gone.length < state.seeds.length + state.opened.length) {
      state.seeds = state.seeds.filter((id) => !gone.includes(id));
      state.opened = state.opened.filter((id) => !gone.includes(id));
      if (state.sel && gone.includes(state.sel.id)) state.sel = null;
      writeURL(false);
      return loadView({ keepCamera, dropped: [...dropped, ...gone] });
    }
    $("graph").setAttribute("aria-busy", "false");
    // With nothing drawn, the start's hint stays: search is the way on.
    $("empty").hidden = view.graph.order > 0;
    status(`Could not load the graph: ${errorText(err)}.`, "error", () => loadView({ keepCamera }));
    return;
  }
  if (token !== loadToken) return;
  // An id of a meeting that an ingest merged into another since the URL was
  // made answers the meeting that took it in: the URL follows it.
  const moved = Object.assign({}, ...parts.filter(Boolean).map((p) => p.moved));
  const movedFrom = Object.keys(moved);
  if (movedFrom.length) {
    state = followMoved(state, moved);
    writeURL(false);
  }
  view.clear();
  let truncated = false;
  for (const p of parts) {
    if (!p) continue;
    view.merge(p);
    truncated = truncated || p.truncated;
  }
  view.selected = state.sel;
  view.refresh();
  updateLists();
  renderDetails();
  updateTimeline();
  const n = view.graph.order;
  const notes = [`${plural(n, "node")} and ${plural(view.graph.size, "edge")}.`];
  if (truncated) notes.push(`${truncatedNote(state.limit, MAX_LIMIT)}.`);
  const filtered = state.from || state.to || state.kinds.length || state.countries.length;
  if (filtered && !view.visibleNodes().some((v) => v.type === "Meeting")) notes.push("No meeting here matches the filters.");
  if (movedFrom.length) {
    const ids = movedFrom.map((id) => `${id} → ${moved[id]}`).join(", ");
    notes.push(`${movedFrom.length === 1 ? "A meeting" : `${movedFrom.length} meetings`} of the link merged into another since: followed ${ids}.`);
  }
  if (dropped.length) notes.push(`Left out ${dropped.length === 1 ? "an id" : `${dropped.length} ids`} the graph does not hold: ${dropped.join(", ")}.`);
  status(n ? notes.join(" ") : "Nothing matches: try other filters.", truncated || dropped.length ? "warn" : "");
  labelUndated();
  await view.layout({ fit: !keepCamera });
}

// expand adds a node's neighbourhood, one step, with one subgraph call that
// names the nodes drawn (known), so that it answers only the new nodes and
// the edges that join them to the drawing.
async function expand(id) {
  status(`Expanding ${labelOf(id)}…`, "busy");
  let data;
  try {
    data = await api.subgraph([id], { depth: 1, limit: state.limit, where: where(), known: view.graph.nodes() });
  } catch (err) {
    status(`Could not expand ${labelOf(id)}: ${errorText(err)}.`, "error", () => expand(id));
    return;
  }
  $("empty").hidden = true;
  const added = view.merge(data, { anchor: id });
  if (!state.seeds.includes(id) && !state.opened.includes(id)) state.opened.push(id);
  state.sel = { kind: "node", id };
  view.selected = state.sel;
  writeURL(true);
  view.refresh();
  updateLists();
  renderDetails();
  updateTimeline();
  status(`Expanded ${labelOf(id)}: ${plural(added.length, "new node")}${data.truncated ? " (truncated)" : ""}.`, data.truncated ? "warn" : "");
  labelUndated();
  if (added.length) await view.layout();
}

function labelOf(id) {
  const n = view.node(id);
  return n ? n.label : id;
}

// ---- selection --------------------------------------------------------------

function select(sel, { center = false } = {}) {
  state.sel = sel;
  view.select(sel);
  writeURL(false);
  markCurrent();
  renderDetails();
  updateTimeline();
  if (center && sel && sel.kind === "node") view.center(sel.id);
}

function markCurrent() {
  document.querySelectorAll("[data-select][aria-current]").forEach((b) => b.removeAttribute("aria-current"));
  if (!state.sel) return;
  document
    .querySelectorAll(`[data-select="${state.sel.kind}"]`)
    .forEach((b) => b.dataset.id === state.sel.id && b.setAttribute("aria-current", "true"));
}

async function renderDetails() {
  const token = ++detailsToken;
  const panel = $("details");
  const sel = state.sel;
  if (!sel) {
    panel.innerHTML = `<h2 id="details-h">Details</h2><p class="help">Click a node or an edge, or pick one from the lists.</p>`;
    return;
  }
  panel.setAttribute("aria-busy", "true");
  // A slow answer: the last selection's details must not pass for this
  // one's, so after a moment they are dimmed under a loading line.
  const slow = setTimeout(() => {
    if (token !== detailsToken) return;
    panel.classList.add("stale");
    if (!panel.querySelector(".loading")) panel.querySelector("h2").insertAdjacentHTML("afterend", `<p class="loading help">Loading the details…</p>`);
  }, 250);
  try {
    let html;
    if (sel.kind === "node") {
      const n = await api.nodeDetails(sel.id);
      if (token !== detailsToken) return;
      html = n ? renderNode(n, view) : `<p class="help">No node has the id <code>${h(sel.id)}</code>.</p>`;
    } else {
      // The graph holds edges bare: their role and evidence are read now.
      const e = view.edge(sel.id) ? await api.edgeDetails(sel.id) : null;
      if (token !== detailsToken) return;
      html = e ? renderEdge(e, view) : `<p class="help">That relation is not in the graph.</p>`;
    }
    panel.innerHTML = `<h2 id="details-h">Details</h2>${html}`;
  } catch (err) {
    if (token !== detailsToken) return;
    panel.innerHTML = `<h2 id="details-h">Details</h2><p class="error">Could not load the details: ${h(errorText(err))}. <button type="button" class="linkish" data-retry="details">Try again</button></p>`;
  } finally {
    clearTimeout(slow);
    if (token === detailsToken) {
      panel.setAttribute("aria-busy", "false");
      panel.classList.remove("stale");
    }
  }
}

// ---- lists ------------------------------------------------------------------

const LIST_ORDER = ["Person", "Country", "Organization", "Place", "Issue", "Article"];

function updateLists() {
  const nodes = view.visibleNodes();
  const meetings = nodes.filter((n) => n.type === "Meeting");
  meetings.sort((a, b) => compareDatesDesc(a.properties.date, b.properties.date) || a.label.localeCompare(b.label));
  $("meetings-count").textContent = `(${meetings.length})`;
  $("meetings-list").innerHTML = meetings.length
    ? meetings
        .map((m) => {
          const p = m.properties || {};
          const meta = [p.kind && titleCase(p.kind), p.status === "PLANNED" || p.status === "planned" ? "planned" : ""].filter(Boolean).join(" · ");
          return `<li><button type="button" class="item" data-select="node" data-id="${h(m.id)}">${shapeSVG("Meeting")}<span class="name">${h(m.label)}</span>${meta ? `${SEP}<span class="meta">${h(meta)}</span>` : ""}</button></li>`;
        })
        .join("")
    : `<li class="help">None.</li>`;

  const groups = new Map();
  for (const n of nodes) {
    if (n.type === "Meeting") continue;
    if (!groups.has(n.type)) groups.set(n.type, []);
    groups.get(n.type).push(n);
  }
  const types = [...groups.keys()].sort((a, b) => (LIST_ORDER.indexOf(a) + 1 || 99) - (LIST_ORDER.indexOf(b) + 1 || 99));
  $("nodes-count").textContent = `(${nodes.length})`;
  $("nodes-list").innerHTML = types.length
    ? types
        .map((t) => {
          const list = groups.get(t).sort((a, b) => a.label.localeCompare(b.label));
          const open = list.length <= 40 ? " open" : "";
          return `<details class="group"${open}><summary>${shapeSVG(t)} ${h(nodeStyle(t).label === "Other" ? t : nodeStyle(t).label)} <span class="count">(${list.length})</span></summary>
<ul class="item-list">${list.map((n) => `<li><button type="button" class="item" data-select="node" data-id="${h(n.id)}"><span class="name">${h(n.label)}</span></button></li>`).join("")}</ul></details>`;
        })
        .join("")
    : `<p class="help">None.</p>`;

  $("country-options").innerHTML = nodes
    .filter((n) => n.type === "Country")
    .map((n) => `<option value="${h(n.properties.code || n.label)}">${h(n.label)}</option>`)
    .join("");

  const edges = view.graph.size;
  const named = state.seeds.slice(0, 3).map(labelOf).join(", ");
  $("graph").setAttribute(
    "aria-label",
    nodes.length
      ? `Network of ${nodes.length} nodes and ${edges} edges around ${named}${state.seeds.length > 3 ? " and others" : ""}. The same nodes are listed in “Meetings in view” and “Nodes in view”.`
      : "The graph is empty. Search for an entity to begin.",
  );
  const present = new Set(nodes.map((n) => n.type));
  document.querySelectorAll("#legend li").forEach((li) => li.classList.toggle("absent", present.size > 0 && !present.has(li.dataset.type)));
  markCurrent();
}

// ---- timeline ---------------------------------------------------------------

function meetingsInView() {
  return view
    .visibleNodes()
    .filter((n) => n.type === "Meeting")
    .map((n) => ({ id: n.id, name: n.properties.name || n.label, date: n.properties.date || null, kind: n.properties.kind, status: String(n.properties.status || "").toUpperCase() }));
}

async function updateTimeline() {
  const token = ++timelineToken;
  const sel = state.sel;
  const entity = sel && sel.kind === "node" && view.node(sel.id) && view.node(sel.id).type !== "Meeting" ? sel.id : timelineFor;
  const heading = $("timeline-h");
  let meetings;
  let mentions = [];
  let cut = false;
  let reports = new Map();
  if (entity) {
    heading.textContent = `Timeline of ${labelOf(entity)}`;
    try {
      const read = await api.timelineAll(entity, { from: state.from, to: state.to });
      cut = read.cut;
      meetings = read.meetings.filter((i) => i.meeting).map((i) => i.meeting);
      mentions = read.mentions.filter((i) => i.article).map((i) => ({ ...i.article, date: i.date || i.article.date }));
      // An undated meeting is told by when it was first reported, which
      // the timeline gave (the titles come from reportsOf, below).
      for (const m of meetings) if (!m.date && m.firstReported) reports.set(m.id, { date: m.firstReported });
    } catch (err) {
      if (token !== timelineToken) return;
      heading.textContent = `Timeline of ${labelOf(entity)}`;
      $("timeline").innerHTML = `<p class="error">Could not load the timeline: ${h(errorText(err))}</p>`;
      return;
    }
  } else {
    meetings = meetingsInView();
    heading.textContent = `Timeline of the meetings in view`;
  }
  if (token !== timelineToken) return;
  // The news gave some meetings no date: each is told by the article that
  // first reported it, read in one call (left out if that call fails).
  const undated = meetings.filter((m) => !m.date).map((m) => m.id);
  if (undated.length) {
    try {
      reports = new Map([...reports, ...(await reportsOf(undated))]);
    } catch {
      // The list shows them without their reports.
    }
    if (token !== timelineToken) return;
  }
  heading.textContent += ` (${meetings.length} meeting${meetings.length === 1 ? "" : "s"}${mentions.length ? `, ${mentions.length} article${mentions.length === 1 ? "" : "s"} naming it` : ""}${cut ? `; the first ${api.TIMELINE_FIRST * api.TIMELINE_PAGES} of each, oldest first: narrow the dates in the filters for later ones` : ""})`;
  renderTimeline($("timeline"), {
    meetings,
    mentions,
    reports,
    key: entity || "view",
    onArticle: (id) => select({ kind: "node", id }),
    selected: sel && sel.kind === "node" ? sel.id : null,
    onSelect: (id) => (view.node(id) ? select({ kind: "node", id }, { center: true }) : addAndSelect(id)),
  });
}

async function addAndSelect(id) {
  await expand(id);
  select({ kind: "node", id }, { center: true });
}

// ---- undated meetings ---------------------------------------------------------

// reported caches each undated meeting's first report ({id, title, date}, or
// null when it has none), read by id in batches of api.MAX_REPORTS.
const reported = new Map();

async function reportsOf(ids) {
  const want = [...new Set(ids)].filter((id) => !reported.has(id));
  const batches = [];
  for (let i = 0; i < want.length; i += api.MAX_REPORTS) batches.push(want.slice(i, i + api.MAX_REPORTS));
  const got = new Map((await Promise.all(batches.map((b) => api.meetingReports(b)))).flatMap((m) => [...m]));
  for (const id of want) reported.set(id, got.get(id) || null);
  return new Map(ids.filter((id) => reported.get(id)).map((id) => [id, reported.get(id)]));
}

// labelUndated names each undated meeting drawn by its first report (an
// undated meeting's label holds only its people and kind, so one pair's
// undated calls would all look alike on the canvas, in the lists and in the
// details' relations). A merge puts back the API's label, so each merge
// calls this again; the reports are cached.
async function labelUndated() {
  const undated = view.visibleNodes().filter((n) => n.type === "Meeting" && !n.properties.date);
  if (!undated.length) return;
  let reports;
  try {
    reports = await reportsOf(undated.map((n) => n.id));
  } catch {
    return; // the labels stay as the API gave them
  }
  let changed = false;
  for (const n of undated) {
    if (!view.graph.hasNode(n.id)) continue;
    const label = undatedLabel(n.properties.name || n.label, reports.get(n.id));
    if (label !== view.graph.getNodeAttribute(n.id, "label")) {
      view.graph.setNodeAttribute(n.id, "label", label);
      changed = true;
    }
  }
  if (!changed) return;
  view.refresh();
  updateLists();
  if (state.sel) renderDetails();
}

// ---- live updates -----------------------------------------------------------

// applyLive merges what an ingest added around the view: walking the new
// edges from the nodes on screen, it takes the new nodes it meets (not
// articles: they stay evidence) and, as leaves, the nodes that existed
// before but were not shown, which it fetches with one subgraph call.
async function applyLive(change) {
  // A meeting the ingest merged into another is gone (graphChanged's
  // merged): drop it, and seed the walk below from the meeting that took it
  // in, so that it is drawn where the old one stood.
  const merged = (change.merged || []).filter((m) => view.graph.hasNode(m.from));
  const intos = new Set();
  for (const m of merged) {
    view.graph.dropNode(m.from);
    state.seeds = state.seeds.map((id) => (id === m.from ? m.into : id));
    state.opened = state.opened.filter((id) => id !== m.from);
    if (state.sel && state.sel.id === m.from) state.sel = { kind: "node", id: m.into };
    intos.add(m.into);
  }
  const nodes = change.nodes || [];
  const edges = (change.edges || []).filter((e) => e.type !== "MENTIONS" && e.type !== "REPORTS");
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const admitted = (n) => {
    if (n.type === "Article") return false;
    if (n.type !== "Meeting") return true;
    const p = n.properties || {};
    return inRange(p.date, state.from, state.to) && (!state.kinds.length || state.kinds.includes(String(p.kind || "").toUpperCase()));
  };
  const shown = new Set(view.graph.nodes());
  const take = new Set(); // new nodes to add
  const leaves = new Set(); // older nodes to fetch
  let frontier = [...shown];
  const seen = new Set(frontier);
  while (frontier.length) {
    const next = [];
    const at = new Set(frontier);
    for (const e of edges) {
      for (const [a, b] of [
        [e.source, e.target],
        [e.target, e.source],
      ]) {
        if (!at.has(a) || seen.has(b)) continue;
        seen.add(b);
        if (byId.has(b)) {
          if (admitted(byId.get(b))) {
            take.add(b);
            next.push(b);
          }
        } else if (!shown.has(b) && take.has(a)) {
          leaves.add(b);
        }
      }
    }
    frontier = next;
  }
  // A meeting that took one in but is not new (or not reached) is fetched
  // with its edges to what is shown.
  for (const id of intos) if (!take.has(id) && !view.graph.hasNode(id)) leaves.add(id);
  let fetched = [];
  let fetchedEdges = [];
  if (intos.size) {
    try {
      const around = await api.subgraph([...intos], { depth: 1, limit: state.limit });
      const keep = new Set([...view.graph.nodes(), ...intos, ...take]);
      fetched = around.nodes.filter((n) => intos.has(n.id) && !take.has(n.id));
      fetchedEdges = around.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
      for (const id of intos) leaves.delete(id);
    } catch {
      // The next load draws it.
    }
  }
  if (leaves.size) {
    try {
      fetched = fetched.concat((await api.subgraph([...leaves], { depth: 0, limit: leaves.size })).nodes.filter((n) => leaves.has(n.id)));
    } catch {
      // Leave them out; the edges to them wait for the next load.
    }
  }
  const updated = nodes.filter((n) => view.graph.hasNode(n.id));
  const added = view.merge({ nodes: [...updated, ...nodes.filter((n) => take.has(n.id)), ...fetched], edges: [...edges, ...fetchedEdges] });
  if (merged.length) {
    writeURL(false);
    updateLists();
    updateTimeline();
    const gone = merged.length === 1 ? "a meeting" : `${merged.length} meetings`;
    if (!added.length) status(`Live: ${gone} merged into ${merged.length === 1 ? "another" : "others"} told by a new article.`, "live");
  }
  const articles = (change.articles || []).length;
  labelUndated();
  if (added.length) {
    view.markFresh(added);
    updateLists();
    updateTimeline();
    view.layout();
    const names = added.map(labelOf);
    status(`Live: ${added.length} new node${added.length === 1 ? "" : "s"} from ${articles || "an"} ingested article${articles === 1 ? "" : "s"}: ${names.slice(0, 4).join(", ")}${names.length > 4 ? ", …" : "."}`, "live");
  } else if (articles) {
    status(`Live: ${articles} article${articles === 1 ? "" : "s"} ingested; nothing new around this view.`);
  }
  if (state.sel && (byId.has(state.sel.id) || intos.has(state.sel.id) || (change.edges || []).some((e) => e.source === state.sel.id || e.target === state.sel.id))) renderDetails();
}

const live = new api.Live({
  onChange: applyLive,
  onStatus: (s) => {
    const el = $("live");
    el.dataset.state = s;
    el.querySelector(".text").textContent = s === "live" ? "Live updates: on" : s === "connecting" ? "Live updates: connecting" : "Live updates: off";
  },
});

// ---- wiring -----------------------------------------------------------------

function pickSeed(item) {
  state.seeds = [item.id];
  state.opened = [];
  state.sel = { kind: "node", id: item.id };
  timelineFor = null;
  writeURL(true);
  loadView();
}

function init() {
  buildKinds();
  buildLegend();
  syncControls();

  combobox({
    input: $("search"),
    list: $("search-list"),
    fetchItems: (text, signal) => api.search(text, { first: 8, signal }),
    onPick: pickSeed,
    enterPicksFirst: true,
  });
  combobox({
    input: $("x"),
    list: $("x-list"),
    fetchItems: (text, signal) => api.search(text, { types: ["PERSON"], first: 8, signal }),
    onPick: () => {},
  });
  combobox({
    input: $("y"),
    list: $("y-list"),
    fetchItems: (text, signal) => api.search(text, { types: ["COUNTRY", "ORGANIZATION"], first: 8, signal }),
    onPick: () => {},
  });

  $("depth").addEventListener("change", () => {
    state.depth = Number($("depth").value);
    writeURL(true);
    loadView({ keepCamera: false });
  });
  $("limit").addEventListener("change", () => {
    state.limit = Number($("limit").value);
    writeURL(true);
    loadView();
  });

  $("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    if (!$("filters").reportValidity()) return;
    state.from = $("from").value.trim();
    state.to = $("to").value.trim();
    state.kinds = [...document.querySelectorAll('#kinds input[name="kind"]:checked')].map((c) => c.value);
    state.countries = $("countries")
      .value.split(",")
      .map((c) => c.trim())
      .filter(Boolean);
    writeURL(true);
    loadView();
  });
  $("clear-filters").addEventListener("click", () => {
    Object.assign(state, { from: "", to: "", kinds: [], countries: [] });
    syncControls();
    writeURL(true);
    loadView();
  });

  $("between").addEventListener("submit", async (e) => {
    e.preventDefault();
    const x = $("x").value.trim();
    const y = $("y").value.trim();
    if (!x || !y) return;
    await runBetween(x, y, true);
  });

  for (const id of ["pa", "pb"]) {
    combobox({
      input: $(id),
      list: $(`${id}-list`),
      fetchItems: (text, signal) => api.search(text, { first: 8, signal }),
      onPick: (item) => ($(id).dataset.id = item.id),
    });
    $(id).addEventListener("input", () => delete $(id).dataset.id);
  }
  $("path").addEventListener("submit", async (e) => {
    e.preventDefault();
    await runPath($("pa"), $("pb"));
  });

  $("zoom-in").addEventListener("click", () => view.zoom(1 / 1.5));
  $("zoom-out").addEventListener("click", () => view.zoom(1.5));
  $("fit").addEventListener("click", () => view.fit());
  $("relayout").addEventListener("click", () => view.layout());
  // The graph's tools are a toolbar: one tab stop, the arrow keys, Home and
  // End move between its buttons (as a screen reader that says "toolbar"
  // leads its user to expect).
  const tools = [...document.querySelectorAll(".graph-tools button")];
  const roveTools = (b) => tools.forEach((t) => (t.tabIndex = t === b ? 0 : -1));
  roveTools(tools[0]);
  document.querySelector(".graph-tools").addEventListener("keydown", (e) => {
    const i = tools.indexOf(document.activeElement);
    const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: tools.length - 1 }[e.key];
    if (i < 0 || to === undefined) return;
    e.preventDefault();
    const next = tools[(to + tools.length) % tools.length];
    roveTools(next);
    next.focus();
  });

  document.addEventListener("click", (e) => {
    const t = e.target.closest("button, [data-example]");
    if (!t) return;
    if (t.dataset.retry === "details") renderDetails();
    else if (t.dataset.copy !== undefined) copy(t);
    else if (t.dataset.select) select({ kind: t.dataset.select, id: t.dataset.id }, { center: true });
    else if (t.dataset.add) addAndSelect(t.dataset.id);
    else if (t.dataset.article) select({ kind: "node", id: t.dataset.article });
    else if (t.dataset.expand) expand(t.dataset.expand);
    else if (t.dataset.only) {
      state.seeds = [t.dataset.only];
      state.opened = [];
      state.sel = { kind: "node", id: t.dataset.only };
      writeURL(true);
      loadView();
    } else if (t.dataset.timeline) {
      timelineFor = t.dataset.timeline;
      updateTimeline();
      $("timeline-h").scrollIntoView({ block: "nearest" });
    } else if (t.dataset.example) pickSeed({ id: t.dataset.example });
  });

  document.addEventListener("keydown", (e) => {
    if (e.key === "/" && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)) {
      e.preventDefault();
      $("search").focus();
    } else if (e.key === "Escape" && state.sel && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)) {
      select(null);
    }
  });

  let resizeTimer;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(updateTimeline, 150);
  });

  // A read-only hook for the end-to-end test, to click nodes on the canvas
  // and read what is drawn.
  window.__explorer = { position: (id) => view.viewportPosition(id), nodes: () => view.graph.nodes(), size: (id) => view.graph.getNodeAttribute(id, "size") };

  live.start();
  loadView();
  if (state.x && state.y) runBetween(state.x, state.y, false);
}

// copy puts a button's data-copy (an evidence sentence and its source) on
// the clipboard, and says so on the button; where the clipboard is refused,
// it selects the sentence and its source instead, for Ctrl+C.
async function copy(button) {
  const label = button.firstChild;
  try {
    await navigator.clipboard.writeText(button.dataset.copy);
    label.textContent = "copied";
  } catch {
    const range = document.createRange();
    range.selectNodeContents(button.closest("li"));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    label.textContent = "selected: press Ctrl+C";
  }
  setTimeout(() => (label.textContent = "copy"), 2500);
}

// runBetween answers "meetings between X and officials of Y" and shows them.
async function runBetween(x, y, navigate) {
  const out = $("between-result");
  out.textContent = "Searching…";
  let res;
  try {
    res = await api.meetingsBetween({ participant: x, withOfficialsOf: y, from: state.from, to: state.to, kind: state.kinds.length === 1 ? state.kinds[0] : undefined });
  } catch (err) {
    out.textContent = `Could not run the query: ${errorText(err)}`;
    return;
  }
  const n = res.totalCount;
  out.textContent = n ? `${n} meeting${n === 1 ? "" : "s"} between ${x} and officials of ${y}${res.nodes.length < n ? ` (showing ${res.nodes.length})` : ""}.` : `No meetings between ${x} and officials of ${y}.`;
  if (!navigate || !n) return;
  state.x = x;
  state.y = y;
  // The meetings themselves, each with its participants, place and issues.
  state.seeds = res.nodes.map((m) => m.id);
  state.opened = [];
  state.depth = 0;
  state.sel = null;
  syncControls();
  timelineFor = null;
  writeURL(true);
  loadView();
}

// pathEnd is the node id a path form's input names: the result picked
// from its list, else the best search result for its text.
async function pathEnd(input) {
  if (input.dataset.id) return { id: input.dataset.id, name: input.value.trim() };
  const text = input.value.trim();
  const [best] = text ? await api.search(text, { first: 1 }) : [];
  return best ? { id: best.id, name: best.name } : null;
}

// runPath finds the shortest path between the form's two nodes, adds it to
// the graph and lists it, each node a button that selects it. With a date
// window in the filters, the path keeps to it (PathWhere: meetings dated
// within it, affiliations attested within it), and the answer says so.
async function runPath(fromInput, toInput) {
  const out = $("path-result");
  out.textContent = "Searching…";
  const span = dateWindow(state.from, state.to);
  const within = span ? ` within the dates ${span}` : "";
  let a, b, path;
  try {
    [a, b] = await Promise.all([pathEnd(fromInput), pathEnd(toInput)]);
    if (!a || !b) {
      out.textContent = `Nothing is named “${(!a ? fromInput : toInput).value.trim()}”.`;
      return;
    }
    path = await api.shortestPath(a.id, b.id, { from: state.from, to: state.to });
  } catch (err) {
    out.textContent = `Could not find a path: ${errorText(err)}`;
    return;
  }
  if (!path) {
    out.textContent = `No path of at most ${api.MAX_PATH_HOPS} steps between ${a.name} and ${b.name}${within}.${span ? " Clear the dates in the filters to search all of them." : ""}`;
    return;
  }
  $("empty").hidden = true;
  const added = view.merge(path, { anchor: view.node(a.id) ? a.id : undefined });
  view.markFresh(path.nodes.map((n) => n.id));
  updateLists();
  const steps = path.nodes
    .map((n) => {
      const date = n.type === "Meeting" && n.properties && n.properties.date;
      return `<li><button type="button" class="item" data-select="node" data-id="${h(n.id)}">${shapeSVG(n.type)}<span class="name">${h(n.label)}</span>${date && !n.label.includes(date) ? `${SEP}<span class="meta">${h(date)}</span>` : ""}</button></li>`;
    })
    .join("");
  const length = `${path.length} step${path.length === 1 ? "" : "s"}`;
  out.innerHTML = `<p>A path of ${length}${h(within)}:</p><ol class="item-list">${steps}</ol>`;
  status(`Path from ${a.name} to ${b.name}${within}: ${length}, ${added.length} new node${added.length === 1 ? "" : "s"}.`);
  labelUndated();
  if (added.length) await view.layout();
}

init();
