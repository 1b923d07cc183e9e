import { type Page } from "@playwright/test";
import { randomInt } from "node:crypto";
import { expect, jsOn, passSecondFactor, photo, signInWithPassword, signOut, test } from "./support";

// A group lists a product from a phone, in Hindi: the listing, two photos,
// the review by an official of its district, the storefront. JavaScript on
// (photos go up with a progress bar) and off (plain forms), both engines.

// The js and nojs projects share one server per engine: each uses its own
// group and an official over it.
const people = {
  js: { seller: "9000000002", official: "9000000009", totp: "HAATDEMOSTATEOFFICIALCHHATTISGAR" },
  nojs: { seller: "9000000004", official: "9000000011", totp: "HAATDEMODISTRICTOFFICIALGWALIOR2" },
};

async function fill(page: Page, label: string, value: string) {
  await page.locator("form.listing-form").getByLabel(label, { exact: false }).first().fill(value);
}

test("a seller lists a product with two photos, an official approves it and rejects its copy with a reason", async ({ page }, info) => {
  test.setTimeout(150_000);
  const who = jsOn(info.project.name) ? people.js : people.nojs;
  const mark = `${randomInt(10_000, 99_999)}`;
  const title = `करौंदे का अचार ${mark}`;

  await signInWithPassword(page, who.seller);
  await expect(page).toHaveURL(/\/account$/);
  await page.locator("header").getByRole("link", { name: "मेरे उत्पाद" }).click();
  await expect(page).toHaveURL(/\/sell$/);
  await page.getByRole("link", { name: /नया उत्पाद जोड़ें/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("नया उत्पाद जोड़ें");

  // Step by step, as on the phone.
  const category = page.locator('select[name="listing[category_id]"]');
  const pickles = await category.locator("option", { hasText: "अचार" }).first().getAttribute("value");
  await category.selectOption(pickles!);
  await fill(page, "उत्पाद का नाम (हिंदी में)", title);
  await fill(page, "नाम अंग्रेज़ी में", `Karonda pickle ${mark}`);
  await fill(page, "विवरण (हिंदी में)", "जंगल के करौंदे, सरसों का तेल और घर के पिसे मसाले।");
  await fill(page, "इकाई — एक नग क्या है", "250 ग्राम जार");
  await fill(page, "समूह का दाम", "100");
  await fill(page, "बाज़ार दाम (₹)", "130");
  await fill(page, "पैकिंग सहित वज़न", "350");
  await fill(page, "अभी कितने नग हैं", "12");
  await page.getByRole("button", { name: "सहेजें और फ़ोटो लगाएँ" }).click();
  await expect(page).toHaveURL(/\/sell\/\d+\?saved=created/);
  await expect(page.locator(".form-saved")).toContainText("उत्पाद बन गया");
  await expect(page.locator(".status-panel")).toContainText("मसौदा");

  // Two photos from the gallery.
  if (jsOn(info.project.name)) await expect(page.locator("form.uploader[data-awake]")).toHaveCount(1);
  await page.locator('form.uploader input[type="file"]').setInputFiles([
    { name: "IMG_0001.png", mimeType: "image/png", buffer: photo(900, 700, 40) },
    { name: "IMG_0002.png", mimeType: "image/png", buffer: photo(600, 800, 160) },
  ]);
  await page.getByRole("button", { name: "फ़ोटो लगाएँ" }).click();
  await expect(page).toHaveURL(/saved=photos/);
  await expect(page.locator(".photo-tile")).toHaveCount(2);
  await expect(page.locator(".photo-tile").first()).toContainText("मुख्य फ़ोटो");
  await page.screenshot({ path: `test-results/seller-editor-${info.project.name}.png`, fullPage: true });

  await page.getByRole("button", { name: "जाँच के लिए भेजें" }).click();
  await expect(page.locator(".form-saved")).toContainText("जाँच के लिए भेज दिया");
  await expect(page.locator(".status-panel")).toContainText("जाँच में");

  // A variant: the copy keeps the photos; it goes for review too.
  await page.getByRole("button", { name: /नकल बनाएँ/ }).click();
  await expect(page).toHaveURL(/saved=copy/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (नया)`);
  await expect(page.locator(".photo-tile")).toHaveCount(2);
  await page.getByRole("button", { name: "जाँच के लिए भेजें" }).click();
  await expect(page.locator(".form-saved")).toContainText("जाँच के लिए भेज दिया");
  await signOut(page);

  // The official of the district: approve the first, send the copy back.
  await signInWithPassword(page, who.official);
  await expect(page).toHaveURL(/second-factor/);
  await passSecondFactor(page, who.totp);
  await page.locator("header").getByRole("link", { name: "उत्पादों की जाँच" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.locator(".review-photos img")).toHaveCount(2);
  await page.getByRole("button", { name: /स्वीकार करें/ }).click();
  await expect(page).toHaveURL(/\/review\?saved=approved/);
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);

  await page.getByRole("link", { name: `${title} (नया)` }).click();
  await page.getByLabel("फ़ोटो साफ़ नहीं हैं या उत्पाद ठीक से नहीं दिखता").check();
  await page.locator(".reject-form").getByLabel("समूह के लिए संदेश").fill("जार का ढक्कन और लेबल साफ़ दिखाएँ");
  await page.getByRole("button", { name: "समूह को लौटाएँ" }).click();
  await expect(page).toHaveURL(/\/review\?saved=rejected/);
  await signOut(page);

  // On the storefront, with its photos at every width.
  await page.goto(`/search?q=${encodeURIComponent(`Karonda ${mark}`)}`);
  await page.locator(".tile").filter({ hasText: title }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator("#gallery img").first()).toHaveAttribute("srcset", /320w.*640w/);

  // The seller reads why the copy came back, in Hindi.
  await signInWithPassword(page, who.seller);
  await page.goto("/sell?status=rejected");
  const sentBack = page.locator(".sell-item").filter({ hasText: `${title} (नया)` });
  await expect(sentBack).toContainText("फ़ोटो साफ़ नहीं हैं");
  await expect(sentBack).toContainText("जार का ढक्कन और लेबल साफ़ दिखाएँ");
  await page.screenshot({ path: `test-results/seller-list-${info.project.name}.png`, fullPage: true });

  // One tap takes a unit off the live listing's stock.
  await page.goto("/sell?status=live");
  const live = page.locator(".sell-item").filter({ hasText: title }).filter({ hasNotText: "(नया)" });
  await expect(live.locator(".stock__count")).toHaveText("12");
  // The answer comes back at this listing's row, not the top of the list.
  await live.getByRole("button", { name: /एक कम करें/ }).click();
  await expect(page.locator(".form-saved")).toContainText("स्टॉक बदल गया");
  expect(page.url()).toMatch(/#listing-\d+$/);
  await expect(page.locator(".sell-item").filter({ hasText: title }).filter({ hasNotText: "(नया)" }).locator(".stock__count")).toHaveText("11");
  await signOut(page);
});
