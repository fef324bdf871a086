// Unit tests of the explorer's pure helpers (no browser): npm test
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseState, formatState, emptyState, followMoved, MAX_LIMIT } from "../src/url.js";
import { dateRange, inRange, compareDatesDesc, safeURL, escapeHTML, titleCase, nodeSize, citation, truncatedNote, plural, dateWindow, distinctAliases, termsText } from "../src/util.js";
import { undatedHTML, UNDATED_OPEN, undatedLabel } from "../src/undated.js";
import { pageTimeline } from "../src/paging.js";

test("the URL keeps the whole view and reads back the same", () => {
  const s = {
    ...emptyState(),
    seeds: ["person:xi-jinping", "meeting:2023-06-19:antony-blinken+xi-jinping"],
    opened: ["place:beijing"],
    depth: 2,
    limit: 500,
    from: "2022",
    to: "2023-06",
    kinds: ["MEETING", "SUMMIT"],
    countries: ["US", "People's Republic of China"],
    sel: { kind: "edge", id: "person:antony-blinken|ATTENDED|meeting:2023-06-19:antony-blinken+xi-jinping" },
    x: "Xi Jinping",
    y: "US",
  };
  const q = formatState(s);
  assert.match(q, /^\?seed=person%3Axi-jinping&seed=meeting%3A2023-06-19%3Aantony-blinken%2Bxi-jinping&depth=2&open=place%3Abeijing/);
  assert.deepEqual(parseState(q), s);
  assert.equal(formatState(emptyState()), "");
});

test("the URL parser drops what it cannot use", () => {
  const s = parseState("?seed=a&seed=a&depth=9&limit=-1&from=2023-6&to=yesterday&kind=<b>&sel=nope&open=a");
  assert.deepEqual(s.seeds, ["a"]);
  assert.deepEqual(s.opened, []); // a seed is not also an expansion
  assert.equal(s.depth, 1);
  assert.equal(s.limit, 200);
  assert.equal(s.from, "");
  assert.equal(s.to, "");
  assert.deepEqual(s.kinds, []);
  assert.equal(s.sel, null);
});

test("a URL follows the ids of meetings merged into others to the meetings that took them in", () => {
  const plan = "meeting:undated-a:antony-blinken+qin-gang";
  const month = "meeting:2023-06:antony-blinken+qin-gang";
  const day = "meeting:2023-06-18:antony-blinken+qin-gang";
  const moved = { [plan]: day, [month]: day };
  const s = { ...emptyState(), seeds: [plan, "person:qin-gang", month], opened: [day, "place:beijing"], sel: { kind: "node", id: month }, depth: 2 };
  const got = followMoved(s, moved);
  assert.deepEqual(got.seeds, [day, "person:qin-gang"]); // each once
  assert.deepEqual(got.opened, ["place:beijing"]); // a seed is not also an expansion
  assert.deepEqual(got.sel, { kind: "node", id: day });
  assert.equal(got.depth, 2);
  assert.deepEqual(s.seeds, [plan, "person:qin-gang", month], "the state given is left as it was");
  const edge = followMoved({ ...s, sel: { kind: "edge", id: `person:qin-gang|ATTENDED|${plan}` } }, moved);
  assert.deepEqual(edge.sel, { kind: "edge", id: `person:qin-gang|ATTENDED|${day}` });
  assert.deepEqual(followMoved(s, {}), { ...s, opened: [day, "place:beijing"] });
});

test("dates keep their precision", () => {
  assert.deepEqual(dateRange("2023-06-19"), [Date.UTC(2023, 5, 19), Date.UTC(2023, 5, 20)]);
  assert.deepEqual(dateRange("2023-06"), [Date.UTC(2023, 5, 1), Date.UTC(2023, 6, 1)]);
  assert.deepEqual(dateRange("2023"), [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)]);
  assert.equal(dateRange(""), null);
  assert.equal(dateRange("June 2023"), null);
  assert.ok(inRange("2022-11", "2022", "2023"));
  assert.ok(inRange("2023-06-19", "2023-06", "2023-06"));
  assert.ok(!inRange("2021-12-31", "2022", ""));
  assert.ok(!inRange("2024-01", "", "2023"));
  assert.ok(!inRange(null, "2022", ""));
  assert.ok(inRange(null, "", ""));
  assert.deepEqual(["2022-11", null, "2023", "2023-06-19"].sort(compareDatesDesc), ["2023-06-19", "2023", "2022-11", null]);
});

