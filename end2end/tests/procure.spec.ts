import { expect, jsOn, rupees, seriousFindings, signInWithPassword, signOut, takeStep, test } from "./support";

// Government purchase (#16), JavaScript on and off: the Collectorate
// Raipur indents handwash and file folders from two groups; the approver
// sanctions; both groups dispatch; the store keeper records the receipt and
// accepts one line in part; the paying officer pays with a PFMS reference;
// the group sees the money in its earnings and the indent's timeline shows
// every step.

const ANITA = "9000000007"; // indenter, Collectorate Raipur
const RAKESH = "9000000013"; // approver
const KAVITA = "9000000014"; // consignee (store keeper)
const MANOJ = "9000000015"; // paying officer
const LATA = "9000000019"; // leader of Pragati SHG, Sankra: lemon handwash
const SARITA = "9000000020"; // leader of Ujala SHG, Khapri: file folders

test("an indent of two groups goes from sanction to payment", async ({ page }, info) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 360, height: 780 });

  // Anita writes the indent from the catalogue.
  await signInWithPassword(page, ANITA);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/procure");
  await page.getByRole("link", { name: /नया माँग-पत्र/ }).click();
  await expect(page).toHaveURL(/\/procure\/indents\/new$/);
  const finder = page.locator("#add");
  await finder.getByLabel("सूची में से चीज़ खोजें").fill("lemon handwash");
  await finder.getByRole("button", { name: "खोजें" }).click();
  const handwash = finder.locator(".procure__hit", { hasText: "नींबू हैंडवॉश" });
  await handwash.getByLabel("मात्रा").fill("12");
  await handwash.getByRole("button", { name: "माँग-पत्र में जोड़ें" }).click();
  await expect(page).toHaveURL(/\/procure\/indents\/\d+/);
  const indentUrl = page.url().replace(/#.*$/, "");
  const id = indentUrl.split("/").pop();
  await page.locator("#add").getByLabel("सूची में से चीज़ खोजें").fill("file folders");
  await page.locator("#add").getByRole("button", { name: "खोजें" }).click();
  const folders = page.locator("#add .procure__hit", { hasText: "फ़ाइल फ़ोल्डर" });
  await folders.getByLabel("मात्रा").fill("20");
  await folders.getByRole("button", { name: "माँग-पत्र में जोड़ें" }).click();
  await expect(page.locator(".procure__lines tbody tr")).toHaveCount(2);
  await page.getByLabel("बजट शीर्ष").fill("2235-02-102");
  await page.getByLabel("टिप्पणी", { exact: true }).fill(`Office supplies (${info.project.name})`);
  await page.getByRole("button", { name: "सहेजें" }).click();
  await expect(page.locator(".form-saved")).toBeVisible();
  // The estimate: ₹58 a bottle at 12 is not yet the tier; the rule in words.
  await expect(page.locator("main")).toContainText("किसी भी समूह से सीधे ख़रीद सकते हैं");
  const total = rupees(await page.locator(".procure__total").textContent());
  expect(total).toBeGreaterThan(12 * 65 + 20 * 140);
  await page.screenshot({ path: `test-results/procure-indent-phone-${info.project.name}.png`, fullPage: true });
  if (jsOn(info.project.name)) expect(await seriousFindings(page), "indent").toEqual([]);
  await page.getByRole("button", { name: "स्वीकृति के लिए भेजें" }).click();
  await expect(page.locator("main")).toContainText("स्वीकृति की प्रतीक्षा");
  await signOut(page);

  // Rakesh sanctions it.
  await signInWithPassword(page, RAKESH);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/procure");
  if (jsOn(info.project.name)) expect(await seriousFindings(page), "workspace").toEqual([]);
  // It waits for him on his workspace.
  await page.locator(`#to-approve ~ .table-scroll a[href="/procure/indents/${id}"]`).click();
  await page.getByLabel("स्वीकृति क्रमांक").fill(`SAN/${info.project.name}/7`);
  await page.getByRole("button", { name: "स्वीकृत करें और आपूर्ति आदेश दें" }).click();
  await expect(page.locator("main")).toContainText("आदेश दिया गया");
  const orders = await page.locator("#supplies-heading ~ ul .order-row a").allTextContents();
  expect(orders).toHaveLength(2);
  await signOut(page);

  // Each group accepts and dispatches its supply order.
  for (const seller of [LATA, SARITA]) {
    await signInWithPassword(page, seller);
    await expect(page).toHaveURL(/\/account$/);
    for (const n of orders) {
      await page.goto(`/orders/${n}`);
      if (await page.getByRole("button", { name: "ऑर्डर स्वीकार करें" }).count()) {
        await expect(page.locator("main")).toContainText("सरकारी आपूर्ति");
        await takeStep(page, n, "ऑर्डर स्वीकार करें");
        await takeStep(page, n, "रवाना कर दिया");
      }
    }
    await signOut(page);
  }

  // Kavita, at the store room with her phone: receipt, then acceptance, one line in part.
  await signInWithPassword(page, KAVITA);
  await expect(page).toHaveURL(/\/account$/);
  // Each dispatch told her.
  await page.goto("/inbox");
  for (const n of orders) {
    await expect(page.locator("main")).toContainText(`सरकारी आपूर्ति ${n}`);
  }
  for (const n of orders) {
    await page.goto("/procure");
    await page.locator("#to-receive ~ ul").getByRole("link", { name: n }).click();
    await page.getByRole("button", { name: "प्राप्ति दर्ज करें" }).click();
    await expect(page.locator("main")).toContainText("माल पहुँचा (अस्थायी रसीद)");
    const handwashLine = page.locator(".procure__supply-lines li", { hasText: "नींबू हैंडवॉश" });
    if (await handwashLine.count()) {
      await handwashLine.getByLabel("स्वीकार", { exact: true }).fill("10");
      await page.screenshot({ path: `test-results/procure-accept-phone-${info.project.name}.png`, fullPage: true });
      if (jsOn(info.project.name)) expect(await seriousFindings(page), "acceptance").toEqual([]);
      // Less than received needs a reason.
      await page.getByRole("button", { name: /स्वीकृति दर्ज करें/ }).click();
      await expect(page.locator(".form-error")).toContainText("कारण");
      await handwashLine.getByLabel("स्वीकार", { exact: true }).fill("10");
      await handwashLine.getByLabel("कम स्वीकार करने का कारण").fill("दो बोतलें रिसती हुई");
    }
    await page.getByRole("button", { name: /स्वीकृति दर्ज करें/ }).click();
    await expect(page.locator("main")).toContainText("बिल बना, भुगतान बाक़ी");
  }
  await signOut(page);

  // Manoj pays both bills with their PFMS references.
  await signInWithPassword(page, MANOJ);
  await expect(page).toHaveURL(/\/account$/);
  for (const n of orders) {
    await page.goto("/procure");
    await page.locator("#to-pay ~ ul").getByRole("link", { name: n }).click();
    await page.getByLabel("PFMS / कोषालय संदर्भ").fill(`PFMS/CG/${n}`);
    await page.getByRole("button", { name: "भुगतान दर्ज करें" }).click();
    await expect(page.locator("main")).toContainText("भुगतान हो गया");
  }
  // The timeline has every step.
  await page.goto(`/procure/indents/${id}`);
  const timeline = page.locator("#timeline-heading ~ ol");
  for (const step of ["माँग-पत्र बना", "स्वीकृति के लिए भेजा", "स्वीकृत", "आपूर्ति आदेश दिया", "माल प्राप्त", "स्वीकार", "बिल बना", "भुगतान हुआ"]) {
    await expect(timeline).toContainText(step);
  }
  await signOut(page);

  // Lata sees the government's money in her group's earnings.
  await signInWithPassword(page, LATA);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/earnings");
  await expect(page.locator("main")).toContainText("सरकारी बिल");
  // The two leaking bottles came back to her shelf, and her order says so.
  await page.goto("/inbox");
  await expect(page.locator("main")).toContainText("2 × नींबू हैंडवॉश");
  for (const n of orders) {
    await page.goto(`/orders/${n}`);
    if (await page.locator("main", { hasText: "नींबू हैंडवॉश" }).count()) {
      await expect(page.locator("main")).toContainText("कार्यालय ने लौटाया, स्टॉक में वापस");
      await expect(page.locator("main")).toContainText("(दो बोतलें रिसती हुई)");
    }
  }
});
