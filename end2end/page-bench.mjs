// Measures a running Haat server with oha, page by page, and prints one
// Markdown row per page (docs/BENCHMARKS.md keeps them). `./dev.sh bench`
// starts the servers and calls this once per engine and catalogue size.
//
//   node page-bench.mjs <base-url> <engine> <products> [static-limit-req/s]
//
// Environment: HAAT_BENCH_SECS (seconds per run, default 10),
// HAAT_BENCH_PID (the server's pid: its peak memory is printed),
// HAAT_BENCH_PAGES (a comma-separated subset of page names).
// Exits non-zero when any answer is not a success or a connection fails.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const [base, engine, products, staticLimitArg] = process.argv.slice(2);
if (!base || !engine || !products) {
  console.error("usage: node page-bench.mjs <base-url> <engine> <products> [static-limit-req/s]");
  process.exit(2);
}
const secs = Number(process.env.HAAT_BENCH_SECS ?? 10);
const staticLimit = staticLimitArg ? Number(staticLimitArg) : null;
let failed = false;

function oha(url, args) {
  const out = execFileSync("oha", ["--no-tui", "--output-format", "json", ...args, url], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(out);
  const codes = result.statusCodeDistribution ?? {};
  const bad = Object.entries(codes).filter(([code]) => !code.startsWith("2"));
  const errors = Object.entries(result.errorDistribution ?? {});
  if (bad.length || errors.length) {
    failed = true;
    console.error(`FAILED ${url} ${args.join(" ")}: status ${JSON.stringify(codes)} errors ${JSON.stringify(result.errorDistribution)}`);
  }
  return {
    rps: result.summary.requestsPerSec,
    p75: result.latencyPercentiles.p75 * 1000,
    p99: result.latencyPercentiles.p99 * 1000,
  };
}

async function text(path, headers = {}) {
  // Once more on a broken pipe: the server closes a kept-alive connection
  // that stayed idle through a long run.
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(base + path, { headers, redirect: "manual" });
      return { response, body: await response.text() };
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

// Puts one of the product on `productPath` in the cart `cookie` names (a
// new cart without one); returns the cart's cookie.
async function addToCart(productPath, cookie) {
  const { body } = await text(productPath);
  const id = body.match(/name="product_id" value="(\d+)"/)?.[1];
  if (!id) throw new Error(`no add-to-cart form on ${productPath}`);
  const response = await fetch(base + "/api/add_to_cart", {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      accept: "application/json",
      ...(cookie ? { cookie } : {}),
    },
    body: `product_id=${id}&qty=1`,
  });
  if (!response.ok) throw new Error(`adding ${productPath} to the cart: status ${response.status}`);
  if (cookie) return cookie;
  const set = response.headers.getSetCookie().find((c) => c.startsWith("haat_cart="));
  if (!set) throw new Error("adding to the cart set no cookie");
  return set.split(";")[0];
}

const product = Number(products) > 5000 ? "/p/bench-4242" : "/p/mango-pickle-khorpa";
const pages = [
  { name: "home", path: "/" },
  { name: "all products", path: "/products" },
  { name: "category", path: "/c/food" },
  { name: "product", path: product },
  { name: "group", path: "/g/ekta-shg-tighra" },
  { name: "search", path: "/search?q=pickle" },
  { name: "cart (2 lines)", path: "/cart", cart: true },
];
const only = process.env.HAAT_BENCH_PAGES?.split(",");
// A cart with two lines (from two groups when the catalogue is generated),
// as a shopper without an account has it.
const cookie = await addToCart("/p/mango-pickle-khorpa", await addToCart(product));
console.log(
  "| engine | products | page | c=16 req/s | c=16 p99 ms | c=64 req/s | c=64 p99 ms | fixed rate req/s | its p99 ms | of the static limit |",
);
console.log("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|");
for (const page of pages) {
  if (only && !only.includes(page.name)) continue;
  const headers = ["-H", "accept-encoding: br, gzip"];
  if (page.cart) headers.push("-H", `cookie: ${cookie}`);
  const url = base + page.path;
  // Warm: the first render of a page fills caches (pages, the planner's).
  oha(url, ["-n", "50", "-c", "4", ...headers]);
  // -w: requests still running at the deadline finish and count.
  const c16 = oha(url, ["-z", `${secs}s`, "-w", "-c", "16", ...headers]);
  const c64 = oha(url, ["-z", `${secs}s`, "-w", "-c", "64", ...headers]);
  // Half the closed-loop throughput, paced: the latency a visitor sees
  // when the server is busy but not saturated.
  const rate = Math.max(1, Math.round(c16.rps / 2));
  const paced = oha(url, ["-z", `${secs}s`, "-w", "-c", "64", "-q", String(rate), "--latency-correction", ...headers]);
  const share = staticLimit ? `${((100 * c16.rps) / staticLimit).toFixed(1)} %` : "";
  console.log(
    `| ${engine} | ${products} | ${page.name} | ${c16.rps.toFixed(0)} | ${c16.p99.toFixed(1)} | ${c64.rps.toFixed(0)} | ${c64.p99.toFixed(1)} | ${rate} | ${paced.p99.toFixed(1)} | ${share} |`,
  );
}

// Static files on one kept-alive connection, as a browser fetches them.
const home = (await text("/")).body;
const productPage = (await text(product)).body;
const css = home.match(/href="(\/pkg\/[^"]+\.css)"/)?.[1];
const wasm = home.match(/(\/pkg\/[^"']+\.wasm)/)?.[1];
const media = productPage.match(/(\/media\/[^"' ]+)/)?.[1];
const files = [
  ["stylesheet, brotli", css, "br"],
  ["stylesheet, uncompressed", css, "identity"],
  ["WASM, brotli", wasm, "br"],
  ["photo", media, "identity"],
];
for (const [name, path, encoding] of files) {
  if (!path) {
    console.error(`no ${name} found on the page`);
    failed = true;
    continue;
  }
  const one = oha(base + path, ["-n", "300", "-c", "1", "-H", `accept-encoding: ${encoding}`]);
  console.log(`- ${engine}, ${products} products: ${name} (${path.split("/").pop()}) on one connection: p75 ${one.p75.toFixed(2)} ms, p99 ${one.p99.toFixed(2)} ms`);
}

if (process.env.HAAT_BENCH_PID) {
  const status = readFileSync(`/proc/${process.env.HAAT_BENCH_PID}/status`, "utf8");
  const peak = status.match(/VmHWM:\s+(\d+) kB/)?.[1];
  if (peak) console.log(`- ${engine}, ${products} products: server peak memory (VmHWM) ${(peak / 1024).toFixed(0)} MB`);
}
if (failed) process.exit(1);
