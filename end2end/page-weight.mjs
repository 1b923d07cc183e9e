// Measures what a product page costs a phone: every script, WASM and
// stylesheet the page loads with JavaScript on, compressed with brotli
// (quality 11, as a precompressed file would be) and as served.
//
//   ./dev.sh page-weight            (builds release, starts a server, runs this)
//   node page-weight.mjs http://127.0.0.1:3000 [/p/some-product]
import { chromium } from "@playwright/test";
import { brotliCompressSync, constants } from "node:zlib";

const [base = "http://127.0.0.1:3000", path = "/p/mango-pickle-khorpa"] = process.argv.slice(2);
const BUDGET = 100 * 1024;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const page = await browser.newPage();
const assets = [];
page.on("response", async (response) => {
  const url = new URL(response.url());
  const kind = url.pathname.endsWith(".wasm")
    ? "wasm"
    : url.pathname.endsWith(".js")
      ? "js"
      : url.pathname.endsWith(".css")
        ? "css"
        : null;
  if (!kind || response.status() !== 200) return;
  assets.push({ kind, url: url.pathname, response });
});
await page.goto(base + path, { waitUntil: "networkidle" });
await page.waitForSelector('.gallery[data-awake="true"]', { timeout: 15000 });

let total = 0;
const rows = [];
for (const { kind, url, response } of assets) {
  const body = await response.body();
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  // What the server actually sent over the wire for this request (it compresses on the fly).
  const sizes = await response.request().sizes();
  total += brotli;
  rows.push({ kind, file: url.split("/").pop(), raw: body.length, brotli, transferred: sizes.responseBodySize });
}
await browser.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`Page: ${path}`);
for (const r of rows) {
  console.log(`  ${r.kind.padEnd(5)} ${kb(r.raw).padStart(10)} raw  ${kb(r.brotli).padStart(10)} brotli-11  ${kb(r.transferred).padStart(10)} as served  ${r.file}`);
}
console.log(`Total JS+WASM+CSS, brotli-11: ${kb(total)} (budget ${kb(BUDGET)}: ${total <= BUDGET ? "within" : `over by ${kb(total - BUDGET)}`})`);
