import { readFileSync } from "node:fs";
import { checkoutOne, expect, jsOn, passSecondFactor, seriousFindings, signInWithPassword, signOut, test } from "./support";

// Monitoring (#17), JavaScript on and off: a shopper's order waits for its
// group to accept it; Raipur's official opens her dashboard, finds it under
// that step, opens the order, and downloads the step's list as CSV. The
// projects share a server, so each has its own buyer.

const buyers = { js: "9000000001", nojs: "9000000005" };
const PRIYA = { phone: "9000000008", totp: "HAATDEMODISTRICTOFFICIALRAIPUR22" };

test("Raipur's official sees an order waiting on its group, opens it, and downloads the list", async ({ page }, info) => {
  test.setTimeout(120_000);
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
  await signOut(page);
});
