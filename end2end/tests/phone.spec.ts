import { type Page } from "@playwright/test";
import { expect, signInWithPassword, signOut, test } from "./support";

// Every page a seller works from, and the buyer's way to an order, fit a
// 360 px phone: nothing wider than the screen, no sideways scrolling.

// People the other specs sign in least (ten sign-ins per number in 15
// minutes, and every project signs in on the same server).
const SELLER = "9000000003"; // Rekha, a member of Maa Durga SHG, Khorpa
const BUYER = "9000000006"; // Imran, a trader

/** The page's elements wider than the screen (empty when it fits). */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} → ${Math.round(e.getBoundingClientRect().right)}px`);
  });
}

async function fits(page: Page, path: string, name: string, info: { project: { name: string } }) {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  expect(await overflow(page), `${path} at ${page.viewportSize()?.width}px`).toEqual([]);
  await page.screenshot({ path: `test-results/phone-${name}-${page.viewportSize()?.width}-${info.project.name}.png`, fullPage: true });
}

const WIDTHS = [360, 412];

test("every seller page fits a 360 and a 412 px phone", async ({ page }, info) => {
  test.setTimeout(120_000);
  await signInWithPassword(page, SELLER);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/sell");
  const editor = await page.locator(".sell-item__title").first().getAttribute("href");
  const pages: [string, string][] = [
    ["/account", "account"],
    ["/sell", "sell"],
    ["/sell/new", "new-listing"],
    [editor!, "listing-editor"],
    ["/sell/import", "import"],
    ["/my-group", "my-group"],
    ["/orders", "orders"],
    ["/orders?tab=all", "orders-all"],
    ["/earnings", "earnings"],
    ["/inbox", "inbox"],
  ];
  await page.goto("/orders?tab=all");
  const orders = page.locator(".order-list a");
  if (await orders.count()) pages.push([(await orders.first().getAttribute("href"))!, "order"]);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 780 });
    for (const [path, name] of pages) await fits(page, path, name, info);
  }
  await signOut(page);
});

test("a buyer's way to an order fits a 360 and a 412 px phone", async ({ page }, info) => {
  test.setTimeout(120_000);
  await signInWithPassword(page, BUYER);
  await expect(page).toHaveURL(/\/account$/);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 780 });
    for (const [path, name] of [
      ["/", "home"],
      ["/products", "products"],
      ["/p/mango-pickle-khorpa", "product"],
      ["/cart", "cart"],
      ["/checkout", "checkout"],
      ["/orders", "my-orders"],
    ]) {
      await fits(page, path, name, info);
    }
  }
  await signOut(page);
});
