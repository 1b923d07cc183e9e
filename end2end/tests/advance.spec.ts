import { expect, jsOn, rupees, saveRaipurAddress, seriousFindings, signInWithPassword, takeStep, test } from "./support";

// An advance part payment (#15), JavaScript on and off. Ekta (Tighra) asks
// traders a quarter of the total first and the rest before the goods
// leave. Its leader enters a trader's order taken on the phone; the trader
// pays the advance by UPI; the group confirms it, accepts and packs, and
// cannot send the goods until the trader has paid the balance and the
// group has recorded it. The order page keeps both payments.

const MEENA = "9000000004"; // leader of Ekta Mahila Samooh, Tighra (Gwalior)
const TRADER = "9000000012"; // Suresh Jaiswal, Jaiswal Kirana Suppliers, Raipur (verified)
const FOLDERS = "ऑफ़िस फ़ाइल फ़ोल्डर";

test("a trader's order to a group that asks an advance is paid in two parts before it leaves", async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  // Two phones, each signed in once: the group's (page) and the trader's.
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, javaScriptEnabled, baseURL } = info.project.use;
  const tradersPhone = await browser.newContext({
    viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, javaScriptEnabled, baseURL,
    extraHTTPHeaders: { "x-forwarded-for": `10.251.${info.project.name.length}.${info.project.name.includes("postgres") ? 2 : 1}` },
  });
  const trader = await tradersPhone.newPage();
  await signInWithPassword(trader, TRADER);
  await expect(trader).toHaveURL(/\/account$/);
  // A trader who has not ordered before saves the address the group will deliver to.
  if ((await trader.locator("ul.addresses li").count()) === 0) {
    const form = trader.locator('form[action="/api/add_address"]');
    if (!(await form.isVisible())) await trader.getByText("नया पता जोड़ें").click();
    await saveRaipurAddress(form, "Shop 7, Gol Bazar", "492001");
  }

  // Meena sees her group's terms on /sell.
  await signInWithPassword(page, MEENA);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/sell");
  const terms = page.locator("#advance");
  await expect(terms).toContainText("25% अग्रिम, बाक़ी रक़म माल भेजने से पहले");

  // She enters Suresh's phone order: ten packs of folders, the advance as the payment.
  await page.goto("/sell/phone-order");
  await page.getByLabel("व्यापारी का मोबाइल नंबर").fill("9000000012");
  await page.getByRole("button", { name: "व्यापारी खोजें" }).click();
  await expect(page.locator("main")).toContainText("Jaiswal Kirana Suppliers");
  await expect(page.locator("main")).toContainText("समूह की शर्त: 25% अग्रिम");
  await page.getByLabel(new RegExp(`मात्रा · ${FOLDERS}`)).fill("10");
  await expect(page.getByLabel("अग्रिम UPI से समूह को, बाक़ी बाद में")).toBeChecked();
  await page.getByRole("button", { name: "ऑर्डर दर्ज करें" }).click();
  await expect(page).toHaveURL(/\/orders\/HT-/);
  const number = page.url().split("/").pop()!.split("?")[0];
  const payments = page.locator(".payments");
  await expect(payments).toContainText("अग्रिम (पहले देना है)");
  const advance = rupees(await payments.locator("tr", { hasText: "अग्रिम" }).locator("td").nth(1).textContent());
  const balance = rupees(await payments.locator("tr", { hasText: "बाक़ी रक़म" }).locator("td").nth(1).textContent());
  const total = rupees(await page.locator("tr", { hasText: "कुल" }).last().locator("td").last().textContent());
  expect(advance + balance).toBeCloseTo(total, 2);
  expect(advance).toBeGreaterThanOrEqual(total / 4);

  // Suresh pays the advance by UPI (the QR asks for the advance, not the total).
  await trader.goto(`/orders/${number}`);
  const upi = trader.locator(".upi");
  await expect(upi.getByRole("heading")).toContainText(`${advance.toLocaleString("en-IN")}`);
  await upi.getByLabel("भुगतान के बाद 12 अंकों का UTR").fill("412345678911");
  await upi.getByRole("button", { name: "मैंने भुगतान कर दिया" }).click();
  await expect(trader.locator("main")).toContainText("412345678911");

  // The group finds the money, accepts and packs; the goods wait for the balance.
  await takeStep(page, number, "पैसा मिल गया");
  await takeStep(page, number, "ऑर्डर स्वीकार करें");
  await takeStep(page, number, "पैक हो गया");
  await expect(page.getByRole("button", { name: "रवाना कर दिया" })).toHaveCount(0);
  await expect(page.locator(".payments")).toContainText("बाक़ी रक़म मिलने के बाद ही माल भेजें");

  // Suresh pays the balance; the group records it; now the goods can leave.
  await trader.goto(`/orders/${number}`);
  const pay = trader.locator(".payments");
  await expect(pay.getByRole("heading", { name: /बाक़ी रक़म UPI से भेजें/ })).toBeVisible();
  await trader.setViewportSize({ width: 360, height: 780 });
  await trader.screenshot({ path: `test-results/advance-balance-phone-${info.project.name}.png`, fullPage: true });
  if (jsOn(info.project.name)) expect(await seriousFindings(trader)).toEqual([]);
  await pay.getByLabel("भुगतान के बाद 12 अंकों का UTR").fill("412345678912");
  await pay.getByRole("button", { name: "मैंने भुगतान कर दिया" }).click();
  await expect(trader.locator(".payments")).toContainText("412345678912");

  await page.goto(`/orders/${number}`);
  await expect(page.locator(".payments")).toContainText("412345678912");
  await takeStep(page, number, "बाक़ी रक़म मिल गई");
  await takeStep(page, number, "रवाना कर दिया");
  const ledger = page.locator(".payments .ledger li");
  await expect(ledger).toHaveCount(2);
  await expect(ledger.nth(0)).toContainText("अग्रिम");
  await expect(ledger.nth(1)).toContainText("बाक़ी रक़म");
  await page.screenshot({ path: `test-results/advance-order-group-${info.project.name}.png`, fullPage: true });
  await tradersPhone.close();
});
