// The timeline's list of the meetings the news gave no date (no DOM and no
// WebGL here, so that the unit tests import it under node).
import { escapeHTML as h, titleCase, SEP } from "./util.js";

// UNDATED_OPEN is how many undated meetings are listed open; more are
// collapsed under their count.
export const UNDATED_OPEN = 5;

// undatedHTML lists the meetings the news gave no date, one a line, each a
// button with its kind and the first article that reported it (the same
// pair's undated calls share a name: the report tells them apart), in the
// order they were reported. The list is a disclosure under its count,
// collapsed when it holds more than UNDATED_OPEN unless open says otherwise.
export function undatedHTML(undated, reports = new Map(), { open, key = "" } = {}) {
  const rows = undated.map((m) => ({ m, r: reports.get(m.id) }));
  rows.sort((a, b) => ((a.r && a.r.date) || "9999").localeCompare((b.r && b.r.date) || "9999") || a.m.name.localeCompare(b.m.name) || a.m.id.localeCompare(b.m.id));
  const items = rows
    .map(({ m, r }) => {
      const meta = [m.kind && titleCase(m.kind), m.status === "PLANNED" ? "planned" : "", r ? `reported ${r.date || "undated"}${r.title ? `: ${r.title}` : ""}` : ""].filter(Boolean).join(" · ");
      return `<li><button type="button" class="item" data-id="${h(m.id)}"><span class="name">${h(m.name)}</span>${meta ? `${SEP}<span class="meta">${h(meta)}</span>` : ""}</button></li>`;
    })
    .join("");
  const isOpen = open === undefined ? undated.length <= UNDATED_OPEN : open;
  const n = undated.length;
  return `<details class="undated" data-key="${h(key)}"${isOpen ? " open" : ""}><summary>${n} undated meeting${n === 1 ? "" : "s"} <span class="help">(no date in the news; by when first reported)</span></summary><ul class="item-list">${items}</ul></details>`;
}

// undatedLabel names an undated meeting on the canvas and in the lists by
// its first report, as a dated meeting's label ends with its date: the same
// pair's undated calls otherwise share one label ("Joe Biden – Xi Jinping
// call" five times around Xi on the open corpus). Without a dated report the
// label is left as the API gave it.
export function undatedLabel(label, report) {
  return report && report.date ? `${label} (undated; reported ${report.date})` : label;
}
