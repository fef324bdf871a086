// End-to-end test of the explorer page (issue 5), in headless Chromium from
// Debian's chromium package, driven by playwright-core (no browser
// download). It builds and starts the real newsgraph binary on the bundled
// sample articles, mocks nothing, and saves docs/explore.png.
//
//   cd web && npm ci && npm run test:e2e
//
// Environment: CHROMIUM (default /usr/bin/chromium); NEWSGRAPH_URL to test a
// server that is already running instead of building one; NEWSGRAPH_SRC to
// build from another checkout; SCREENSHOT to save the picture elsewhere.
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { useNewsgraph, here, repo } from "./newsgraph.mjs";

const screenshot = process.env.SCREENSHOT || path.join(repo, "docs/explore.png");
const apiKey = randomBytes(12).toString("hex");

let base;
let page;
let context;
const e2e = useNewsgraph({
  name: "explore",
  readyPath: "/explore",
  step: 10000,
  budget: 100000,
  env: { NEWSGRAPH_API_KEY: apiKey },
  ready: (s) => ({ base, context, page } = s),
});
const { pageErrors, consoleErrors, external } = e2e;

const MEETING = "meeting:2023-06-19:antony-blinken+xi-jinping";
// The Blinken–Xi meeting, whichever name comes first in its label.
const BLINKEN_XI = /(Xi Jinping.*Antony Blinken|Antony Blinken.*Xi Jinping) meeting, 2023-06-19/;
const SENTENCE = "Chinese President Xi Jinping expressed satisfaction with the “progress” made after meeting with Blinken";

const nodeButton = (name) => page.locator("#nodes-list").getByRole("button", { name, exact: true });
const details = () => page.locator("#details");
const graphIdle = () => page.locator('#graph[aria-busy="false"]').waitFor();

test("search Xi, see Xi Jinping and Antony Blinken, open the Blinken–Xi meeting, save a screenshot", async () => {
  // 1. Open /explore.
  await page.goto(`${base}/explore`);
  assert.equal(await page.title(), "newsgraph explorer");

  // 2. Search "Xi" (typeahead on search) and pick Xi Jinping.
  const search = page.getByRole("combobox", { name: /search/i });
  await search.fill("Xi");
  const option = page.getByRole("option", { name: /Xi Jinping/ });
  await option.waitFor();
  await option.click();

  // 3. Xi Jinping and Antony Blinken are in the graph.
  await nodeButton("Xi Jinping").waitFor();
  await nodeButton("Antony Blinken").waitFor();
  await graphIdle();
  assert.match(await page.locator("#graph").getAttribute("aria-label"), /^Network of \d+ nodes/);
  assert.match(page.url(), /[?&]seed=person%3Axi-jinping/);

  // 4. Click the Blinken–Xi meeting: its date and the evidence sentence show.
  await page.locator("#meetings-list").getByRole("button", { name: BLINKEN_XI }).click();
  await details().getByRole("heading", { name: BLINKEN_XI }).waitFor();
  await details().locator("time", { hasText: "2023-06-19" }).waitFor();
  await details().locator("blockquote", { hasText: SENTENCE }).waitFor();
  await details().getByText("China and US Seek to Stabilize Relationship", { exact: false }).first().waitFor();
  assert.match(page.url(), new RegExp(`sel=node%3A${encodeURIComponent(MEETING).replace(/[+]/g, "\\+")}`));

  // 5. Save the screenshot the README shows.
  await graphIdle();
  await page.waitForTimeout(300); // the camera's last animation frame
  fs.mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
  assert.ok(fs.statSync(screenshot).size > 20000, "the screenshot looks empty");
});

// axe-core checks what it can of WCAG 2.1 AA: labels, names, roles and the
// contrast of text. It runs in the page through the DevTools protocol, so the
// page's Content-Security-Policy stays on.
async function axeViolations() {
  const source = fs.readFileSync(path.join(here, "../node_modules/axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }),
  );
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("accessibility: labelled controls, keyboard focus and readable contrast (axe-core, WCAG 2.1 AA)", async () => {
  assert.deepEqual(await axeViolations(), []);
  // A list item's name and its kind are read apart ("…, 2023-06-19, Meeting", not "2023-06-19Meeting").
  const item = await page.locator("#meetings-list").getByRole("button", { name: BLINKEN_XI }).textContent();
  assert.match(item, /2023-06-19, Meeting$/);
  // With the typeahead open.
  const search = page.getByRole("combobox", { name: /search/i });
  await search.fill("Bli");
  await page.getByRole("option", { name: /Antony Blinken/ }).waitFor();
  assert.deepEqual(await axeViolations(), []);
  await page.keyboard.press("Escape");
  assert.equal(await search.getAttribute("aria-expanded"), "false");
  // Tab reaches the controls in order, each with a visible focus outline.
  const skip = page.getByRole("link", { name: "Skip to the lists of nodes and meetings" });
  await skip.focus(); // the first stop: a skip link, shown when focused
  assert.ok((await skip.boundingBox()).y >= 0, "the skip link shows when focused");
  await page.keyboard.press("Tab"); // the second: to the details
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to the details");
  assert.ok((await page.getByRole("link", { name: "Skip to the details" }).boundingBox()).y >= 0, "the second skip link shows when focused");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "details");
  await skip.focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab"); // the third: to the timeline, past a long details panel
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to the timeline");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "timeline-panel");
  await page.keyboard.press("Tab"); // from there, into the timeline's marks
  assert.ok(await page.evaluate(() => !!document.activeElement.closest("#timeline g.mark")), "Tab goes on to the timeline's marks");
  await skip.focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab"); // the title, a link home
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "search");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none");
  // The graph's toolbar is one tab stop; the arrow keys move between its buttons.
  const toolbar = page.getByRole("toolbar", { name: "Graph view" });
  assert.equal(await toolbar.locator('button[tabindex="0"]').count(), 1);
  await toolbar.getByRole("button", { name: "Zoom in" }).focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Zoom out");
  await page.keyboard.press("End");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Lay out the graph again");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Zoom in", "it wraps");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => !!document.activeElement.closest(".graph-tools")), false, "one Tab leaves it");
});

