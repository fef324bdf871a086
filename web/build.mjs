// Builds the explorer into ../explore/dist, which the Go package explore
// embeds: index.html, assets/explore.js, assets/explore.css and
// assets/licenses.txt (the notices of the bundled npm packages).
// Output is deterministic, so CI can rebuild and compare with git.
//   npm run build            one build
//   npm run watch            rebuild on change (for development)
import * as esbuild from "esbuild";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, "../explore/dist");
const assets = path.join(out, "assets");
const watch = process.argv.includes("--watch");

const options = {
  entryPoints: { explore: path.join(here, "src/main.js") },
  bundle: true,
  minify: true,
  format: "esm",
  target: ["chrome109", "firefox115", "safari16"],
  outdir: assets,
  legalComments: "none", // the notices go to licenses.txt instead
  metafile: true,
  logLevel: "warning",
  charset: "utf8",
};

function finish(result) {
  const js = fs.readFileSync(path.join(assets, "explore.js"));
  const css = fs.readFileSync(path.join(assets, "explore.css"));
  const v = (b) => createHash("sha256").update(b).digest("hex").slice(0, 12);
  const html = fs
    .readFileSync(path.join(here, "src/index.html"), "utf8")
    .replace("%JS%", `/explore/assets/explore.js?v=${v(js)}`)
    .replace("%CSS%", `/explore/assets/explore.css?v=${v(css)}`);
  fs.writeFileSync(path.join(out, "index.html"), html);
  fs.writeFileSync(path.join(assets, "licenses.txt"), licenses(result.metafile));
  const size = (f) => fs.statSync(path.join(out, f)).size;
  const files = ["index.html", "assets/explore.js", "assets/explore.css", "assets/licenses.txt"];
  console.log(files.map((f) => `${f} ${(size(f) / 1024).toFixed(1)} KiB`).join(", "));
}

// licenses gathers the licence text of every npm package in the bundle.
function licenses(metafile) {
  const pkgs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) pkgs.add(m[1]);
  }
  const parts = ["The newsgraph explorer bundles these npm packages. Their licences follow.\n"];
  for (const name of [...pkgs].sort()) {
    const dir = path.join(here, "node_modules", name);
    const meta = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    const file = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? fs.readFileSync(path.join(dir, file), "utf8").trim() : `License: ${meta.license}`;
    parts.push(`${"=".repeat(72)}\n${name} ${meta.version} (${meta.license})\n${"=".repeat(72)}\n${text}\n`);
  }
  return parts.join("\n");
}

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(assets, { recursive: true });
if (watch) {
  const ctx = await esbuild.context({
    ...options,
    plugins: [{ name: "finish", setup: (b) => b.onEnd((r) => r.errors.length || finish(r)) }],
  });
  await ctx.watch();
  console.log("watching src/ …");
} else {
  finish(await esbuild.build(options));
}
