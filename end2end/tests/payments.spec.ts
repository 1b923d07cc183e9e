import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { checkoutOne, expect, jsOn, signInWithPassword, signOut, takeStep, test } from "./support";

// Paying online through the gateway (the local simulator, playing
// Razorpay's side), and cash on delivery through to the invoice, whose PDF
// is rendered to an image to show its Hindi. JavaScript on and off.

const buyers = { js: "9000000001", nojs: "9000000005" };
const KAMLA = "9000000002"; // Maa Durga SHG, Khorpa (Raipur): registered for GST

test("paying online: the gateway's page, then back to a confirmed order", async ({ page }, info) => {
  test.setTimeout(90_000);
  const buyer = jsOn(info.project.name) ? buyers.js : buyers.nojs;
  await checkoutOne(page, buyer, "mango-pickle-khorpa", "1");
  await page.getByLabel(/ऑनलाइन \(कार्ड, नेटबैंकिंग, UPI\)/).check();
  await page.getByRole("button", { name: "ऑर्डर पक्का करें" }).click();
  // One order: straight to paying it.
  await expect(page).toHaveURL(/\/orders\/HT-/);
  const number = page.url().split("/orders/")[1];
  await expect(page.locator(".online")).toBeVisible();
  const haat = new URL(page.url()).origin;
  await page.getByRole("button", { name: "ऑनलाइन भुगतान करें" }).click();

  // The gateway's own page, on its own origin (the page's policy let the form go there).
  await expect(page).toHaveURL(/\/gateway-sim\/v1\/checkout\/embedded$/);
  expect(new URL(page.url()).origin).not.toBe(haat);
  expect(new URL(page.url()).port).toBe(String(Number(new URL(haat).port) + 10));
  await expect(page.locator("body")).toContainText(`Order ${number}`);
  await page.screenshot({ path: `test-results/gateway-${info.project.name}.png`, fullPage: true });
  await page.getByRole("button", { name: /Pay ₹/ }).click();
  // It posts the signed result back at once; without JavaScript she presses the button.
  if (!jsOn(info.project.name)) await page.getByRole("button", { name: /Return to Haat/ }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${number}\\?payment=paid$`));
  await expect(page.locator("main")).toContainText("भुगतान मिल गया");
  await expect(page.locator(".order")).toContainText("पक्का — समूह के स्वीकार की राह");
  await expect(page.locator(".online")).toHaveCount(0);
  await expect(page.locator(".history")).toContainText("Paid online: pay_");
  await signOut(page);
});

test("a failed online payment leaves the order waiting, to try again", async ({ page }, info) => {
  test.setTimeout(90_000);
  const buyer = jsOn(info.project.name) ? buyers.js : buyers.nojs;
  await checkoutOne(page, buyer, "mango-pickle-khorpa", "1");
  await page.getByLabel(/ऑनलाइन \(कार्ड, नेटबैंकिंग, UPI\)/).check();
  await page.getByRole("button", { name: "ऑर्डर पक्का करें" }).click();
  await expect(page).toHaveURL(/\/orders\/HT-/);
  await page.getByRole("button", { name: "ऑनलाइन भुगतान करें" }).click();
  await page.getByRole("button", { name: /Fail this payment/ }).click();
  if (!jsOn(info.project.name)) await page.getByRole("button", { name: /Return to Haat/ }).click();
  await expect(page).toHaveURL(/\?payment=failed$/);
  await expect(page.locator("main")).toContainText("भुगतान नहीं हुआ");
  await expect(page.getByRole("button", { name: "ऑनलाइन भुगतान करें" })).toBeVisible();
  // She gives up on it rather than leave it for the worker: cancelling asks once.
  await page.getByRole("link", { name: "ऑर्डर रद्द करें" }).click();
  await expect(page.getByRole("alert")).toContainText("सच में यह ऑर्डर रद्द");
  await page.getByRole("button", { name: "हाँ, रद्द करें" }).click();
  await expect(page.locator(".order")).toContainText("रद्द");
  await signOut(page);
});

test("cash on delivery: the group sends and delivers; the buyer downloads a Hindi invoice", async ({ page }, info) => {
  test.setTimeout(120_000);
  const buyer = jsOn(info.project.name) ? buyers.js : buyers.nojs;
  await checkoutOne(page, buyer, "mango-pickle-khorpa", "2");
  await page.getByLabel("सामान मिलने पर नक़द").check();
  await page.getByRole("button", { name: "ऑर्डर पक्का करें" }).click();
  await expect(page).toHaveURL(/\/checkout\/done\/\d+/);
  const number = (await page.locator(".order-list a").first().textContent())!.trim();
  await signOut(page);

  await signInWithPassword(page, KAMLA);
  await takeStep(page, number, "ऑर्डर स्वीकार करें");
  await takeStep(page, number, "पैक हो गया");
  await takeStep(page, number, "रवाना कर दिया");
  await takeStep(page, number, "पहुँच गया");
  await page.goto("/earnings");
  await expect(page.locator("main")).toContainText("नक़द");
  await signOut(page);

  await signInWithPassword(page, buyer);
  await page.goto(`/orders/${number}`);
  await expect(page.locator(".invoice-link")).toBeVisible();
  await page.locator(".invoice-link").getByRole("link", { name: "बीजक" }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${number}/invoice$`));
  await expect(page.locator(".invoice h1")).toContainText("कर बीजक");
  await expect(page.locator(".invoice")).toContainText("CGST");
  await expect(page.locator(".invoice")).toContainText("आम का अचार");
  // On a phone each line is a card of labelled figures; on a wide screen, a table.
  await expect(page.locator(".invoice__lines thead")).toBeHidden();
  await expect(page.locator('.invoice__lines td[data-label="CGST"]').first()).toBeVisible();
  await page.screenshot({ path: `test-results/invoice-page-${info.project.name}.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.locator(".invoice__lines thead")).toBeVisible();
  await page.screenshot({ path: `test-results/invoice-page-wide-${info.project.name}.png`, fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "PDF डाउनलोड करें" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^invoice-.*\.pdf$/);
  const pdf = info.outputPath("invoice.pdf");
  await download.saveAs(pdf);
  // The PDF carries its text (searchable, copyable) in both languages...
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
  expect(text).toContain("Tax invoice");
  expect(text).toContain("बीजक");
  expect(text).toContain("CGST");
  // ...and, rendered to an image, shows it shaped: look at invoice-pdf-*.png.
  const png = `test-results/invoice-pdf-${info.project.name}`;
  execFileSync("pdftoppm", ["-png", "-r", "110", "-singlefile", pdf, png]);
  await info.attach("invoice PDF, page 1", { path: `${png}.png`, contentType: "image/png" });
  writeFileSync(info.outputPath("invoice.txt"), text);
  await signOut(page);
});
