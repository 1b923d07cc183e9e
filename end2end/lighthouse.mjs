// Lighthouse on a phone (mobile, simulated slow 4G, its defaults) for the
// home, a category and a product page of a running server with the demo
// catalogue, in Debian's Chromium: ./dev.sh lighthouse (and at the end of
// ./dev.sh bench). Each page runs three times; the median run's figures
// are printed as a table row for docs/BENCHMARKS.md.
//
//   node lighthouse.mjs http://127.0.0.1:3000 /path/to/lighthouse-cli
//
// The machine this runs on has no Devanagari font, so the pages are seen
// as on a phone without one: the web font downloads, and any shift it
// causes counts.
import { execFileSync } from "node:child_process";

const [base, cli] = process.argv.slice(2);
if (!base || !cli) {
  console.error("usage: node lighthouse.mjs BASE_URL LIGHTHOUSE_CLI");
  process.exit(2);
}
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const runs = Number(process.env.HAAT_LIGHTHOUSE_RUNS || 3);

// The first category and product the home page links to: the pages a
// shopper opens next.
const home = await (await fetch(base + "/")).text();
const first = (prefix) => {
  const m = home.match(new RegExp(`href="(${prefix}[^"]+)"`));
  if (!m) throw new Error(`the home page links to no ${prefix} page`);
  return m[1];
};
const pages = [
  ["home", "/"],
  ["category", first("/c/")],
  ["product", first("/p/")],
];

function once(path) {
  const out = execFileSync(
    cli,
    [
      base + path,
      "--quiet",
      "--only-categories=performance",
      "--form-factor=mobile",
      "--output=json",
      "--output-path=stdout",
      "--chrome-flags=--headless=new --no-sandbox",
    ],
    { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(out.toString());
  const audit = (id) => report.audits[id].numericValue;
  return {
    score: Math.round(report.categories.performance.score * 100),
    cls: audit("cumulative-layout-shift"),
    lcp: audit("largest-contentful-paint"),
    fcp: audit("first-contentful-paint"),
    tbt: audit("total-blocking-time"),
  };
}

console.log("| page | path | performance | CLS | LCP ms | FCP ms | TBT ms |");
console.log("|---|---|---|---|---|---|---|");
let failed = false;
for (const [name, path] of pages) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    try {
      all.push(once(path));
    } catch (e) {
      console.error(`FAILED ${name} ${path}: ${e.message}`);
      failed = true;
    }
  }
  if (all.length === 0) continue;
  all.sort((a, b) => a.score - b.score || b.lcp - a.lcp);
  const m = all[Math.floor(all.length / 2)];
  console.log(
    `| ${name} | ${path} | ${m.score} | ${m.cls.toFixed(3)} | ${Math.round(m.lcp)} | ${Math.round(m.fcp)} | ${Math.round(m.tbt)} |`,
  );
}
process.exit(failed ? 1 : 0);
