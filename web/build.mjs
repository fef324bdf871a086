// Builds the two pages that the Go binary embeds, each into a dist/ folder
// that is committed:
//   ../explore/dist      the explorer at /explore (package explore)
//   ../playground/dist   GraphiQL at / (package playground)
// Each holds index.html and assets/<name>.js, assets/<name>.css and
// assets/licenses.txt (the notices of the bundled npm packages). Output is
// deterministic, so CI can rebuild and compare with git.
//   npm run build            one build
//   npm run watch            rebuild on change (for development)
import * as esbuild from "esbuild";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const watch = process.argv.includes("--watch");

const pages = [
  {
    name: "explore",
    title: "The newsgraph explorer",
    entry: "src/main.js",
    html: "src/index.html",
    out: "../explore/dist",
    base: "/explore/assets/",
  },
  {
    name: "playground",
    title: "The newsgraph playground (GraphiQL)",
    entry: "src/playground/main.js",
    html: "src/playground/index.html",
    out: "../playground/dist",
    base: "/playground/assets/",
  },
];

function options(page) {
  return {
    entryPoints: { [page.name]: path.join(here, page.entry) },
    bundle: true,
    minify: true,
    format: "esm",
    target: ["chrome109", "firefox115", "safari16"],
    outdir: path.join(here, page.out, "assets"),
    legalComments: "none", // the notices go to licenses.txt instead
    metafile: true,
    logLevel: "warning",
    charset: "utf8",
    // React's production build, without its development checks.
    define: { "process.env.NODE_ENV": '"production"' },
  };
}

function finish(page, result) {
  const out = path.join(here, page.out);
  const assets = path.join(out, "assets");
  const js = fs.readFileSync(path.join(assets, `${page.name}.js`));
  const css = fs.readFileSync(path.join(assets, `${page.name}.css`));
  const v = (b) => createHash("sha256").update(b).digest("hex").slice(0, 12);
  const html = fs
    .readFileSync(path.join(here, page.html), "utf8")
    .replace("%JS%", `${page.base}${page.name}.js?v=${v(js)}`)
    .replace("%CSS%", `${page.base}${page.name}.css?v=${v(css)}`);
  fs.writeFileSync(path.join(out, "index.html"), html);
  fs.writeFileSync(path.join(assets, "licenses.txt"), licenses(page, result.metafile));
  const size = (f) => fs.statSync(path.join(out, f)).size;
  const files = ["index.html", `assets/${page.name}.js`, `assets/${page.name}.css`, "assets/licenses.txt"];
  console.log(`${page.out}: ` + files.map((f) => `${f} ${(size(f) / 1024).toFixed(1)} KiB`).join(", "));
}

// licenses gathers the licence text of every npm package in the bundle.
function licenses(page, metafile) {
  const pkgs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) pkgs.add(m[1]);
  }
  const parts = [`${page.title} bundles these npm packages. Their licences follow.\n`];
  for (const name of [...pkgs].sort()) {
    const dir = path.join(here, "node_modules", name);
    const meta = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    const file = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? fs.readFileSync(path.join(dir, file), "utf8").trim() : `License: ${meta.license}`;
    parts.push(`${"=".repeat(72)}\n${name} ${meta.version} (${meta.license})\n${"=".repeat(72)}\n${text}\n`);
  }
  return parts.join("\n");
}

for (const page of pages) {
  const out = path.join(here, page.out);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, "assets"), { recursive: true });
  if (watch) {
    const ctx = await esbuild.context({
      ...options(page),
      plugins: [{ name: "finish", setup: (b) => b.onEnd((r) => r.errors.length || finish(page, r)) }],
    });
    await ctx.watch();
  } else {
    finish(page, await esbuild.build(options(page)));
  }
}
if (watch) console.log("watching src/ …");
