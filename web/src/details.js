// The details panel: what the API knows about the selected node or edge,
// with the evidence sentences and links to the source articles.
import { escapeHTML as h, safeURL, titleCase, citation, distinctAliases, termsText, SEP } from "./util.js";
import { nodeStyle, relationStyle, shapeSVG } from "./types.js";

// A link to a node: selects it when it is in the graph, else adds it.
function ref(id, name, type, inGraph) {
  if (!id) return h(name);
  const action = inGraph(id) ? "select" : "add";
  const hint = action === "add" ? ' title="Not in the graph yet: add it"' : "";
  return `<button type="button" class="ref" data-${action}="node" data-id="${h(id)}"${hint}>${type ? shapeSVG(type, 12) : ""}${h(name)}${action === "add" ? '<span class="visually-hidden"> (add to the graph)</span>' : ""}</button>`;
}

// articleLink names a source article: its title links to the original when
// the article has a URL, and "article" opens what the graph holds about it.
function articleLink(a) {
  if (!a) return "";
  const title = a.title || a.id;
  const meta = [a.source, a.date].filter(Boolean).map(h).join(", ");
  const url = safeURL(a.url);
  const t = url
    ? `<a href="${h(url)}" target="_blank" rel="noopener noreferrer">${h(title)}<span class="visually-hidden"> (source article, opens in a new tab)</span></a>`
    : `<span class="title">${h(title)}</span>`;
  const open = `<button type="button" class="ref small" data-article="${h(a.id)}" aria-label="Open the article ${h(title)} in this panel">article</button>`;
  return `<cite>${t}${meta ? ` <span class="meta">${meta}</span>` : ""} ${open}</cite>`;
}

// copyButton puts the sentence and its source on the clipboard (citation).
function copyButton(s) {
  return `<button type="button" class="ref small copy" data-copy="${h(citation(s))}">copy<span class="visually-hidden"> the sentence and its source</span></button>`;
}

export function evidenceList(sources) {
  if (!sources || !sources.length) return `<p class="help">No evidence recorded.</p>`;
  return `<ul class="evidence">${sources
    .map(
      (s) =>
        `<li>${s.sentence ? `<blockquote>${h(s.sentence)}</blockquote>` : `<p class="help">The article gave no sentence.</p>`}${articleLink(s.article)} ${copyButton(s)}</li>`,
    )
    .join("")}</ul>`;
}

