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
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const STEP = 15000; // the longest any one step may wait
const BUDGET = 60000; // past it (after the build) the browser and server are closed, so what is left fails fast

let tmp;
let server;
let serverLog = "";
let base;
let context;
let page;
const pageErrors = [];
const consoleErrors = [];
const external = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (server && server.exitCode !== null) throw new Error(`newsgraph exited with ${server.exitCode}:\n${serverLog}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`newsgraph did not answer ${url} within ${ms} ms:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function stopServer() {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    const s = server;
    setTimeout(() => s.exitCode === null && s.kill("SIGKILL"), 3000).unref();
  }
}
process.on("exit", () => server && server.exitCode === null && server.kill("SIGKILL"));

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-playground-e2e-"));
  if (process.env.NEWSGRAPH_URL) {
    base = process.env.NEWSGRAPH_URL.replace(/\/$/, "");
  } else {
    const bin = path.join(tmp, "newsgraph");
    execFileSync("go", ["build", "-o", bin, "."], { cwd: process.env.NEWSGRAPH_SRC || repo, stdio: "inherit" });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // The embedded store on the bundled samples, even where NEO4J_URI is set.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("NEO4J_")));
    server = spawn(bin, ["serve", "--addr", `127.0.0.1:${port}`, "--data", path.join(tmp, "data")], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout.on("data", (d) => (serverLog += d));
    server.stderr.on("data", (d) => (serverLog += d));
  }
  await waitForServer(`${base}/schema.graphql`, 60000);
  setTimeout(() => {
    console.error(`playground e2e: over ${BUDGET / 1000} s, closing the browser and the server`);
    stopServer();
    if (context) context.close().catch(() => {});
  }, BUDGET).unref();

  context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  context.setDefaultTimeout(STEP);
  // The network is cut: only the server under test answers.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    external.push(url);
    return route.abort("internetdisconnected");
  });
  page = context.pages()[0] || (await context.newPage());
  page.on("pageerror", (err) => pageErrors.push(err.message));
  page.on("console", (msg) => msg.type() === "error" && consoleErrors.push(msg.text()));
});

after(async () => {
  try {
    if (context) await context.close();
  } finally {
    stopServer();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
});

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
