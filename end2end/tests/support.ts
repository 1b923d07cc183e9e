import { expect, test as base, type Locator, type Page } from "@playwright/test";
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

// What several specs share: the demo password, signing in and out, the
// officials' authenticator codes, and photos made on the fly.

export const PASSWORD = "HaatDemo@2026";

/**
 * Each test is its own phone: the test servers run with
 * --trust-forwarded-for and every test sends its own client address, so the
 * server's sign-in limit per client (30 in 15 minutes) counts each test
 * apart, as it would real phones, rather than the whole suite from 127.0.0.1.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({}, use, info) => {
    const n = [...`${info.project.name}|${info.testId}|${info.retry}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
    await use({ "x-forwarded-for": `10.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}` });
  },
});
export { expect };

/** RFC 6238: 6 digits, 30-second steps, HMAC-SHA1 — what an authenticator app shows. */
export function totp(base32: string, unixSeconds = Date.now() / 1000): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of base32.replace(/=+$/, "")) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, "0");
}

export async function signInWithPassword(page: Page, phone: string) {
  await page.goto("/signin/password");
  const form = page.locator('main form[action="/api/password_sign_in"]');
  await form.getByLabel("मोबाइल नंबर").fill(phone);
  await form.getByLabel("पासवर्ड").fill(PASSWORD);
  await form.getByRole("button", { name: "साइन इन" }).click();
}

export async function signOut(page: Page) {
  await page.goto("/account");
  await page.locator('main form[action="/api/sign_out"] button').click();
  await expect(page.locator("header").getByRole("link", { name: /साइन इन/ })).toBeVisible();
}

export const jsOn = (projectName: string) => projectName.startsWith("js-");

/**
 * Passes an official's second factor. Each authenticator code is accepted
 * once (per 30-second step), and another spec may have used this step's
 * code: then wait for the next step and try again.
 */
export async function passSecondFactor(page: Page, secret: string) {
  const form = page.locator('main form[action="/api/verify_second_factor"]');
  for (let attempt = 0; attempt < 2; attempt++) {
    await form.getByLabel("ऐप में दिख रहा कोड").fill(totp(secret));
    await form.getByRole("button", { name: "जाँचें" }).click();
    await page.waitForLoadState();
    if (!/second-factor/.test(page.url())) return;
    const wait = 30_000 - (Date.now() % 30_000) + 500;
    await page.waitForTimeout(wait);
  }
  await expect(page).not.toHaveURL(/second-factor/);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real RGB PNG photo-like picture (a coloured gradient), as a phone gallery file. */
export function photo(width: number, height: number, hue: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      row[1 + x * 3] = (hue + x) % 256;
      row[2 + x * 3] = (y * 2) % 256;
      row[3 + x * 3] = (hue * 3 + x + y) % 256;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Empties the signed-in person's cart. */
export async function emptyCart(page: Page) {
  await page.goto("/cart");
  // One at a time: each removal renders the cart again.
  const remove = page.getByRole("button", { name: /^हटाएँ/ });
  for (let left = await remove.count(); left > 0; left--) {
    await remove.first().click();
    await expect(remove).toHaveCount(left - 1);
  }
}

/** Adds `slug` to the cart from its product page. */
export async function addToCart(page: Page, slug: string, qty?: string) {
  await page.goto(`/p/${slug}`);
  const form = page.locator('form[action="/api/add_to_cart"]');
  if (qty) await form.getByLabel("मात्रा").fill(qty);
  await form.getByRole("button", { name: "थैले में डालें" }).click();
  await expect(page).toHaveURL(/\/cart\?saved=added/);
}

/** "₹1,234.50" as 1234.5. */
export function rupees(text: string | null): number {
  return Number((text ?? "").replace(/[^0-9.]/g, ""));
}

/** Fills the add-address form (`form[action="/api/add_address"]`) with a Raipur address and saves it. */
export async function saveRaipurAddress(form: Locator, line1: string, pincode: string) {
  await form.getByLabel("मकान नंबर, गली, मोहल्ला").fill(line1);
  await form.getByLabel("गाँव / शहर").fill("Raipur");
  await form.getByLabel("ज़िला").fill("Raipur");
  await form.getByLabel("राज्य").selectOption({ label: "छत्तीसगढ़" });
  await form.getByLabel("पिन कोड").fill(pincode);
  await form.getByRole("button", { name: "सहेजें" }).click();
}

/** On the checkout page: a first-time buyer adds her Raipur address. */
export async function ensureAddress(page: Page) {
  if (await page.getByRole("link", { name: "पता जोड़ें" }).count()) {
    await page.getByRole("link", { name: "पता जोड़ें" }).click();
    const form = page.locator('form[action="/api/add_address"]');
    // Come from the checkout, the form is open already.
    if (!(await form.isVisible())) await page.getByText("नया पता जोड़ें").click();
    await saveRaipurAddress(form, "House 12, Shanti Nagar", "492001");
    // Saving returns to the checkout she came from.
    await expect(page).toHaveURL(/\/checkout$/);
  }
}

/** `buyer` signs in, puts `qty` of `slug` alone in her cart and opens checkout, her address on file. */
export async function checkoutOne(page: Page, buyer: string, slug: string, qty: string) {
  await signInWithPassword(page, buyer);
  await expect(page).toHaveURL(/\/account$/);
  await emptyCart(page);
  await addToCart(page, slug, qty);
  await page.goto("/checkout");
  await ensureAddress(page);
}

/** The group's next step on an order, by its button. */
export async function takeStep(page: Page, number: string, button: string) {
  await page.goto(`/orders/${number}`);
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${number}\\?saved=`));
  await expect(page.locator(".form-saved")).toBeVisible();
}

// axe-core, for the accessibility checks (JavaScript projects only: it runs as a script).
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

type Finding = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/** The serious and critical findings on the page as it is now. */
export async function seriousFindings(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol, so the page's
  // Content-Security-Policy (no inline scripts) does not stop it.
  await page.evaluate(AXE);
  const found: Finding[] = await page.evaluate(async () => {
    // @ts-expect-error axe is defined by the script evaluated above
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  });
  return found
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 4).join(", ")}`);
}
