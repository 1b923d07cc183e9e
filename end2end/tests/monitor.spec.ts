import { readFileSync } from "node:fs";
import { checkoutOne, expect, jsOn, passSecondFactor, seriousFindings, signInWithPassword, signOut, test } from "./support";

// Monitoring (#17), JavaScript on and off: a shopper's order waits for its
// group to accept it; Raipur's official opens her dashboard, finds it under
// that step, opens the order, and downloads the step's list as CSV; then
// she drills into sales by place and looks at the listings' quality. The
// projects share a server, so each has its own buyer.

const buyers = { js: "9000000001", nojs: "9000000005" };
const PRIYA = { phone: "9000000008", totp: "HAATDEMODISTRICTOFFICIALRAIPUR22" };

test("Raipur's official sees an order waiting on its group, opens it, and downloads the list", async ({ page }, info) => {
  test.setTimeout(240_000);
  const buyer = jsOn(info.project.name) ? buyers.js : buyers.nojs;
  await checkoutOne(page, buyer, "mango-pickle-khorpa", "1");
  await page.getByLabel("सामान मिलने पर नक़द").check();
  await page.getByRole("button", { name: "ऑर्डर पक्का करें" }).click();
  await expect(page).toHaveURL(/\/checkout\/done\/\d+/);
  const number = (await page.locator(".order-list a").first().textContent())!.trim();
  await signOut(page);

  await page.setViewportSize({ width: 360, height: 780 });
  await signInWithPassword(page, PRIYA.phone);
  await expect(page).toHaveURL(/second-factor/);
  await passSecondFactor(page, PRIYA.totp);
  await page.locator("header").getByRole("link", { name: "उत्पादों की जाँच" }).click();
  await page.getByRole("link", { name: /निगरानी/ }).click();
  await expect(page).toHaveURL(/\/monitor$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("निगरानी · रायपुर");
  const step = page.locator(".monitor__steps tr", { hasText: "समूह को ऑर्डर स्वीकार करना है" });
  await expect(step.locator("td.num").first()).not.toHaveText("0");
  await page.screenshot({ path: `test-results/monitor-phone-${info.project.name}.png`, fullPage: true });
  if (jsOn(info.project.name)) expect(await seriousFindings(page), "dashboard").toEqual([]);

  // The step's list, with her order a tap away.
  await step.getByRole("link", { name: "समूह को ऑर्डर स्वीकार करना है" }).click();
  await expect(page).toHaveURL(/\/monitor\?wait=to_accept/);
  const row = page.locator(".monitor__waiting tr", { hasText: number });
  await expect(row).toContainText("माँ दुर्गा");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `test-results/monitor-desktop-${info.project.name}.png`, fullPage: true });

  // The list as CSV, in Hindi, with its byte-order mark.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV डाउनलोड करें" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("haat-waiting-to_accept.csv");
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain("क़दम,किस पर,क्रमांक");
  expect(csv).toContain(number);

  await row.getByRole("link", { name: number }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${number}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);

  // Sales by place: once the worker has rolled the order up (every 5 s
  // here, every minute by default), drill from Raipur to the block, the
  // group and its products.
  await page.goto("/monitor");
  await page.getByRole("link", { name: /बिक्री: जगह और चैनल के हिसाब से/ }).click();
  await expect(page).toHaveURL(/\/monitor\/sales$/);
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.locator(".monitor__sales").getByRole("link", { name: "अभनपुर" }).count();
      },
      { timeout: 60_000, intervals: [1_000, 2_000, 3_000] },
    )
    .toBe(1);
  await expect(page.locator(".monitor__chart svg title")).toHaveText("बिक्री (₹), सबसे बड़ी पहले");
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: `test-results/monitor-sales-phone-${info.project.name}.png`, fullPage: true });
  if (jsOn(info.project.name)) expect(await seriousFindings(page), "sales").toEqual([]);
  await page.locator(".monitor__sales").getByRole("link", { name: "अभनपुर" }).click();
  await page.locator(".monitor__sales").getByRole("link", { name: /माँ दुर्गा/ }).click();
  await expect(page.locator(".monitor__sales")).toContainText("आम का अचार");
  await expect(page.locator(".monitor__trail")).toContainText("अभनपुर");

  // How far the month's orders came: her order counts as placed.
  await page.goto("/monitor");
  await page.getByRole("link", { name: /ऑर्डर कहाँ तक पहुँचे/ }).click();
  await expect(page).toHaveURL(/\/monitor\/flow$/);
  const placed = page.locator(".monitor__flow tr", { hasText: "ऑर्डर आए" });
  await expect(placed.locator("td.num").first()).not.toHaveText("0");
  await expect(page.locator(".monitor__rate")).toContainText("आपूर्ति दर");
  await page.screenshot({ path: `test-results/monitor-flow-phone-${info.project.name}.png`, fullPage: true });
  if (jsOn(info.project.name)) expect(await seriousFindings(page), "flow").toEqual([]);

  // Targets: she sets Abhanpur's for the year and sees it beside what it achieved.
  await page.goto("/monitor");
  await page.getByRole("link", { name: /ब्लॉक के लक्ष्य/ }).click();
  await expect(page).toHaveURL(/\/monitor\/targets$/);
  const abhanpur = page.locator(".monitor__targets-form", { hasText: "अभनपुर" });
  await abhanpur.getByLabel("बेचने वाले समूह").fill("3");
  await abhanpur.getByLabel("बिक्री पर लिस्टिंग").fill("30");
  await abhanpur.getByLabel("बिक्री (₹)").fill("200000");
  await abhanpur.getByRole("button", { name: "सहेजें" }).click();
  await expect(page.getByRole("status")).toContainText("लक्ष्य सहेज लिए गए");
  await expect(page.locator(".monitor__targets tr", { hasText: "अभनपुर" })).toContainText("2,00,000");
  await expect(page.locator(".monitor__chart svg title")).toHaveText(/लक्ष्य का कितना प्रतिशत पूरा/);
  await page.screenshot({ path: `test-results/monitor-targets-phone-${info.project.name}.png`, fullPage: true });
  if (jsOn(info.project.name)) expect(await seriousFindings(page), "targets").toEqual([]);

  // The month so far, on one page to print and send up.
  await page.goto("/monitor");
  await page.getByRole("link", { name: /मासिक सारांश/ }).click();
  await expect(page).toHaveURL(/\/monitor\/summary$/);
  await page.getByLabel("महीना").selectOption({ index: 0 });
  await page.getByRole("button", { name: "दिखाएँ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("मासिक सारांश · रायपुर");
  await expect(page.locator(".monitor__sales")).toContainText("अभनपुर");
  await page.screenshot({ path: `test-results/monitor-summary-phone-${info.project.name}.png`, fullPage: true });
  if (jsOn(info.project.name)) expect(await seriousFindings(page), "summary").toEqual([]);

  // The listings' quality: the review queue by age, a tap from the queue.
  await page.goto("/monitor");
  await page.getByRole("link", { name: /लिस्टिंग की गुणवत्ता/ }).click();
  await expect(page).toHaveURL(/\/monitor\/quality$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("लिस्टिंग की गुणवत्ता · रायपुर");
  await expect(page.locator(".monitor__review tbody tr")).toHaveCount(3);
  await page.screenshot({ path: `test-results/monitor-quality-phone-${info.project.name}.png`, fullPage: true });
  if (jsOn(info.project.name)) expect(await seriousFindings(page), "quality").toEqual([]);
  await page.getByRole("link", { name: /जाँच की सूची खोलें/ }).click();
  await expect(page).toHaveURL(/\/review$/);
  await signOut(page);
});
