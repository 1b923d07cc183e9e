import { type Page } from "@playwright/test";
import { addToCart, emptyCart, ensureAddress, expect, jsOn, seriousFindings, signInWithPassword, signOut, test } from "./support";

// axe-core on the pages people use most, as they are on a phone: no
// serious or critical finding on any of them (contrast, names, labels…).
// axe runs as a script, so in the JavaScript projects only; the pages'
// markup is the server's either way.

test.beforeEach(({}, info) => test.skip(!jsOn(info.project.name), "axe needs JavaScript in the page"));

async function check(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  expect(await seriousFindings(page), path).toEqual([]);
}

test("the storefront has no serious accessibility finding", async ({ page }) => {
  test.setTimeout(90_000);
  for (const path of ["/", "/c/food", "/products", "/p/mango-pickle-khorpa", "/g/maa-durga-shg-khorpa", "/signin", "/signin/password", "/cart"]) {
    await check(page, path);
  }
});

test("a buyer's cart, checkout and orders have no serious accessibility finding", async ({ page }) => {
  test.setTimeout(90_000);
  // Imran, a trader (ten sign-ins per number in 15 minutes: the other
  // specs use Sunita and Kamla).
  await signInWithPassword(page, "9000000006");
  await expect(page).toHaveURL(/\/account$/);
  await emptyCart(page);
  await addToCart(page, "mango-pickle-khorpa");
  await page.goto("/checkout");
  await ensureAddress(page);
  for (const path of ["/cart", "/checkout", "/orders", "/account", "/inbox"]) await check(page, path);
  await emptyCart(page);
  await signOut(page);
});

test("a seller's pages have no serious accessibility finding", async ({ page }) => {
  test.setTimeout(90_000);
  // Rekha, a member of Maa Durga SHG.
  await signInWithPassword(page, "9000000003");
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/sell");
  const editor = await page.locator(".sell-item__title").first().getAttribute("href");
  for (const path of ["/sell", "/sell/new", editor!, "/orders", "/earnings"]) await check(page, path);
  await signOut(page);
});