test("an edge's details: the relation, its ends and its evidence", async () => {
  await details().getByRole("button", { name: "held in → Beijing" }).click();
  await details().getByRole("heading", { name: /held in.*Beijing/ }).waitFor();
  await details().locator("blockquote", { hasText: SENTENCE }).waitFor();
  assert.match(page.url(), /sel=edge%3A/);
  assert.deepEqual(await axeViolations(), [], "an edge selected");
  await details().getByRole("button", { name: BLINKEN_XI }).first().click();
  await details().locator("time", { hasText: "2023-06-19" }).waitFor();
});

test("a node on the canvas is clickable and shows the person's roles", async () => {
  const pos = await page.evaluate(() => window.__explorer.position("person:antony-blinken"));
  assert.ok(pos, "Antony Blinken is drawn");
  const box = await page.locator("#graph").boundingBox();
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
  await details().getByRole("heading", { name: "Antony Blinken" }).waitFor();
  await details().getByText("Roles over time").waitFor();
  await details().getByText("Secretary of State").first().waitFor();
  // What the news attests, and the term the official lists give.
  await details().locator(".roles .span", { hasText: /^in the news \d{4}-\d{2}-\d{2} – 2023-06-19$/ }).waitFor();
  await details().locator(".roles .span", { hasText: "in office since 2021-01-26 (official lists)" }).waitFor();
  // "BLINKEN", a headline's spelling of "Blinken", is not a name of its own.
  const also = await details().locator("dl.facts dd").first().innerText();
  assert.match(also, /Blinken/);
  assert.doesNotMatch(also, /BLINKEN/);
  assert.deepEqual(await axeViolations(), [], "a person selected");
  // The timeline shows the selection's meetings, from timeline(id).
  await page.locator("#timeline-h", { hasText: /^Timeline of Antony Blinken \(\d+ meetings?/ }).waitFor();
  await page.locator("#timeline").getByRole("button", { name: BLINKEN_XI }).waitFor();
  // Double-click expands a node: Beijing brings the meetings held there.
  await graphIdle();
  const beijing = await page.evaluate(() => window.__explorer.position("place:beijing"));
  assert.ok(beijing, "Beijing is drawn");
  await page.mouse.dblclick(box.x + beijing.x, box.y + beijing.y);
  await page.locator("#status", { hasText: /^Expanded Beijing/ }).waitFor();
  assert.match(page.url(), /[?&]open=place%3Abeijing/);
  await details().getByRole("heading", { name: "Beijing" }).waitFor();
});

test("the URL keeps the view: opening it restores the graph and the selection", async () => {
  await page.locator("#meetings-list").getByRole("button", { name: BLINKEN_XI }).click();
  await details().locator("blockquote", { hasText: SENTENCE }).waitFor();
  const url = page.url();
  const other = await context.newPage();
  try {
    await other.goto(url);
    await other.locator("#nodes-list").getByRole("button", { name: "Antony Blinken", exact: true }).waitFor();
    await other.locator("#details blockquote", { hasText: SENTENCE }).waitFor();
    assert.equal(await other.locator("#depth").inputValue(), await page.locator("#depth").inputValue());
  } finally {
    await other.close();
  }
});

test("the meetings-between form finds Xi's meetings with US officials", async () => {
  await page.getByRole("combobox", { name: "Person", exact: true }).fill("Xi Jinping");
  await page.getByRole("combobox", { name: "and officials of", exact: true }).fill("US");
  // As a user does, Escape closes the suggestions (which open over the button)
  // and drops a search still on its way, so none opens after it.
  await page.getByRole("combobox", { name: "and officials of", exact: true }).press("Escape");
  await page.getByRole("button", { name: "Find meetings" }).click();
  await page.locator("#between-result", { hasText: /3 meetings between Xi Jinping and officials of US/ }).waitFor();
  // The result line is written before the graph of those meetings loads; the
  // list still shows the previous view until the graph is idle again.
  await page.waitForURL(/[?&]x=Xi\+Jinping/);
  await graphIdle();
  assert.equal(await page.locator("#meetings-list button").count(), 3);
  assert.match(page.url(), /[?&]x=Xi\+Jinping&y=US|[?&]y=US/);
});

test("the shortest-path form draws the path from Wang Yi to Joe Biden, each step a button", async () => {
  const from = page.getByRole("combobox", { name: "From", exact: true });
  await from.fill("Wang Yi");
  await page.locator("#pa-list").getByRole("option", { name: /Wang Yi/ }).click();
  // Typed and not picked: the best search result.
  await page.getByRole("combobox", { name: "To", exact: true }).fill("Joe Biden");
  await page.getByRole("combobox", { name: "To", exact: true }).press("Escape");
  await page.getByRole("button", { name: "Find the path" }).click();
  const result = page.locator("#path-result");
  await result.getByText("A path of 6 steps:").waitFor();
  const steps = await result.getByRole("button").allTextContents();
  assert.equal(steps.length, 7);
  assert.equal(steps[0], "Wang Yi");
  assert.equal(steps[6], "Joe Biden");
  // The path is in the graph: its people are in the list of nodes in view.
  await nodeButton("Gitanas Nausėda").waitFor();
  await result.getByRole("button", { name: "Gitanas Nausėda", exact: true }).click();
  await details().getByRole("heading", { name: "Gitanas Nausėda" }).waitFor();
});

test("with a date window in the filters, the path keeps to it and says so", async () => {
  const sent = graphqlRequests();
  await page.goto(`${base}/explore?seed=person%3Awang-yi&from=2023`);
  await graphIdle();
  await page.getByRole("combobox", { name: "From", exact: true }).fill("Wang Yi");
  await page.getByRole("combobox", { name: "From", exact: true }).press("Escape");
  await page.getByRole("combobox", { name: "To", exact: true }).fill("Joe Biden");
  await page.getByRole("combobox", { name: "To", exact: true }).press("Escape");
  await page.getByRole("button", { name: "Find the path" }).click();
  const result = page.locator("#path-result");
  // Inside 2023 the path goes through Xi Jinping, not the 2021-22 meetings of
  // Gitanas Nausėda that the shortest path of all takes.
  await result.getByText("A path of 6 steps within the dates from 2023:").waitFor();
  const steps = await result.getByRole("button").allTextContents();
  assert.deepEqual([steps[0], steps[4], steps[6]], ["Wang Yi", "Xi Jinping", "Joe Biden"]);
  assert.ok(!steps.includes("Gitanas Nausėda"), steps.join(", "));
  for (const m of steps.filter((t) => /meeting|call|summit|visit/i.test(t))) assert.match(m, /, 2023/, `${m} is dated in 2023`);
  const asked = sent.find((r) => /shortestPath\(/.test(r.query));
  assert.deepEqual(asked.variables.where, { from: "2023" });
  await page.locator("#status", { hasText: /^Path from Wang Yi to Joe Biden within the dates from 2023: 6 steps/ }).waitFor();
  assert.deepEqual(await axeViolations(), [], "a path drawn");
  // A window that admits no path says so, and how to search them all.
  await page.goto(`${base}/explore?seed=person%3Awang-yi&from=2022&to=2022`);
  await graphIdle();
  await page.getByRole("combobox", { name: "From", exact: true }).fill("Wang Yi");
  await page.getByRole("combobox", { name: "From", exact: true }).press("Escape");
  await page.getByRole("combobox", { name: "To", exact: true }).fill("Joe Biden");
  await page.getByRole("combobox", { name: "To", exact: true }).press("Escape");
  await page.getByRole("button", { name: "Find the path" }).click();
  await result.getByText("No path of at most 6 steps between Wang Yi and Joe Biden within the dates 2022. Clear the dates in the filters to search all of them.").waitFor();
  assert.deepEqual(sent.filter((r) => /shortestPath\(/.test(r.query)).at(-1).variables.where, { from: "2022", to: "2022" });
});

test("filters: only summits around Xi Jinping", async () => {
  await page.goto(`${base}/explore?seed=person%3Axi-jinping`);
  await page.locator("#meetings-list").getByRole("button", { name: BLINKEN_XI }).waitFor();
  await page.getByRole("checkbox", { name: "Summit" }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await page.waitForURL(/kind=SUMMIT/);
  await graphIdle();
  await page.locator("#meetings-list button", { hasText: "summit" }).first().waitFor();
  const names = await page.locator("#meetings-list button").allTextContents();
  assert.ok(names.length > 0);
  for (const n of names) assert.match(n, /summit/i);
  await page.getByRole("button", { name: "Clear" }).click();
  await page.waitForURL((u) => !/kind=/.test(u.search));
  // Filters that leave no meeting say so, rather than show a bare person.
  await page.goto(`${base}/explore?seed=person%3Axi-jinping&from=1990&to=1991`);
  await page.locator("#status", { hasText: /^\d+ nodes? and \d+ edges?\. No meeting here matches the filters\.$/ }).waitFor();
});

test("keyboard: search with the arrow keys and Enter; expand from the details panel", async () => {
  const search = page.getByRole("combobox", { name: /search/i });
  await search.fill("");
  await search.focus();
  await page.keyboard.type("Blinken");
  await page.getByRole("option", { name: /Antony Blinken/ }).waitFor();
  await page.keyboard.press("ArrowDown");
  assert.equal(await search.getAttribute("aria-expanded"), "true");
  await page.keyboard.press("Enter");
  await details().getByRole("heading", { name: "Antony Blinken" }).waitFor();
  await graphIdle();
  const before = await page.locator("#nodes-list button").count();
  await details().getByRole("button", { name: "Expand neighbours" }).click();
  await page.locator("#status", { hasText: /^Expanded Antony Blinken/ }).waitFor();
  assert.ok((await page.locator("#nodes-list button").count()) >= before);
  // The relations in view name an affiliation's role (its edge's id ends with it).
  await details().getByRole("button", { name: "affiliated with → United States (Secretary of State)" }).waitFor();
});

test("keyboard: the timeline is one tab stop, the arrow keys move between its marks, and Enter selects one and keeps the focus", async () => {
  await page.goto(`${base}/explore?seed=person%3Axi-jinping`);
  await graphIdle();
  const marks = page.locator("#timeline g.mark");
  await marks.first().waitFor();
  const total = await marks.count();
  assert.ok(total >= 3, `${total} marks`);
  assert.equal(await page.locator('#timeline g.mark[tabindex="0"]').count(), 1);
  await page.locator('#timeline g.mark[tabindex="0"]').focus();
  const focusedMark = () => page.evaluate(() => (document.activeElement.closest("#timeline g.mark") ? document.activeElement.getAttribute("aria-label") : null));
  const labels = await marks.evaluateAll((gs) => gs.map((g) => g.getAttribute("aria-label")));
  assert.equal(await focusedMark(), labels[0]);
  await page.keyboard.press("End");
  assert.equal(await focusedMark(), labels[total - 1]);
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  assert.equal(await focusedMark(), labels[1]);
  await page.keyboard.press("Enter");
  await details().getByRole("heading", { name: labels[1].replace(" (planned)", "") }).waitFor();
  assert.equal(await focusedMark(), labels[1], "the focus stays on the mark picked");
  await page.keyboard.press("Tab");
  assert.equal(await focusedMark(), null, "one Tab leaves the timeline");
});

// graphqlRequests records the GraphQL requests the page sends from now
// on, each as {query, variables, response} (the response's data, once read).
function graphqlRequests() {
  const seen = [];
  page.on("response", async (res) => {
    if (!res.url().endsWith("/graphql") || res.request().method() !== "POST") return;
    const req = { ...JSON.parse(res.request().postData() || "{}"), bytes: 0 };
    seen.push(req);
    try {
      const body = await res.body();
      req.bytes = body.length;
      req.response = JSON.parse(body.toString()).data;
    } catch {
      // A response the page navigated away from.
    }
  });
  return seen;
}

test("an expansion sends the nodes drawn and gets only new ones; an edge's evidence is read when it is selected", async () => {
  const sent = graphqlRequests();
  await page.goto(`${base}/explore?seed=person%3Axi-jinping`);
  await page.locator("#meetings-list").getByRole("button", { name: BLINKEN_XI }).waitFor();
  await graphIdle();
  // The view is drawn from bare edges: no evidence, no article read.
  const load = sent.find((r) => /subgraph\(/.test(r.query));
  assert.ok(load, "the view came from subgraph");
  assert.doesNotMatch(load.query, /properties \}|evidence|edges \{[^}]*properties/, "the view's edges carry no properties");
  assert.ok(!sent.some((r) => /article\(id:/.test(r.query)), "articles were read up front");
  // Sized by their degree in the whole graph, not the edges drawn: Blinken,
  // drawn with one meeting of his many, is larger than an issue of one.
  const { nodes: viewNodes, edges: viewEdges } = load.response.subgraph;
  const blinken = viewNodes.find((n) => n.id === "person:antony-blinken");
  const drawnAtBlinken = viewEdges.filter((e) => e.source === blinken.id || e.target === blinken.id).length;
  assert.ok(blinken.degree > 10 * drawnAtBlinken, `Blinken's degree ${blinken.degree}, ${drawnAtBlinken} edges drawn`);
  const size = (id) => page.evaluate((id) => window.__explorer.size(id), id);
  assert.ok((await size("person:antony-blinken")) > (await size("person:xi-jinping")), "Blinken is drawn larger than Xi, who has more edges drawn");

  const drawn = await page.evaluate(() => window.__explorer.nodes());
  assert.ok(drawn.includes("person:antony-blinken"));
  sent.length = 0;
  await page.locator("#nodes-list").getByRole("button", { name: "Antony Blinken", exact: true }).click();
  await details().getByRole("heading", { name: "Antony Blinken" }).waitFor();
  await details().getByRole("button", { name: "Expand neighbours" }).click();
  await page.locator("#status", { hasText: /^Expanded Antony Blinken/ }).waitFor();
  const expansion = sent.find((r) => /subgraph\(/.test(r.query) && r.variables.seeds[0] === "person:antony-blinken");
  assert.ok(expansion, "the expansion was one subgraph call");
  assert.deepEqual([...expansion.variables.known].sort(), [...drawn].sort(), "known is what was drawn");
  const { nodes, edges } = expansion.response.subgraph;
  assert.ok(nodes.length > 0, "Blinken brought new nodes");
  for (const n of nodes) assert.ok(!drawn.includes(n.id), `${n.id} was drawn already`);
  const isNew = new Set(nodes.map((n) => n.id));
  for (const e of edges) assert.ok(isNew.has(e.source) || isNew.has(e.target), `${e.id} joins no new node`);
  const now = await page.evaluate(() => window.__explorer.nodes());
  assert.deepEqual([...now].sort(), [...new Set([...drawn, ...isNew])].sort());
  await page.locator("#status", { hasText: new RegExp(`^Expanded Antony Blinken: ${nodes.length} new node`) }).waitFor();

  // Selecting an edge reads it, with its evidence, by its id.
  sent.length = 0;
  await page.locator("#meetings-list").getByRole("button", { name: BLINKEN_XI }).click();
  await details().getByRole("button", { name: "held in → Beijing" }).click();
  // The meeting's evidence holds the same sentence: wait for the edge's heading.
  await details().getByRole("heading", { name: /held in.*Beijing/ }).waitFor();
  await details().locator("blockquote", { hasText: SENTENCE }).waitFor();
  const read = sent.find((r) => /edges\(ids:/.test(r.query));
  assert.ok(read, "the edge was read by its id");
  assert.deepEqual(read.variables.ids, [`${MEETING}|HELD_IN|place:beijing`]);
  await details().getByText("China and US Seek to Stabilize Relationship", { exact: false }).first().waitFor();
});

test("live updates: a meeting ingested through the API appears without a reload", async (t) => {
  const key = process.env.NEWSGRAPH_URL ? process.env.NEWSGRAPH_API_KEY : apiKey;
  if (!key) return t.skip("NEWSGRAPH_URL is set without NEWSGRAPH_API_KEY");
  await page.goto(`${base}/explore?seed=person%3Axi-jinping`);
  await page.locator("#meetings-list").getByRole("button", { name: BLINKEN_XI }).waitFor();
  await graphIdle();
  await page.locator('#live[data-state="live"]').waitFor();
  assert.equal(await page.locator("#nodes-list").getByRole("button", { name: "Olaf Scholz", exact: true }).count(), 0);
  const marker = await page.evaluate(() => (window.__e2eMarker = Math.random()));
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body: JSON.stringify({
      query: "mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { loaded rejected { message } } }",
      variables: {
        a: [
          {
            id: `e2e-live-${Date.now()}`,
            title: "Xi meets Scholz in Beijing",
            date: "2023-11-03",
            source: "e2e",
            text: "Chinese President Xi Jinping met German Chancellor Olaf Scholz in Beijing on Thursday. They discussed trade.",
          },
        ],
      },
    }),
  });
  const body = await res.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.equal(body.data.ingestArticles.loaded, 1);
  await page.locator("#meetings-list").getByRole("button", { name: /Olaf Scholz/ }).first().waitFor();
  await page.locator("#nodes-list").getByRole("button", { name: "Olaf Scholz", exact: true }).waitFor();
  await page.locator("#status", { hasText: /^Live: \d+ new node/ }).waitFor();
  assert.equal(await page.evaluate(() => window.__e2eMarker), marker, "the page reloaded");
});

test("live updates: a plan that a new article's meeting takes in leaves the view", async (t) => {
  const key = process.env.NEWSGRAPH_URL ? process.env.NEWSGRAPH_API_KEY : apiKey;
  if (!key) return t.skip("NEWSGRAPH_URL is set without NEWSGRAPH_API_KEY");
  // A year of this run's own, so that a server that kept an earlier run's
  // articles has no meeting for the plan to fold into at once.
  const year = 2100 + (Date.now() % 800);
  const ingest = async (id, date, text) => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
      body: JSON.stringify({
        query: "mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { loaded rejected { message } } }",
        variables: { a: [{ id: `e2e-${id}-${year}-${Date.now()}`, title: id, date, source: "e2e", text }] },
      }),
    });
    const body = await res.json();
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(body.data.ingestArticles.loaded, 1);
  };
  await page.goto(`${base}/explore?seed=person%3Aantony-blinken`);
  await graphIdle();
  await page.locator('#live[data-state="live"]').waitFor();
  const meetings = page.locator("#meetings-list");
  const plan = meetings.getByRole("button", { name: /Qin Gang meeting(?!, )/ });
  const held = meetings.getByRole("button", { name: new RegExp(`Qin Gang meeting, ${year}-06-18`) });
  await ingest("plan", `${year}-06-10`, "Secretary of State Antony Blinken will travel to Beijing. Secretary Blinken will meet with Chinese Foreign Minister Qin Gang.");
  await plan.first().waitFor();
  await ingest("held", `${year}-06-19`, "Secretary of State Antony Blinken met with Chinese Foreign Minister Qin Gang in Beijing on June 18.");
  await held.first().waitFor();
  await plan.first().waitFor({ state: "detached" });
  assert.equal(await held.count(), 1);
});

test("a link to a meeting that a later ingest merged into another opens the meeting that took it in", async (t) => {
  const key = process.env.NEWSGRAPH_URL ? process.env.NEWSGRAPH_API_KEY : apiKey;
  if (!key) return t.skip("NEWSGRAPH_URL is set without NEWSGRAPH_API_KEY");
  const year = 2100 + ((Date.now() + 400) % 800); // not the live test's year
  const post = async (query, variables, headers = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  };
  const ingest = (id, date, text) =>
    post(
      "mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { loaded } }",
      { a: [{ id: `e2e-moved-${id}-${year}-${Date.now()}`, title: id, date, source: "e2e", text }] },
      { Authorization: `Bearer ${key}` },
    );
  const meetingsOf = async () =>
    (await post(`{ meetings(where: {participants: ["Antony Blinken", "Qin Gang"], status: PLANNED}, first: 100) { nodes { id } } }`)).meetings.nodes.map((n) => n.id);
  const before = new Set(await meetingsOf());
  await ingest("plan", `${year}-06-10`, "Secretary of State Antony Blinken will travel to Beijing. Secretary Blinken will meet with Chinese Foreign Minister Qin Gang.");
  const plan = (await meetingsOf()).find((id) => !before.has(id));
  assert.ok(plan, "the plan made no meeting");
  await ingest("held", `${year}-06-19`, "Secretary of State Antony Blinken met with Chinese Foreign Minister Qin Gang in Beijing on June 18.");
  const held = (await post(`query($id: ID!) { node(id: $id) { id } }`, { id: plan })).node.id;
  assert.notEqual(held, plan, "the plan's meeting was not merged");
  assert.match(held, new RegExp(`^meeting:${year}-06-18:`));

  await page.goto(`${base}/explore?seed=${encodeURIComponent(plan)}&sel=${encodeURIComponent(`node:${plan}`)}`);
  await graphIdle();
  await page.waitForURL((u) => u.searchParams.get("seed") === held);
  assert.equal(new URL(page.url()).searchParams.get("sel"), `node:${held}`);
  await details().getByText(`${year}-06-18`).first().waitFor();
  assert.match(await page.locator("#status").innerText(), /merged into another since: followed/);
});

test("a node's many undated meetings are one list, collapsed under their count, each told by its first report", async (t) => {
  const key = process.env.NEWSGRAPH_URL ? process.env.NEWSGRAPH_API_KEY : apiKey;
  if (!key) return t.skip("NEWSGRAPH_URL is set without NEWSGRAPH_API_KEY");
  // Seven articles, each telling of a call the news gives no date.
  const run = Date.now();
  const articles = Array.from({ length: 7 }, (_, i) => ({
    id: `e2e-undated-${run}-${i}`,
    title: `Undated remarks ${i + 1}`,
    date: `2023-0${i + 1}-1${i}`,
    source: "e2e",
    text: "President Yoon Suk Yeol has had an opportunity to speak to Prime Minister Fumio Kishida, the ministry said.",
  }));
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: "mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { loaded } }", variables: { a: articles } }),
  });
  const body = await res.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.equal(body.data.ingestArticles.loaded, 7);

  await page.goto(`${base}/explore?seed=person%3Ayoon-suk-yeol&sel=node%3Aperson%3Ayoon-suk-yeol`);
  await graphIdle();
  const list = page.locator("#timeline details.undated");
  const summary = list.locator("summary");
  await summary.filter({ hasText: /^\d+ undated meetings/ }).waitFor();
  const n = Number((await summary.innerText()).match(/^(\d+)/)[1]);
  assert.ok(n >= 7, `${n} undated meetings`);
  assert.equal(await list.getAttribute("open"), null, "collapsed when many");
  // On the canvas and in the lists, each undated call is named by its first
  // report, as a dated one by its date: the seven are told apart.
  const drawn = page.locator("#meetings-list").getByRole("button", { name: /Fumio Kishida call \(undated; reported 2023-0\d-1\d\)/ });
  await drawn.first().waitFor();
  const names = await drawn.allTextContents();
  assert.ok(names.length >= 7, names.join("; "));
  assert.equal(new Set(names).size, names.length, "no two undated calls share a name");
  assert.equal(await list.getByRole("button").first().isVisible(), false);
  // The keyboard opens it: the summary is a tab stop.
  await summary.focus();
  await page.keyboard.press("Enter");
  const buttons = list.getByRole("button");
  await buttons.first().waitFor();
  assert.equal(await buttons.count(), n);
  // Each names its call and the article that told of it, in that order.
  const texts = await buttons.allTextContents();
  const ours = texts.filter((x) => /Undated remarks/.test(x));
  assert.equal(ours.length, 7);
  assert.match(ours[0], /Call · reported 2023-01-10: Undated remarks 1$/);
  assert.match(ours[6], /Call · reported 2023-07-16: Undated remarks 7$/);
  assert.deepEqual(await axeViolations(), [], "the undated list open");
  // Picking one selects it, and the list stays open, with the focus on it.
  const pick = buttons.filter({ hasText: "Undated remarks 3" });
  await pick.focus();
  await page.keyboard.press("Enter");
  await details().getByRole("heading", { name: /Fumio Kishida|Yoon Suk-yeol/ }).waitFor();
  await details().getByText("Undated remarks 3").first().waitFor();
  await page.locator("#timeline details.undated[open]").waitFor();
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Undated remarks 3/);
});

