// End-to-end test of the playground (GraphiQL at /) with the network cut:
// headless Chromium from Debian's chromium package, driven by playwright-core
// (no browser download), against the real newsgraph binary on the bundled
// samples. Every request to anywhere but the server under test is aborted
// and recorded, and the test fails if the page attempted any.
//
//   cd web && npm ci && npm run test:e2e
//
// Environment: CHROMIUM (default /usr/bin/chromium); NEWSGRAPH_URL to test a
// server that is already running; NEWSGRAPH_SRC to build from another
// checkout; PLAYGROUND_SCREENSHOT to save a picture of the answered query.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useNewsgraph } from "./newsgraph.mjs";

let base;
let page;
// The network is cut: only the server under test answers.
const e2e = useNewsgraph({
  name: "playground",
  readyPath: "/schema.graphql",
  step: 15000,
  budget: 60000,
  abortWith: "internetdisconnected",
  ready: (s) => ({ base, page } = s),
});
const { pageErrors, consoleErrors, external } = e2e;

test("the playground opens offline with the example tabs and answers the Xi query", async () => {
  await page.goto(`${base}/`);
  // GraphiQL has replaced the loading message and knows the schema.
  await page.locator(".graphiql-container").waitFor();
  const tabs = page.locator(".graphiql-tab");
  await tabs.nth(10).waitFor();
  assert.equal(await tabs.count(), 11, "one tab per example in graph.Examples");
  const query = page.locator(".graphiql-query-editor .CodeMirror-code");
  await query.getByText("withOfficialsOf").waitFor();
  assert.match(await query.innerText(), /participant: "Xi Jinping", withOfficialsOf: "US"/);

  await page.locator(".graphiql-execute-button").click();
  const result = page.locator(".result-window");
  await result.getByText("Antony Blinken").first().waitFor();
  const text = await result.innerText();
  assert.match(text, /"totalCount": 3/);
  assert.match(text, /"date": "2023-06-19"/);
  assert.match(text, /"name": "Beijing"/);
  assert.doesNotMatch(text, /"errors"/);
  if (process.env.PLAYGROUND_SCREENSHOT) await page.screenshot({ path: process.env.PLAYGROUND_SCREENSHOT });

  // The documentation explorer reads the schema by introspection, offline too.
  await page.getByRole("button", { name: /documentation explorer/i }).click();
  await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).first().waitFor();

  assert.deepEqual(external, [], "the page tried to reach the internet");
  assert.deepEqual(pageErrors, [], "the page threw");
  assert.deepEqual(consoleErrors, [], "the console shows errors (a Content-Security-Policy violation, say)");
});
