// How the graph view copes with 200 and 2,000 nodes, in headless Chromium:
//   npm run bench            (CHROMIUM=/usr/bin/chromium by default)
// It bundles bench/page.js, serves it on 127.0.0.1 and prints one JSON line
// per size: the layout's wall time, how many redraws it made, the longest
// the main thread was busy meanwhile, and the JavaScript time of a redraw.
// Without a GPU, Chromium draws WebGL in software (SwiftShader), so the wall
// times here are far above a desktop browser's; the main-thread numbers
// are the ones to compare.
import * as esbuild from "esbuild";
import { chromium } from "playwright-core";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "explore-bench-"));
await esbuild.build({ entryPoints: [path.join(here, "page.js")], bundle: true, format: "esm", outfile: path.join(tmp, "page.js"), logLevel: "warning" });
const html = `<!doctype html><meta charset="utf-8"><title>bench</title><body style="margin:0"><div id="graph" style="width:1000px;height:800px"></div><script type="module" src="/page.js"></script>`;
const server = http.createServer((req, res) => {
  if (req.url.startsWith("/page.js")) {
    res.setHeader("Content-Type", "text/javascript");
    return res.end(fs.readFileSync(path.join(tmp, "page.js")));
  }
  if (req.url === "/" || req.url.startsWith("/?")) {
    res.setHeader("Content-Type", "text/html");
    return res.end(html);
  }
  res.statusCode = 404;
  res.end();
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;
const context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1000, height: 800 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = context.pages()[0] || (await context.newPage());
  page.on("pageerror", (e) => console.error("page error:", e.message));
  for (const n of [200, 2000]) {
    await page.goto(`${base}/?n=${n}`);
    await page.waitForFunction(() => document.title === "done", null, { timeout: 120000 });
    console.log(JSON.stringify(await page.evaluate(() => window.result)));
  }
} finally {
  await context.close();
  server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
