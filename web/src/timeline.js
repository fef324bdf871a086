// The timeline: the selection's meetings on a time axis. A day is a point,
// a month or a year (the precision the news gave) a bar over that span.
// Planned meetings are hollow. Each mark is a keyboard-focusable button,
// one tab stop for them all, the arrow keys moving between them.
import { dateRange, titleCase } from "./util.js";
import { nodeStyle } from "./types.js";
import { undatedHTML } from "./undated.js";

const NS = "http://www.w3.org/2000/svg";
const DAY = 86400000;

// reports maps an undated meeting's id to the first article that reported it
// ({title, date}); key names what the timeline is of, so that a list of
// undated meetings the user opened stays open while it is redrawn.
export function renderTimeline(container, { meetings, mentions = [], selected, onSelect, onArticle, reports = new Map(), key = "" }) {
  // A mark picked by keyboard redraws the timeline: its focus stays on it.
  const focused = container.contains(document.activeElement) ? document.activeElement : null;
  const keep = focused && (focused.closest("g.mark") || focused.closest(".undated")) && (focused.getAttribute("data-id") || focused.getAttribute("data-article"));
  // A list of undated meetings the user opened or closed stays so while the
  // timeline is of the same node, or while the focus is in it (a meeting
  // picked from it turns the timeline to the view's meetings).
  const was = container.querySelector("details.undated");
  const wasOpen = was && (was.dataset.key === key || was.contains(focused)) ? was.open : undefined;
  container.innerHTML = "";
  const dated = [];
  const undated = [];
  for (const m of meetings) {
    const r = dateRange(m.date);
    if (r) dated.push({ ...m, r });
    else undated.push(m);
  }
  const arts = mentions.map((a) => ({ ...a, r: dateRange(a.date) })).filter((a) => a.r);
  if (!meetings.length && !arts.length) {
    container.innerHTML = `<p class="help">No meetings in this selection.</p>`;
    return;
  }
  if (!dated.length && !arts.length) {
    container.insertAdjacentHTML("beforeend", undatedHTML(undated, reports, { open: wasOpen ?? true, key }));
    wireUndated(container, onSelect, keep);
    return;
  }
  dated.sort((a, b) => a.r[0] - b.r[0] || a.id.localeCompare(b.id));

  const width = Math.max(320, container.clientWidth || 600);
  const lanesMax = 4;
  const laneH = 20;
  const top = 8;
  const mentionY = top + lanesMax * laneH + 4;
  const axisY = mentionY + (arts.length ? 14 : 2);
  const height = axisY + 22;
  const pad = 24;

  const spans = [...dated, ...arts].map((d) => d.r);
  let min = Math.min(...spans.map((r) => r[0]));
  let max = Math.max(...spans.map((r) => r[1]));
  if (!spans.length) {
    min = Date.UTC(2000, 0, 1);
    max = Date.UTC(2001, 0, 1);
  }
  const span = Math.max(max - min, 60 * DAY);
  min -= span * 0.04;
  max = min + span * 1.08;
  const x = (t) => pad + ((t - min) / (max - min)) * (width - 2 * pad);

  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("role", "group");
  // Not a tab stop of its own (Chromium made the labelled group one, before
  // its first mark): the marks are.
  svg.setAttribute("tabindex", "-1");
  svg.setAttribute("aria-label", `Timeline of ${dated.length} dated meeting${dated.length === 1 ? "" : "s"}${arts.length ? ` and ${arts.length} article${arts.length === 1 ? "" : "s"}` : ""}; the arrow keys move between them`);

  // Axis and ticks.
  const axis = el("line", { x1: pad, x2: width - pad, y1: axisY, y2: axisY, class: "axis" });
  svg.appendChild(axis);
  for (const t of ticks(min, max)) {
    const tx = x(t.at);
    svg.appendChild(el("line", { x1: tx, x2: tx, y1: axisY, y2: axisY + 5, class: "tick" }));
    const label = el("text", { x: tx, y: axisY + 17, class: "tick-label", "text-anchor": "middle" });
    label.textContent = t.label;
    svg.appendChild(label);
  }

  // Marks, stacked in lanes so they do not overlap.
  const laneEnd = new Array(lanesMax).fill(-Infinity);
  const color = nodeStyle("Meeting").color;
  for (const m of dated) {
    const x0 = x(m.r[0]);
    const x1 = Math.max(x(m.r[1]), x0 + 2);
    const isDay = m.r[1] - m.r[0] <= DAY;
    const cx = isDay ? x0 : (x0 + x1) / 2;
    const left = (isDay ? cx : x0) - 8;
    let lane = laneEnd.findIndex((end) => end < left);
    if (lane < 0) lane = laneEnd.indexOf(Math.min(...laneEnd));
    laneEnd[lane] = (isDay ? cx : x1) + 8;
    const cy = top + lane * laneH + laneH / 2;

    const g = el("g", {
      class: `mark${m.id === selected ? " selected" : ""}${m.status === "PLANNED" ? " planned" : ""}`,
      tabindex: "0",
      role: "button",
      "data-id": m.id,
      "aria-label": `${m.name}${m.status === "PLANNED" ? " (planned)" : ""}`,
      "aria-pressed": String(m.id === selected),
    });
    const title = el("title");
    title.textContent = `${m.name}${m.kind ? ` · ${titleCase(m.kind)}` : ""}${m.status === "PLANNED" ? " · planned" : ""}`;
    g.appendChild(title);
    if (!isDay) g.appendChild(el("rect", { x: x0, y: cy - 2, width: x1 - x0, height: 4, rx: 2, class: "span", fill: color, "fill-opacity": 0.45 }));
    const s = 6;
    g.appendChild(
      el("polygon", {
        points: `${cx},${cy - s} ${cx + s},${cy} ${cx},${cy + s} ${cx - s},${cy}`,
        fill: m.status === "PLANNED" ? "#ffffff" : color,
        stroke: color,
        "stroke-width": 2,
      }),
    );
    g.appendChild(el("rect", { x: cx - 10, y: cy - 10, width: 20, height: 20, class: "hit", fill: "transparent" }));
    svg.appendChild(g);
  }

  // Articles that name the node: small ticks under the meetings.
  for (const a of arts) {
    const ax = x((a.r[0] + a.r[1]) / 2);
    const g = el("g", { class: "mark mention", tabindex: "0", role: "button", "data-article": a.id, "aria-label": `Article: ${a.title || a.id}, ${a.date}` });
    const title = el("title");
    title.textContent = `${a.title || a.id} (${a.date})`;
    g.appendChild(title);
    g.appendChild(el("rect", { x: ax - 1.5, y: mentionY, width: 3, height: 10, fill: nodeStyle("Article").color }));
    g.appendChild(el("rect", { x: ax - 5, y: mentionY - 2, width: 10, height: 14, class: "hit", fill: "transparent" }));
    svg.appendChild(g);
  }

  // One tab stop for the whole timeline (the selected mark, else the first),
  // and the arrow keys, Home and End move between the marks, in date order:
  // a view of hundreds of meetings is not hundreds of Tab presses.
  const marks = [...svg.querySelectorAll("g.mark")];
  const rove = (g) => {
    for (const m of marks) m.setAttribute("tabindex", m === g ? "0" : "-1");
  };
  rove(marks.find((m) => m.classList.contains("selected")) || marks[0]);
  svg.addEventListener("focusin", (e) => {
    const g = e.target.closest && e.target.closest("g.mark");
    if (g) rove(g);
  });
  const activate = (g) => (g.dataset.article ? onArticle && onArticle(g.dataset.article) : onSelect(g.dataset.id));
  svg.addEventListener("click", (e) => {
    const g = e.target.closest("g.mark");
    if (g) activate(g);
  });
  svg.addEventListener("keydown", (e) => {
    const g = e.target.closest && e.target.closest("g.mark");
    if (!g) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      activate(g);
      return;
    }
    const i = marks.indexOf(g);
    const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: marks.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = marks[Math.max(0, Math.min(marks.length - 1, to))];
    rove(next);
    next.focus();
  });
  container.appendChild(svg);
  const again = keep && marks.find((m) => m.getAttribute("data-id") === keep || m.getAttribute("data-article") === keep);
  if (again) {
    rove(again);
    again.focus();
  }

  if (undated.length) {
    container.insertAdjacentHTML("beforeend", undatedHTML(undated, reports, { open: wasOpen, key }));
    wireUndated(container, onSelect, keep);
  }
}

