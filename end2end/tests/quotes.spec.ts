import { expect, jsOn, saveRaipurAddress, seriousFindings, signInWithPassword, signOut, takeStep, test } from "./support";

// Requests for quotes (#15), JavaScript on and off: a verified trader asks
// a group for 2,000 packs of amla candy; a member of the group
// offers a price; the trader counters; the group agrees; the trader
// accepts, and it becomes an order with her PO number on the proforma and,
// once the group sends it, on the tax invoice.

const TRADER = "9000000012"; // Suresh Jaiswal, Jaiswal Kirana Suppliers, Raipur (verified)
const REKHA = "9000000003"; // member of Maa Durga SHG, Khorpa (Raipur)
const CANDY = "आंवला कैंडी";

test("a quote for 2,000 with one counter-offer is accepted and its invoice shows the PO number", async ({ page, browser }, info) => {
  test.setTimeout(150_000);
  const po = `JK/PO/${info.project.name}/44`;
  // Two phones, each signed in once: the trader's (page) and Rekha's (group).
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, javaScriptEnabled, baseURL } = info.project.use;
  const rekhasPhone = await browser.newContext({
    viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, javaScriptEnabled, baseURL,
    extraHTTPHeaders: { "x-forwarded-for": `10.250.${info.project.name.length}.${info.project.name.includes("postgres") ? 2 : 1}` },
  });
  const group = await rekhasPhone.newPage();
  await signInWithPassword(group, REKHA);
  await expect(group).toHaveURL(/\/account$/);
  await signInWithPassword(page, TRADER);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/trade?q=amla+candy&qty=2000");
  // The first time, no address: add one, back to the table.
  const add = page.getByRole("link", { name: "पता जोड़ें" });
  if (await add.count()) {
    await add.click();
    await saveRaipurAddress(page.locator('form[action="/api/add_address"]'), "Shop 7, Gol Bazar", "492001");
    await expect(page).toHaveURL(/\/trade\?q=amla/);
  }

  // Tick the group's row, then ask: her target price, her PO number.
  const row = page.locator(".trade__table tbody tr", { hasText: CANDY });
  await row.getByRole("checkbox").check();
  const ask = page.locator("#ask-quote-section");
  await ask.locator("summary").click();
  const form = ask.locator("form#ask-quote");
  await expect(form.getByLabel("मात्रा")).toHaveValue("2000");
  await form.getByLabel(/आपका लक्ष्य दाम/).fill("65");
  await form.getByLabel(/PO/).fill(po);
  await form.getByLabel(/टिप्पणी/).fill("दिवाली के लिए");
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: `test-results/quote-ask-phone-${info.project.name}.png`, fullPage: true });
  await form.getByRole("button", { name: "चुने हुए समूहों से कोटेशन माँगें" }).click();
  await expect(page).toHaveURL(/\/trade\/quotes$/);
  const mine = page.locator(".quotes__list tbody tr", { hasText: CANDY }).first();
  await expect(mine).toContainText("जवाब का इंतज़ार");
  const link = mine.getByRole("link");
  const href = (await link.getAttribute("href"))!;
  const id = href.split("/").pop();

  // Rekha answers from her phone: ₹72 a pack, all 2,000, in 12 days.
  await group.goto("/sell");
  await group.getByRole("link", { name: "व्यापारियों के कोटेशन अनुरोध" }).click();
  await group.locator(`a[href="/sell/quotes/${id}"]`).click();
  await expect(group.locator("main")).toContainText(po);
  const answer = group.locator("form.quote__form");
  await answer.getByLabel("प्रति इकाई दाम (₹)").fill("72");
  await answer.getByLabel("कितनी दे सकती हैं").fill("2000");
  await answer.getByLabel("कितने दिन में भेजेंगी").fill("12");
  await answer.getByRole("button", { name: "दाम भेजें" }).click();
  await expect(group).toHaveURL(new RegExp(`/sell/quotes/${id}$`));
  await expect(group.locator(".quote")).toContainText("समूह ने दाम बताया");

  // The trader counters at ₹68.
  await page.goto(`/trade/quotes/${id}`);
  await expect(page.locator(".quote__history")).toContainText("2000 × ₹72");
  const counter = page.locator("section", { has: page.getByRole("heading", { name: "नया दाम रखें" }) });
  await counter.getByLabel("प्रति इकाई दाम (₹)").fill("68");
  await counter.getByRole("button", { name: "नया दाम भेजें" }).click();
  await expect(page.locator(".quote")).toContainText("व्यापारी ने नया दाम रखा");

  // The group agrees to ₹68.
  await group.goto(`/sell/quotes/${id}`);
  await group.getByRole("button", { name: "व्यापारी का दाम मान लें" }).click();
  await expect(group.locator(".quote")).toContainText("समूह ने दाम बताया");
  await group.screenshot({ path: `test-results/quote-group-phone-${info.project.name}.png`, fullPage: true });
  if (jsOn(info.project.name)) expect(await seriousFindings(group)).toEqual([]);

  // She accepts: one order at ₹68 a pack, her PO number on its proforma.
  await page.goto(`/trade/quotes/${id}`);
  await expect(page.locator(".quote__history")).toContainText("2000 × ₹68");
  await expect(page.locator(".quote")).toContainText("₹1,36,000");
  await page.screenshot({ path: `test-results/quote-trader-phone-${info.project.name}.png`, fullPage: true });
  if (jsOn(info.project.name)) expect(await seriousFindings(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `test-results/quote-trader-desktop-${info.project.name}.png`, fullPage: true });
  await page.getByRole("button", { name: "मंज़ूर करें और ऑर्डर दें" }).click();
  await expect(page).toHaveURL(/\/orders\/[^/]+$/);
  const number = page.url().split("/").pop()!;
  await expect(page.locator("main")).toContainText(po);
  await page.getByRole("link", { name: "प्रोफ़ॉर्मा बीजक" }).click();
  await expect(page.locator(".invoice h1")).toContainText("प्रोफ़ॉर्मा बीजक");
  await expect(page.locator(".invoice")).toContainText(po);
  await expect(page.locator(".invoice")).toContainText("₹1,36,000.00");

  // The group accepts, packs and sends it: the tax invoice carries her PO number.
  await takeStep(group, number, "ऑर्डर स्वीकार करें");
  await takeStep(group, number, "पैक हो गया");
  await takeStep(group, number, "रवाना कर दिया");
  await signOut(group);
  await rekhasPhone.close();
  await page.goto(`/orders/${number}/invoice`);
  await expect(page.locator(".invoice h1")).toContainText("कर बीजक");
  await expect(page.locator(".invoice")).toContainText(po);
  await signOut(page);
});
