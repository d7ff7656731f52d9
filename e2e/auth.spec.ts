import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/seed-demo";
import { t, vi } from "../lib/i18n/vi";
import { levelNames } from "../lib/domain/level-names";
import { LOCKOUT_USER } from "./support/e2e-data";
import { signInAs } from "./support/auth";

// Issue #2 §10: sign in as each role and see the right home page.
for (const account of DEMO_ACCOUNTS.filter((a, i, all) => all.findIndex((b) => b.role === a.role) === i)) {
  test(`sign in with the form as ${account.role} (${account.username}) shows its home page`, async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel(vi.auth.username).fill(account.username);
    await page.getByLabel(vi.auth.password).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: vi.auth.signIn }).click();
    // The first district committee account is in the 3-level province (lib/domain/level-names.ts).
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: t(vi.home[account.role], { committee: levelNames(3).proposerCommittee }),
      }),
    ).toBeVisible();
  });
}

test("repeated failed sign-ins lock the account, even for the right password", async ({ page }) => {
  await page.goto("/login");
  const error = page.getByTestId("login-error");
  const attempt = async (password: string) => {
    await page.getByLabel(vi.auth.username).fill(LOCKOUT_USER);
    await page.getByLabel(vi.auth.password).fill(password);
    const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: vi.auth.signIn }).click();
    await answered;
    await expect(error).toBeVisible();
  };
  for (let i = 0; i < 4; i++) {
    await attempt(`Sai-mat-khau-${i}`);
    await expect(error).toHaveText(vi.auth.invalid);
  }
  await attempt("Sai-mat-khau-5");
  await expect(error).toContainText("tạm khóa");
  await attempt(DEMO_PASSWORD);
  await expect(error).toContainText("tạm khóa");
  await expect(page).toHaveURL(/\/login/);
});

test("sign-out ends the session on the server: the old cookie no longer works", async ({ page, context }) => {
  await signInAs(page, "lg.lanhdao");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: vi.home.PROVINCE_LEADER })).toBeVisible();
  const cookies = await context.cookies();
  await page.getByRole("button", { name: vi.nav.signOut }).click();
  await expect(page).toHaveURL(/\/login/);
  await context.addCookies(cookies);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("the session cookie is HttpOnly and SameSite, and expires with the session", async ({ page, context }) => {
  await signInAs(page, "hc.lanhdao");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toBeDefined();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe("Lax");
  const hours = (cookie!.expires * 1000 - Date.now()) / 3600_000;
  expect(hours).toBeGreaterThan(7);
  expect(hours).toBeLessThanOrEqual(8.01);
});

test("every page carries the security headers", async ({ request }) => {
  for (const path of ["/login", "/", "/api/health"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"], path).toBe("DENY");
  }
});