function dl(pairs) {
  const rows = pairs.filter(([, v]) => v !== undefined && v !== null && v !== "");
  if (!rows.length) return "";
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

function aliases(a) {
  return a && a.length ? a.map(h).join(", ") : "";
}

function header(type, name, id) {
  const style = nodeStyle(type);
  return `<p class="kind">${shapeSVG(type)}<span>${h(style.label === "Other" ? type : style.label)}</span></p>
<h3 id="details-title">${h(name)}</h3>
<p class="id"><code>${h(id)}</code></p>`;
}

function actions(id, type) {
  const timeline = type !== "Meeting" ? `<button type="button" data-timeline="${h(id)}">Timeline of its meetings</button>` : "";
  return `<div class="buttons actions">
  <button type="button" data-expand="${h(id)}">Expand neighbours</button>
  <button type="button" class="secondary" data-only="${h(id)}">Show only this</button>
  ${timeline}
</div>`;
}

function relations(id, view) {
  const edges = view.edgesOf(id);
  if (!edges.length) return "";
  const items = edges
    .map((e) => {
      const out = e.source === id;
      const other = view.node(out ? e.target : e.source);
      const rel = relationStyle(e.type).label;
      // An affiliation's id ends with its role (from|TYPE|to|role): a
      // person with two roles in one country has two edges to tell apart.
      const role = e.type === "AFFILIATED_WITH" ? e.id.split("|")[3] : "";
      const text = (out ? `${rel} → ${other ? other.label : "?"}` : `← ${rel} · ${other ? other.label : "?"}`) + (role ? ` (${role})` : "");
      return { e, text };
    })
    .sort((a, b) => a.text.localeCompare(b.text));
  return `<section aria-labelledby="rel-h"><h4 id="rel-h">Relations in view (${items.length})</h4>
<ul class="item-list compact">${items
    .map(({ e, text }) => `<li><button type="button" class="item" data-select="edge" data-id="${h(e.id)}">${h(text)}</button></li>`)
    .join("")}</ul></section>`;
}

function personBody(n, inGraph) {
  const affs = n.affiliations || [];
  const roles = affs.length
    ? `<ol class="roles">${affs
        .map(
          (a) => `<li>
  <p class="role"><strong>${h(a.role || "Official")}</strong>, ${ref(a.organization.id, a.organization.name, a.organization.__typename, inGraph)}</p>
  <p class="span">${a.since || a.until ? `in the news ${h(a.since || "?")} – ${h(a.until || "?")}` : "dates not attested"}</p>
  ${termsText(a.terms) ? `<p class="span">${h(termsText(a.terms))} <span class="help">(official lists)</span></p>` : ""}
  <details><summary>Evidence (${a.evidence.length})</summary>${evidenceList(a.evidence)}</details>
</li>`,
        )
        .join("")}</ol>`
    : `<p class="help">No roles recorded.</p>`;
  return `${dl([["Also called", aliases(distinctAliases(n.name, n.aliases))]])}
<section aria-labelledby="roles-h"><h4 id="roles-h">Roles over time</h4>${roles}</section>`;
}

function meetingBody(n, inGraph) {
  const parts = n.participants.length
    ? `<ul class="participants">${n.participants
        .map(
          (p) =>
            `<li>${ref(p.person && p.person.id, p.name, "Person", inGraph)}${p.role || p.country ? `${SEP}<span class="meta">${h(p.role || "")}${p.role && p.country ? ", " : ""}${p.country ? h(p.country.name) : ""}</span>` : ""}</li>`,
        )
        .join("")}</ul>`
    : `<p class="help">None recorded.</p>`;
  const issues = n.issues.length ? n.issues.map((i) => ref(i.id, i.name, "Issue", inGraph)).join(" ") : "";
  return `${dl([
    ["Date", n.date ? `<time datetime="${h(n.date)}">${h(n.date)}</time>` : "not given"],
    ["Kind", h(titleCase(n.kind))],
    ["Status", h(titleCase(n.status))],
    ["Place", n.place ? ref(n.place.id, n.place.name, "Place", inGraph) + (n.place.country ? `, ${h(n.place.country.name)}` : "") : "not given"],
    ["Issues", issues],
  ])}
<section aria-labelledby="parts-h"><h4 id="parts-h">Participants</h4>${parts}</section>
<section aria-labelledby="src-h"><h4 id="src-h">Evidence (${n.sources.length})</h4>${evidenceList(n.sources)}</section>`;
}

function otherBody(n, inGraph) {
  switch (n.__typename) {
    case "Country":
      return dl([["Code", h(n.code)], ["Also called", aliases(n.aliases)]]);
    case "Organization":
      return dl([["Short name", h(n.short)], ["Also called", aliases(n.aliases)]]);
    case "Place":
      return dl([["Country", n.country ? ref(n.country.id, n.country.name, "Country", inGraph) : ""], ["Also called", aliases(n.aliases)]]);
    case "Issue":
      return dl([["Also called", aliases(n.aliases)]]);
    case "Article":
      return `${dl([
        ["Title", h(n.title)],
        ["Date", h(n.date)],
        ["Publisher", h(n.source)],
        ["Source", safeURL(n.url) ? `<a href="${h(safeURL(n.url))}" target="_blank" rel="noopener noreferrer">${h(n.url)}</a>` : h(n.url)],
      ])}${n.text ? `<details class="text"><summary>Text</summary><p>${h(n.text)}</p></details>` : ""}${
        n.meetings && n.meetings.length
          ? `<section aria-labelledby="am-h"><h4 id="am-h">Meetings it reports</h4><ul class="participants">${n.meetings.map((m) => `<li>${ref(m.id, m.name, "Meeting", inGraph)}</li>`).join("")}</ul></section>`
          : ""
      }`;
  }
  return "";
}

export function renderNode(n, view) {
  const inGraph = (id) => !!view.node(id);
  let body = "";
  if (n.__typename === "Person") body = personBody(n, inGraph);
  else if (n.__typename === "Meeting") body = meetingBody(n, inGraph);
  else body = otherBody(n, inGraph);
  return `${header(n.__typename, n.name, n.id)}${actions(n.id, n.__typename)}${body}${relations(n.id, view)}`;
}

// renderEdge shows a relation: its ends, its properties and its evidence,
// as edges(ids:) gives them (evidence: [{sentence, article}]).
export function renderEdge(e, view) {
  const inGraph = (id) => !!view.node(id);
  const s = view.node(e.source);
  const t = view.node(e.target);
  const props = e.properties || {};
  const rel = relationStyle(e.type).label;
  const scalars = Object.entries(props).filter(([k, v]) => k !== "evidence" && (typeof v !== "object" || v === null) && v !== "");
  const sources = Array.isArray(e.evidence) ? e.evidence : [];
  return `<p class="kind"><span>Relation</span></p>
<h3 id="details-title">${h(s ? s.label : e.source)} <span class="rel">${h(rel)}</span> ${h(t ? t.label : e.target)}</h3>
<p class="id"><code>${h(e.id)}</code></p>
${dl([
  ["Relation", `<code>${h(e.type)}</code>`],
  ["From", ref(e.source, s ? s.label : e.source, s && s.type, inGraph)],
  ["To", ref(e.target, t ? t.label : e.target, t && t.type, inGraph)],
  ...scalars.map(([k, v]) => [k === "key" ? "Role" : k.charAt(0).toUpperCase() + k.slice(1), h(v)]),
])}
<section aria-labelledby="eev-h"><h4 id="eev-h">Evidence (${sources.length})</h4>${evidenceList(sources)}</section>`;
}
