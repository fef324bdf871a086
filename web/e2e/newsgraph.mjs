// The setup both end-to-end tests share: build and start the real newsgraph
// binary on the bundled samples (or use NEWSGRAPH_URL), and open headless
// Chromium from Debian's chromium package through playwright-core, with
// every request to anywhere but the server under test aborted and recorded.
// One owner, so the two tests start the server and cut the network alike.
//
// Environment: CHROMIUM (default /usr/bin/chromium); NEWSGRAPH_URL to test a
// server that is already running instead of building one; NEWSGRAPH_SRC to
// build from another checkout.
import { before, after } from "node:test";
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, "../..");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

// useNewsgraph registers the before and after hooks of a test file and
// returns the session they fill in: base (the server's URL), context and
// page (the browser), and what the page did wrong: pageErrors,
// consoleErrors and external (URLs it tried outside the server).
//
// name labels the temporary folder and the budget message; readyPath is
// fetched until the server answers it; step is the longest any one step may
// wait; past budget ms (counted after the build) the browser and server are
// closed, so what is left fails fast; abortWith is the error an external
// request gets (playwright's route.abort); env is added to the server's;
// ready, if given, is called with the session once it is filled in (a
// second root-level before hook would not do: node 20 does not wait for
// one root hook to finish before it starts the next).
export function useNewsgraph({ name, readyPath, step, budget, abortWith, env = {}, ready = () => {} }) {
  const session = { base: "", context: null, page: null, pageErrors: [], consoleErrors: [], external: [] };
  let tmp;
  let server;
  let serverLog = "";

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

  // stopServer resolves when the server has exited: on SIGTERM it closes
  // its store, writing into the data folder, which may not be removed before.
  function stopServer() {
    const s = server;
    if (!s || s.exitCode !== null || s.signalCode !== null) return Promise.resolve();
    const exited = new Promise((resolve) => s.once("exit", resolve));
    s.kill("SIGTERM");
    setTimeout(() => s.exitCode === null && s.signalCode === null && s.kill("SIGKILL"), 3000).unref();
    return exited;
  }
  process.on("exit", () => server && server.exitCode === null && server.kill("SIGKILL"));

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), `newsgraph-${name}-e2e-`));
    if (process.env.NEWSGRAPH_URL) {
      session.base = process.env.NEWSGRAPH_URL.replace(/\/$/, "");
    } else {
      const bin = path.join(tmp, "newsgraph");
      execFileSync("go", ["build", "-o", bin, "."], { cwd: process.env.NEWSGRAPH_SRC || repo, stdio: "inherit" });
      // The embedded store on the bundled samples, even where NEO4J_URI is set.
      const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("NEO4J_")));
      // Port 0: the server keeps the listener it opens and names its address
      // in its start line, so no port is picked, closed and raced for.
      server = spawn(bin, ["serve", "--addr", "127.0.0.1:0", "--data", path.join(tmp, "data")], {
        env: { ...inherited, ...env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      session.base = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`newsgraph printed no start line within 60 s:\n${serverLog}`)), 60000);
        const onData = (d) => {
          serverLog += d;
          const m = /graphql=(http:\/\/[^\s"]+)\/graphql/.exec(serverLog);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        };
        server.stdout.on("data", onData);
        server.stderr.on("data", onData);
        server.on("exit", (code) => {
          clearTimeout(timer);
          reject(new Error(`newsgraph exited with ${code}:\n${serverLog}`));
        });
      });
    }
    await waitForServer(`${session.base}${readyPath}`, 60000);
    // The budget counts from here: the Go build before it takes a minute or
    // more on a cold build cache, and seconds on a warm one.
    setTimeout(() => {
      console.error(`${name} e2e: over ${budget / 1000} s, closing the browser and the server`);
      stopServer();
      if (session.context) session.context.close().catch(() => {});
    }, budget).unref();

    const context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
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
    session.context = context;
    context.setDefaultTimeout(step);
    // Nothing may load from anywhere but the server under test.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(session.base) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      session.external.push(url);
      return route.abort(abortWith);
    });
    const page = context.pages()[0] || (await context.newPage());
    page.on("pageerror", (err) => session.pageErrors.push(err.message));
    page.on("console", (msg) => msg.type() === "error" && session.consoleErrors.push(msg.text()));
    session.page = page;
    ready(session);
  });

  after(async () => {
    try {
      if (session.context) await session.context.close();
    } finally {
      await stopServer();
      if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  return session;
}