test("a busy node's undated meetings, past its first page of items, are listed and told by their first report", async (t) => {
  const key = process.env.NEWSGRAPH_URL ? process.env.NEWSGRAPH_API_KEY : apiKey;
  if (!key) return t.skip("NEWSGRAPH_URL is set without NEWSGRAPH_API_KEY");
  // More articles naming him than a page of his timeline holds (dated:
  // before every undated meeting in its order), then one undated call.
  const run = Date.now();
  const day = (i) => new Date(Date.UTC(2019, 0, 1) + i * 86400000).toISOString().slice(0, 10);
  const articles = Array.from({ length: 320 }, (_, i) => ({
    id: `e2e-busy-${run}-${i}`,
    title: `Busy remarks ${i + 1}`,
    date: day(i),
    source: "e2e",
    text: "President Yoon Suk Yeol spoke about the economy, the ministry said.",
  }));
  articles.push({
    id: `e2e-busy-${run}-call`,
    title: `Busy undated call ${run}`,
    date: "2024-02-03",
    source: "e2e",
    text: "President Yoon Suk Yeol has had an opportunity to speak to Prime Minister Fumio Kishida, the ministry said.",
  });
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: "mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { loaded } }", variables: { a: articles } }),
  });
  const body = await res.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.equal(body.data.ingestArticles.loaded, articles.length);

  await page.goto(`${base}/explore?seed=person%3Ayoon-suk-yeol&sel=node%3Aperson%3Ayoon-suk-yeol`);
  await graphIdle();
  const heading = page.locator("#timeline-h", { hasText: /^Timeline of Yoon/ });
  await heading.waitFor();
  const list = page.locator("#timeline details.undated");
  await list.locator("summary").filter({ hasText: /^\d+ undated meetings/ }).waitFor();
  assert.match(await heading.textContent(), /, \d{3,} articles naming it\)$/, "every article read, none cut");
  await list.locator("summary").click();
  const ours = list.getByRole("button", { name: new RegExp(`reported 2024-02-03: Busy undated call ${run}`) });
  await ours.waitFor();
  assert.equal(await ours.count(), 1);
});

