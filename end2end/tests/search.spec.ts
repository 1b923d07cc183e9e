import { type Page } from "@playwright/test";
import { expect, jsOn, passSecondFactor, signInWithPassword, signOut, test } from "./support";

// Search the way people type it (#18): Hinglish, Devanagari and typos on the
// results page (JavaScript on and off), suggestions while typing (on), and
// an official's new synonym working at once (on and off).

// The js and nojs projects share one server per engine: each its own official
// and its own new word.
const officials = {
  js: { phone: "9000000008", totp: "HAATDEMODISTRICTOFFICIALRAIPUR22", word: "kairi" },
  nojs: { phone: "9000000011", totp: "HAATDEMODISTRICTOFFICIALGWALIOR2", word: "ambi" },
};

/** Every request for the browser bundle (`/pkg/*.js`, `/pkg/*.wasm`) the page makes from now on. */
function bundleRequests(page: Page): string[] {
  const bundle: string[] = [];
  page.on("request", (request) => {
    if (/\/pkg\/.*\.(wasm|js)$/.test(new URL(request.url()).pathname)) bundle.push(request.url());
  });
  return bundle;
}

test("search finds Hinglish, Devanagari and typos, and says how it read a typo", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox").fill("aam ka achaar");
  await page.getByRole("button", { name: "खोजें" }).click();
  await expect(page).toHaveURL(/\/search\?q=aam/);
  await expect(page.locator(".tile").first()).toContainText("आम का अचार");

  await page.goto(`/search?q=${encodeURIComponent("सरसों तेल")}`);
  await expect(page.locator(".tile").first()).toContainText("सरसों तेल");

  await page.goto("/search?q=pickel");
  await expect(page.locator(".search-note")).toContainText("pickle");
  await expect(page.locator(".tile").first()).toContainText("अचार");

  await page.goto("/search?q=xyzzyq");
  await expect(page.locator(".empty")).toContainText("कम शब्द या दूसरी वर्तनी");
  // Categories to browse instead.
  await expect(page.locator("nav.chips a").first()).toBeVisible();
});

test("the search box suggests listings, categories and groups while typing", async ({ page }, info) => {
  test.skip(!jsOn(info.project.name), "suggestions need JavaScript; without it the box is a plain form");
  await page.setViewportSize({ width: 390, height: 844 });
  const bundle = bundleRequests(page);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  // The home page's only island is the search box: no WebAssembly until
  // she touches it, then it wakes and answers what she typed meanwhile.
  expect(bundle).toEqual([]);
  await page.getByRole("searchbox").pressSequentially("haldi", { delay: 60 });
  const list = page.locator(".suggestions");
  // Three groups make turmeric powder: Shivani's of Kangoo is one of them.
  const kangoo = list.locator('a[href="/p/turmeric-powder-kangoo"]');
  await expect(kangoo).toBeVisible();
  expect(bundle.some((url) => url.endsWith(".wasm"))).toBe(true);
  await expect(list.getByRole("link", { name: /सभी नतीजे देखें/ })).toBeVisible();
  await page.screenshot({ path: `test-results/suggestions-${info.project.name}.png` });
  await page.getByRole("searchbox").fill("");
  await page.getByRole("searchbox").pressSequentially("ekta", { delay: 60 });
  await expect(list.getByRole("link", { name: /एकता महिला समूह/ })).toBeVisible();
  await page.getByRole("searchbox").fill("");
  await page.getByRole("searchbox").pressSequentially("hald", { delay: 60 });
  await kangoo.click();
  await expect(page).toHaveURL(/\/p\/turmeric-powder-kangoo/);
});

test("without JavaScript no page fetches the WebAssembly", async ({ page }, info) => {
  test.skip(jsOn(info.project.name), "with JavaScript on, a page with islands wakes them (storefront and search tests)");
  const bundle = bundleRequests(page);
  for (const path of ["/", "/c/food", "/p/turmeric-powder-kangoo", "/search?q=haldi"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(bundle).toEqual([]);
});

test("an official pairs a word with one the index knows, and search finds listings by it at once", async ({ page }, info) => {
  test.setTimeout(120_000);
  const who = jsOn(info.project.name) ? officials.js : officials.nojs;
  await page.goto(`/search?q=${who.word}`);
  await expect(page.locator(".tile")).toHaveCount(0);

  await signInWithPassword(page, who.phone);
  await expect(page).toHaveURL(/second-factor/);
  await passSecondFactor(page, who.totp);
  await page.locator("header").getByRole("link", { name: "उत्पादों की जाँच" }).click();
  await page.getByRole("link", { name: "खोज के शब्द" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("खोज के शब्द");
  // The miss above is listed for officials.
  await expect(page.locator("table.report")).toContainText(who.word);

  const form = page.locator('form[action="/api/add_synonym"]');
  await form.getByLabel("शब्द", { exact: true }).fill(who.word);
  await form.getByLabel("इसी का मतलब").fill("aam");
  await form.getByRole("button", { name: "जोड़ें" }).click();
  await expect(page.getByRole("status")).toContainText("जोड़ा जुड़ गया");
  await expect(page.locator(".pairs")).toContainText(`${who.word} = aam`);
  await page.screenshot({ path: `test-results/search-words-${info.project.name}.png`, fullPage: true });

  await page.goto(`/search?q=${who.word}`);
  await expect(page.locator(".tile").first()).toContainText("आम का अचार");
  await signOut(page);
});
