import { type Page } from "@playwright/test";
import { expect, test } from "./support";

// The storefront as a shopper on a phone uses it, in every project:
// JavaScript on and off, SQLite and PostgreSQL.

const jsOn = (projectName: string) => projectName.startsWith("js-");

async function openFilters(page: Page) {
  // On a phone the filters fold away in a <details>; open it if closed.
  const panel = page.locator("details.filter-panel");
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await panel.locator("summary").click();
  }
}

function rupees(text: string): number {
  return Number(text.replace(/[₹,\s]/g, ""));
}

test("a shopper browses from home to a group and switches language, which persists", async ({ page }, info) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("गाँव की दीदियों का हुनर");

  // Home → category.
  await page.getByRole("link", { name: /खाद्य सामग्री/ }).first().click();
  await expect(page).toHaveURL(/\/c\/food$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("खाद्य सामग्री");

  // Category → filter by state, cheapest first.
  await openFilters(page);
  await page.getByLabel("राज्य").selectOption("chhattisgarh");
  await page.getByLabel("क्रम").selectOption("price_asc");
  await page.getByRole("button", { name: "लागू करें" }).click();
  await expect(page).toHaveURL(/state=chhattisgarh/);
  await expect(page).toHaveURL(/sort=price_asc/);
  const places = await page.locator(".tile__group").allTextContents();
  expect(places.length).toBeGreaterThan(3);
  for (const place of places) expect(place).toMatch(/रायपुर|बस्तर/);
  const prices = (await page.locator(".tile .price__group").allTextContents()).map(rupees);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));

  // Filter → product.
  await page.getByRole("link", { name: /आम का अचार/ }).click();
  await expect(page).toHaveURL(/\/p\/mango-pickle-khorpa$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("आम का अचार");
  await expect(page.locator(".product__buy .price__group")).toContainText("₹140");
  await expect(page.locator(".product__buy .price__market")).toContainText("₹190");
  await expect(page.locator(".tiers tbody tr")).toHaveCount(3);

  // Change the gallery image.
  const gallery = page.locator(".gallery");
  if (jsOn(info.project.name)) await expect(gallery).toHaveAttribute("data-awake", "true");
  const main = gallery.locator(".gallery__main img");
  const firstSrc = await main.getAttribute("src");
  const secondThumb = gallery.getByRole("link", { name: "फ़ोटो 2" });
  const secondSrc = await secondThumb.locator("img").getAttribute("src");
  expect(secondSrc).not.toEqual(firstSrc);
  await secondThumb.click();
  await expect(main).toHaveAttribute("src", secondSrc!);
  await expect(gallery.locator(".gallery__count")).toHaveText("फ़ोटो 2 / 2");
  if (jsOn(info.project.name)) {
    // In place, without a page load; then keys and the larger view.
    await expect(page).toHaveURL(/\/p\/mango-pickle-khorpa$/);
    await gallery.focus();
    await page.keyboard.press("ArrowRight");
    await expect(main).toHaveAttribute("src", firstSrc!);
    await gallery.locator(".gallery__enlarge").click();
    await expect(page.locator("dialog.gallery__dialog")).toBeVisible();
    await page.getByRole("button", { name: "बंद करें" }).click();
    await expect(page.locator("dialog.gallery__dialog")).toBeHidden();
  } else {
    await expect(page).toHaveURL(/\?photo=2#gallery$/);
  }

  // Product → its group.
  await page.getByRole("link", { name: /समूह के बारे में/ }).click();
  await expect(page).toHaveURL(/\/g\/maa-durga-shg-khorpa$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("माँ दुर्गा महिला स्वयं सहायता समूह");
  await expect(page.getByRole("link", { name: /आम का अचार/ })).toBeVisible();

  // Switch to English: same page, in English, and it stays so.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/g\/maa-durga-shg-khorpa$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maa Durga Mahila Swayam Sahayata Samooh");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maa Durga Mahila Swayam Sahayata Samooh");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Categories" })).toBeVisible();

  // And back to Hindi.
  await page.getByRole("button", { name: "हिन्दी" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
});

test("the search box finds products by Hindi and English words", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox").fill("शहद");
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole("link", { name: /जंगली शहद/ })).toBeVisible();
  await page.getByRole("searchbox").fill("saree");
  await page.getByRole("button", { name: "खोजें" }).click();
  await expect(page.locator(".tile")).toHaveCount(5);
  await expect(page.getByRole("searchbox")).toHaveValue("saree");
});

test("pages of a listing keep the filters", async ({ page }) => {
  await page.goto("/products?sort=price_desc");
  await expect(page.locator(".tile")).toHaveCount(24);
  await page.getByRole("link", { name: /अगला/ }).click();
  await expect(page).toHaveURL(/sort=price_desc&page=2/);
  await expect(page.locator(".pagination [aria-current=page]")).toHaveText("2");
});

test("an unknown product gets a real 404 page in the visitor's language", async ({ page }) => {
  const response = await page.goto("/p/no-such-pickle");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("यह पृष्ठ नहीं मिला");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("nonsense in the address gets a clear notice, not an error", async ({ page }) => {
  const response = await page.goto("/products?min=abc&sort=random&page=zero");
  expect(response?.status()).toBe(200);
  const notices = page.locator(".notices li");
  await expect(notices).toHaveCount(3);
  await expect(notices.first()).toContainText("abc");
  await expect(page.locator(".tile").first()).toBeVisible();
});

test("a quantity typed with a Hindi keyboard's digits is understood", async ({ page }, info) => {
  await page.goto("/p/lemon-pickle-khorpa");
  const form = page.locator('form[action="/api/add_to_cart"]');
  // A text field with a numeric keyboard: the browser lets Devanagari digits through.
  await expect(form.getByLabel("मात्रा")).toHaveAttribute("inputmode", "numeric");
  await form.getByLabel("मात्रा").fill("२");
  await form.getByRole("button", { name: "थैले में डालें" }).click();
  await expect(page).toHaveURL(/\/cart\?saved=added/);
  const line = page.locator(".cart-line", { has: page.locator('a.sell-item__title[href="/p/lemon-pickle-khorpa"]') });
  await expect(line.locator('input[name="qty"][type="text"]')).toHaveValue("2");
  // And changed again in the cart the same way.
  await line.locator('input[name="qty"][type="text"]').fill("३");
  await line.getByRole("button", { name: /बदलें|अपडेट/ }).click();
  await expect(line.locator('input[name="qty"][type="text"]')).toHaveValue("3");
  await page.screenshot({ path: `test-results/devanagari-qty-${info.project.name}.png`, fullPage: true });
});