// failGraphQL makes the API answer 502 to the page's GraphQL calls whose
// query matches re, until the returned function is called; the console
// errors the browser logs for them are expected, and dropped.
async function failGraphQL(re, { delay = 0 } = {}) {
  const handler = async (route) => {
    const body = route.request().method() === "POST" ? route.request().postData() || "" : "";
    if (!re.test(body)) return route.fallback();
    if (delay) {
      await new Promise((r) => setTimeout(r, delay));
      return route.fallback();
    }
    return route.fulfill({ status: 502, contentType: "text/plain", body: "bad gateway" });
  };
  await page.route("**/graphql", handler);
  const seen = consoleErrors.length;
  return async () => {
    await page.unroute("**/graphql", handler);
    if (!delay) consoleErrors.splice(seen, consoleErrors.length - seen, ...consoleErrors.slice(seen).filter((e) => !/502/.test(e)));
  };
}

test("the start, a bad id in the URL and a failing API: each says what happened and how to go on (axe-core in each)", async () => {
  await page.goto(`${base}/explore`);
  await page.locator("#empty").getByRole("button", { name: "Xi Jinping" }).waitFor();
  assert.deepEqual(await axeViolations(), [], "the start");

  // A URL naming no node: the status says so, and the start's hint stays.
  await page.goto(`${base}/explore?seed=person%3Anobody-at-all`);
  await page.locator("#status", { hasText: /^Could not load the graph: no node has the id "person:nobody-at-all"/ }).waitFor();
  assert.ok(await page.locator("#empty").isVisible(), "the hint to search is shown");
  assert.deepEqual(await axeViolations(), [], "a bad id");
  // A shared URL with one id the graph no longer holds shows the rest, and
  // says what it left out.
  await page.goto(`${base}/explore?seed=person%3Axi-jinping&open=meeting%3Agone-since&sel=node%3Ameeting%3Agone-since`);
  await page.locator("#status", { hasText: /^\d+ nodes and \d+ edges\. Left out an id the graph does not hold: meeting:gone-since\.$/ }).waitFor();
  await nodeButton("Antony Blinken").waitFor();
  assert.doesNotMatch(page.url(), /gone-since/);

  // The API fails: the status says so and offers to try again, which works
  // once the API is back.
  const restore = await failGraphQL(/subgraph\(/);
  await page.goto(`${base}/explore?seed=person%3Axi-jinping`);
  await page.locator("#status", { hasText: /^Could not load the graph: the API answered 502/ }).waitFor();
  assert.deepEqual(await axeViolations(), [], "an API error");
  await restore();
  await page.locator("#status").getByRole("button", { name: "Try again" }).click();
  await nodeButton("Antony Blinken").waitFor();
  await page.locator("#status", { hasText: /^\d+ nodes and \d+ edges/ }).waitFor();
  assert.equal(await page.locator("#empty").isVisible(), false);
  // The details fail: they say so, and try again.
  const restoreDetails = await failGraphQL(/query Node\(/);
  await nodeButton("Antony Blinken").click();
  await details().locator(".error", { hasText: /^Could not load the details: the API answered 502/ }).waitFor();
  await restoreDetails();
  await details().getByRole("button", { name: "Try again" }).click();
  await details().getByRole("heading", { name: "Antony Blinken" }).waitFor();
});

test("the search says when nothing matches and when it fails, instead of showing nothing", async () => {
  const search = page.getByRole("combobox", { name: /search/i });
  await search.fill("Qzxvqzxv");
  await page.locator("#search-combo [role=status]", { hasText: "Nothing matches “Qzxvqzxv”." }).waitFor();
  assert.equal(await search.getAttribute("aria-expanded"), "false");
  const restore = await failGraphQL(/search\(/);
  await search.fill("Blinken");
  await page.locator("#search-combo [role=status]", { hasText: /^The search failed: the API answered 502/ }).waitFor();
  await restore();
  // Typing again searches again.
  await search.fill("Blinke");
  await page.getByRole("option", { name: /Antony Blinken/ }).waitFor();
  assert.equal(await page.locator("#search-combo [role=status]").isVisible(), false);
  await page.keyboard.press("Escape");
});

test("a slow answer shows that the graph is loading, and the last selection's details are not passed off as the next's", async () => {
  let restore = await failGraphQL(/subgraph\(/, { delay: 1500 });
  try {
    await page.goto(`${base}/explore?seed=person%3Axi-jinping&sel=node%3Aperson%3Axi-jinping`);
    await page.locator("#status", { hasText: "Loading the graph…" }).waitFor();
    assert.equal(await page.locator("#graph").getAttribute("aria-busy"), "true");
    await nodeButton("Antony Blinken").waitFor();
  } finally {
    await restore();
  }
  await details().getByRole("heading", { name: "Xi Jinping" }).waitFor();
  restore = await failGraphQL(/query Node\(/, { delay: 1500 });
  try {
    await nodeButton("Antony Blinken").click();
    await details().locator(".loading", { hasText: "Loading the details…" }).waitFor();
    assert.equal(await details().getAttribute("class"), "panel details stale");
    await details().getByRole("heading", { name: "Antony Blinken" }).waitFor();
    assert.equal(await details().locator(".loading").count(), 0);
    assert.equal(await details().getAttribute("class"), "panel details");
  } finally {
    await restore();
  }
});

test("an evidence sentence is copied with its article, publisher and date", async () => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
  await page.goto(`${base}/explore?seed=person%3Axi-jinping&sel=node%3A${encodeURIComponent(MEETING)}`);
  const item = details().locator("ul.evidence > li", { hasText: SENTENCE }).first();
  await item.waitFor();
  // The sentence, the article's title and its date are on the page, as text.
  const shown = await item.innerText();
  assert.match(shown, /China and US Seek to Stabilize Relationship/);
  assert.match(shown, /2023-06-19/);
  await item.getByRole("button", { name: "copy the sentence and its source" }).click();
  await item.getByRole("button", { name: /^copied/ }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(`“${SENTENCE}`), copied);
  assert.match(copied, /China and US Seek to Stabilize Relationship.*2023-06-19/);
});

test("no page errors, no console errors, and nothing loaded from outside the server", () => {
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(external, []);
});