// The same table as schema's TestDateInRangePlacesADateAtItsFirstDay: the
// explorer filters live updates as the API filters subgraph and timeline.
test("the date filter is the API's", () => {
  const cases = [
    ["2022-01", "2022-01-01", "2022-12-31", true],
    ["2022", "2022-01-01", "2022-12-31", true],
    ["2022", "2022-01", "", true],
    ["2022-12", "2022-01-01", "2022-12-31", true],
    ["2022-11", "2022", "", true],
    ["2023-06-19", "", "2023-06", true],
    ["2022-11", "", "2022-11-13", true],
    ["2022-01", "2022-01-15", "", false],
    ["2023", "2023-06", "", false],
    ["2021-12", "2022-01-01", "", false],
    ["2021-12-31", "2022-01-01", "", false],
    ["2023-01-01", "", "2022", false],
    ["2023", "", "2022-12-31", false],
    ["", "2022", "", false],
    ["", "", "", true],
  ];
  for (const [d, from, to, want] of cases) {
    assert.equal(inRange(d, from, to), want, `inRange(${JSON.stringify(d)}, ${JSON.stringify(from)}, ${JSON.stringify(to)})`);
  }
});

test("text and links from the data are made safe", () => {
  assert.equal(escapeHTML(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  assert.equal(safeURL("https://www.state.gov/x"), "https://www.state.gov/x");
  assert.equal(safeURL("javascript:alert(1)"), "");
  assert.equal(safeURL("/relative"), "");
  assert.equal(safeURL(null), "");
  assert.equal(titleCase("SUMMIT"), "Summit");
});

test("a node's size grows with its degree in the whole graph, to a cap, and shrinks in a large graph", () => {
  const sizes = [0, 1, 3, 10, 100, 1000].map((d) => nodeSize("Person", d, 50));
  for (let i = 1; i < sizes.length; i++) assert.ok(sizes[i] > sizes[i - 1], `degree sizes ${sizes}`);
  assert.equal(nodeSize("Person", 0, 50), 4);
  assert.equal(nodeSize("Meeting", 0, 50), 5);
  // A country's tens of thousands of edges stop at the cap, not 2.2·√degree.
  assert.equal(nodeSize("Country", 50000, 50), 22);
  assert.ok(nodeSize("Person", 10000, 50) - nodeSize("Person", 1000, 50) < 3);
  assert.equal(nodeSize("Person", 10, 2000), 0.55 * nodeSize("Person", 10, 50));
  assert.equal(nodeSize("Person", undefined, 50), 4);
});

test("a copied evidence sentence names its article, publisher, date and link", () => {
  const article = { id: "a1", title: "Talks in Beijing", source: "Reuters", date: "2023-06-19", url: "https://example.org/x" };
  assert.equal(citation({ sentence: "Xi met Blinken.", article }), "“Xi met Blinken.” — Talks in Beijing (Reuters, 2023-06-19). https://example.org/x");
  // No URL (or one that is not http): the article's id in the graph.
  assert.equal(citation({ sentence: "S.", article: { ...article, url: "javascript:alert(1)" } }), "“S.” — Talks in Beijing (Reuters, 2023-06-19). article a1");
  assert.equal(citation({ sentence: "", article: { id: "a2" } }), "a2. article a2");
});

test("a truncated view says how to see the rest, and never to raise the largest limit", () => {
  assert.match(truncatedNote(200, MAX_LIMIT), /raise “Max nodes”/);
  assert.doesNotMatch(truncatedNote(MAX_LIMIT, MAX_LIMIT), /raise/);
  assert.match(truncatedNote(MAX_LIMIT, MAX_LIMIT), /lower the depth or narrow the filters/);
  assert.equal(parseState("?limit=1000").limit, MAX_LIMIT);
  assert.equal(parseState("?limit=1001").limit, 200);
  assert.equal(parseState("?limit=2.5").limit, 200);
});

test("counts are singular at one", () => {
  assert.equal(plural(1, "edge"), "1 edge");
  assert.equal(plural(0, "edge"), "0 edges");
  assert.equal(plural(2, "new node"), "2 new nodes");
});

test("a date window is named as the filters spell it", () => {
  assert.equal(dateWindow("", ""), "");
  assert.equal(dateWindow("2023", "2023"), "2023");
  assert.equal(dateWindow("2022-01", "2022-06-30"), "2022-01 to 2022-06-30");
  assert.equal(dateWindow("2023", ""), "from 2023");
  assert.equal(dateWindow("", "2022"), "up to 2022");
});

test("undated meetings are one a line, told apart by their first report, and collapsed under their count when many", () => {
  const call = (i) => ({ id: `meeting:undated-a${i}:x+y`, name: "X – Y call", kind: "CALL", status: "HELD" });
  const few = [call(1), call(2)];
  const reports = new Map([
    ["meeting:undated-a1:x+y", { id: "article:a1", title: "Remarks <b>1</b>", date: "2022-03-18" }],
    ["meeting:undated-a2:x+y", { id: "article:a2", title: "Remarks 2", date: "2021-07-21" }],
  ]);
  const html = undatedHTML(few, reports);
  assert.match(html, /^<details class="undated" data-key="" open><summary>2 undated meetings /);
  const ids = [...html.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(ids, ["meeting:undated-a2:x+y", "meeting:undated-a1:x+y"], "in the order they were reported");
  assert.match(html, /<span class="name">X – Y call<\/span><span class="visually-hidden">, <\/span><span class="meta">Call · reported 2021-07-21: Remarks 2<\/span>/, "a screen reader hears the name and its meta apart");
  assert.match(html, /Remarks &lt;b&gt;1&lt;\/b&gt;/, "a title is escaped");
  assert.equal((html.match(/<li>/g) || []).length, 2);

  const many = Array.from({ length: UNDATED_OPEN + 1 }, (_, i) => call(i + 1));
  const collapsed = undatedHTML(many, new Map(), { key: "person:x" });
  assert.match(collapsed, /^<details class="undated" data-key="person:x"><summary>6 undated meetings /, "more than UNDATED_OPEN are collapsed");
  assert.equal((collapsed.match(/<li>/g) || []).length, 6, "every one is listed inside");
  assert.match(undatedHTML(many, new Map(), { open: true }), /^<details class="undated" data-key="" open>/, "a list the user opened stays open");
  assert.match(undatedHTML([call(1)], new Map()), /<summary>1 undated meeting </);
  // Without its report a meeting comes last, by name.
  const unreported = undatedHTML([{ ...call(9), name: "A – B call" }, ...few], reports);
  assert.match(unreported, /data-id="meeting:undated-a9:x\+y"><span class="name">A – B call<\/span><span class="visually-hidden">, <\/span><span class="meta">Call<\/span><\/button><\/li><\/ul>/);
});

test("a person's aliases leave out those that differ from the name or each other only in case", () => {
  assert.deepEqual(distinctAliases("Antony Blinken", ["Blinken", "Antony J. Blinken", "BLINKEN", "ANTONY BLINKEN", "Tony"]), ["Blinken", "Antony J. Blinken", "Tony"]);
  assert.deepEqual(distinctAliases("Xi Jinping", null), []);
});

test("an office's terms from the official lists are said as a span, or since when while held", () => {
  assert.equal(termsText([]), "");
  assert.equal(termsText(undefined), "");
  assert.equal(termsText([{ start: "2021-01-26", end: null }]), "in office since 2021-01-26");
  assert.equal(termsText([{ start: "2009-01-20", end: "2017-01-20" }, { start: "2021-01-20", end: "2025-01-20" }]), "in office 2009-01-20 – 2017-01-20, 2021-01-20 – 2025-01-20");
});

test("an undated meeting's label names its first report, as a dated one's ends with its date", () => {
  assert.equal(undatedLabel("Joe Biden – Xi Jinping call", { date: "2021-07-21", title: "Department Press Briefing" }), "Joe Biden – Xi Jinping call (undated; reported 2021-07-21)");
  assert.equal(undatedLabel("Joe Biden – Xi Jinping call", undefined), "Joe Biden – Xi Jinping call");
  assert.equal(undatedLabel("Joe Biden – Xi Jinping call", { date: null, title: "Undated article" }), "Joe Biden – Xi Jinping call");
});

test("a timeline longer than a page is read page after page by cursor, to its undated meetings, each item once", async () => {
  // As the API answers: oldest first, undated meetings last, at most `first` after the cursor.
  const all = [
    ...["2021-01-01", "2021-02-01", "2021-02-01", "2021-03-01", "2021-03-01", "2021-04-01", "2021-05-01"].map((date, i) => ({ date, kind: i % 2 ? "MENTION" : "MEETING", meeting: i % 2 ? null : { id: `m${i}` }, article: i % 2 ? { id: `a${i}` } : null })),
    { date: null, kind: "MEETING", meeting: { id: "undated" }, article: null },
    { date: null, kind: "MEETING", meeting: { id: "undated2" }, article: null },
  ].map((it, i) => ({ ...it, cursor: `c${i}` }));
  const asked = [];
  const fetchPage = (first) => async (after) => {
    asked.push(after || "");
    const from = after ? all.findIndex((i) => i.cursor === after) + 1 : 0;
    return all.slice(from, from + first);
  };
  const ids = (r) => r.items.map((i) => (i.meeting || i.article).id);
  const whole = ["m0", "a1", "m2", "a3", "m4", "a5", "m6", "undated", "undated2"];
  // One page holds it all.
  let r = await pageTimeline(fetchPage(10), { first: 10, maxPages: 5 });
  assert.deepEqual(ids(r), whole);
  assert.equal(r.cut, false);
  // Pages of 2, each after the last cursor, past the dated items to the undated meetings.
  asked.length = 0;
  r = await pageTimeline(fetchPage(2), { first: 2, maxPages: 9 });
  assert.deepEqual(ids(r), whole);
  assert.deepEqual(asked, ["", "c1", "c3", "c5", "c7"]);
  assert.equal(r.cut, false);
  // A last page that comes full is followed by an empty one.
  r = await pageTimeline(fetchPage(3), { first: 3, maxPages: 9 });
  assert.deepEqual(ids(r), whole);
  assert.equal(r.cut, false);
  // Too few pages: it says it was cut.
  r = await pageTimeline(fetchPage(3), { first: 3, maxPages: 2 });
  assert.deepEqual(ids(r), whole.slice(0, 6));
  assert.equal(r.cut, true);
});