// wireUndated makes the undated list's buttons select their meeting, as a
// mark does, and puts the focus back on the one picked.
function wireUndated(container, onSelect, keep) {
  const list = container.querySelector("details.undated");
  if (!list) return;
  list.addEventListener("click", (e) => {
    const b = e.target.closest("button[data-id]");
    if (b) onSelect(b.dataset.id);
  });
  const again = keep && [...list.querySelectorAll("button[data-id]")].find((b) => b.dataset.id === keep);
  if (again) again.focus();
}

function el(name, attrs = {}) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function ticks(min, max) {
  const out = [];
  const a = new Date(min);
  const years = (max - min) / (365 * DAY);
  if (years > 2.5) {
    const step = years > 30 ? 10 : years > 12 ? 5 : years > 6 ? 2 : 1;
    for (let y = Math.ceil(a.getUTCFullYear() / step) * step; Date.UTC(y, 0, 1) <= max; y += step) {
      const t = Date.UTC(y, 0, 1);
      if (t >= min) out.push({ at: t, label: String(y) });
    }
    return out;
  }
  const step = years > 1.2 ? 3 : years > 0.5 ? 2 : 1;
  let y = a.getUTCFullYear();
  let m = a.getUTCMonth() + 1;
  for (;;) {
    if (m > 11) {
      y += Math.floor(m / 12);
      m %= 12;
    }
    const t = Date.UTC(y, m, 1);
    if (t > max) break;
    if (m % step === 0) out.push({ at: t, label: m === 0 ? String(y) : `${MONTHS[m]} ${y}` });
    m++;
  }
  return out;
}
