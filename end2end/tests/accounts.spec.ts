import { randomInt } from "node:crypto";
import { expect, jsOn, signInWithPassword, signOut, test, totp } from "./support";

// Signing in as the people of the demo data (README, "Demo logins"), in every
// project: JavaScript on and off, SQLite and PostgreSQL. The servers run with
// --demo-show-codes, so the one-time code is on the code page.

// The js and nojs projects share one server per engine, and a second-factor
// code is accepted once only: each project signs in its own district official.
const officials = {
  js: { phone: "9000000008", totp: "HAATDEMODISTRICTOFFICIALRAIPUR22", district: "रायपुर", group: "माँ दुर्गा महिला स्वयं सहायता समूह", outside: "एकता महिला समूह" },
  nojs: { phone: "9000000011", totp: "HAATDEMODISTRICTOFFICIALGWALIOR2", district: "ग्वालियर", group: "एकता महिला समूह", outside: "माँ दुर्गा महिला स्वयं सहायता समूह" },
};

test("the RFC 6238 test vector checks the test's own TOTP", () => {
  // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", T = 59 s → 94287082 (8 digits).
  expect(totp("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 59)).toBe("287082");
});

test("a shopper signs up with a one-time code, after a wrong code is refused", async ({ page }) => {
  const phone = `9${randomInt(100_000_000, 999_999_999)}`;
  await page.goto("/");
  await page.locator("header").getByRole("link", { name: /साइन इन/ }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await page.getByRole("link", { name: "नया खाता बनाएँ" }).click();
  await expect(page).toHaveURL(/\/signup$/);

  const signUp = page.locator('main form[action="/api/request_code"]');
  await signUp.getByLabel("आपका नाम").fill("Savitri Netam");
  await signUp.getByLabel("मोबाइल नंबर").fill(`${phone.slice(0, 5)} ${phone.slice(5)}`);
  await signUp.getByRole("button", { name: "कोड भेजें" }).click();
  await expect(page).toHaveURL(/\/signin\/code\?phone=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("कोड लिखें");
  const code = (await page.locator("[data-demo-code]").textContent())!.trim();
  expect(code).toMatch(/^\d{6}$/);

  // A wrong code: a clear message, still on the code page, nothing signed in.
  const wrong = code === "000000" ? "111111" : "000000";
  const verify = page.locator('main form[action="/api/verify_code"]');
  await verify.getByLabel("6 अंकों का कोड").fill(wrong);
  await verify.getByRole("button", { name: "आगे बढ़ें" }).click();
  await expect(page.locator(".form-error")).toContainText("कोड सही नहीं है");
  await expect(page).toHaveURL(/\/signin\/code/);

  await verify.getByLabel("6 अंकों का कोड").fill(code);
  await verify.getByRole("button", { name: "आगे बढ़ें" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("मेरा खाता");
  await expect(page.locator(".account__who")).toContainText("Savitri Netam");
  await expect(page.locator(".facts")).toContainText("ख़रीदार");

  // A shopper has no group page and no people pages.
  await page.goto("/my-group");
  await expect(page.locator("main")).toContainText("अनुमति नहीं");
  await page.goto("/people");
  await expect(page.locator("main")).toContainText("अनुमति नहीं");

  await signOut(page);
  await page.goto("/account");
  await expect(page.locator("main")).toContainText("कृपया पहले साइन इन करें");
});

test("a seller signs in with her password and sees her own group only", async ({ page }) => {
  await signInWithPassword(page, "9000000002");
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator(".account__who")).toContainText("Kamla Sahu");
  await page.getByRole("link", { name: "मेरा समूह" }).click();
  await expect(page).toHaveURL(/\/my-group$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("माँ दुर्गा महिला स्वयं सहायता समूह");
  const members = page.locator(".members .member");
  await expect(members.filter({ hasText: "Kamla Sahu" })).toContainText("प्रमुख");
  await expect(members.filter({ hasText: "Rekha Nishad" })).toHaveCount(1);
  // Another group's member is not listed, and officials' pages are closed to her.
  await expect(page.locator(".members")).not.toContainText("Meena Kushwaha");
  await page.goto("/people");
  await expect(page.locator("main")).toContainText("अनुमति नहीं");
  await signOut(page);
});

test("a district official signs in with password and authenticator code, and sees her district", async ({ page }, info) => {
  const official = jsOn(info.project.name) ? officials.js : officials.nojs;
  await signInWithPassword(page, official.phone);
  await expect(page).toHaveURL(/\/signin\/second-factor/);

  // Half signed in: the people pages stay closed until the second factor.
  await page.goto("/people");
  await expect(page.locator("main")).not.toContainText(official.group);
  await page.goto("/signin/second-factor");

  const form = page.locator('main form[action="/api/verify_second_factor"]');
  await form.getByLabel("ऐप में दिख रहा कोड").fill("000000" === totp(official.totp) ? "111111" : "000000");
  await form.getByRole("button", { name: "जाँचें" }).click();
  await expect(page.locator(".form-error")).toContainText("यह कोड सही नहीं है");

  await form.getByLabel("ऐप में दिख रहा कोड").fill(totp(official.totp));
  await form.getByRole("button", { name: "जाँचें" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator(".facts")).toContainText(official.district);

  await page.getByRole("link", { name: "लोग और समूह" }).click();
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(official.district);
  const groups = page.locator("#groups");
  await expect(groups).toContainText(official.group);
  await expect(groups).not.toContainText(official.outside);
  await signOut(page);
});
