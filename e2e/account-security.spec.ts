import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/seed/seed-demo";
import { vi } from "../lib/i18n/vi";
import { BURST_USER, MUST_CHANGE_USER, ROLE_CHANGE_USER } from "./support/e2e-data";
import { signInAs } from "./support/auth";

// Issue #14 findings 1, 3, 5, 10 and #11 §5, through the running app (HTTP and Chromium).

test("a burst of 20 parallel sign-ins, 19 wrong and the right one last, opens no session and leaves the account locked", async ({
  page,
}) => {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const passwords = [...Array.from({ length: 19 }, (_, i) => `Sai-mat-khau-${i}`), DEMO_PASSWORD];
  const responses = await Promise.all(
    passwords.map((password) =>
      page.request.post("/api/auth/callback/credentials", {
        form: { csrfToken, username: BURST_USER, password, json: "true" },
      }),
    ),
  );
  for (const res of responses) expect(res.headers()["set-cookie"] ?? "").not.toContain("session-token");
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  // The right password alone, afterwards: still locked.
  await page.goto("/login");
  await page.getByLabel(vi.auth.username).fill(BURST_USER);
  await page.getByLabel(vi.auth.password).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: vi.auth.signIn }).click();
  await expect(page.getByTestId("login-error")).toContainText("tạm khóa");
});

test("/api/auth/session gives scripts no server-side session id", async ({ page }) => {
  await signInAs(page, "hc.xa");
  const body = await (await page.request.get("/api/auth/session")).text();
  expect(JSON.parse(body)).toHaveProperty("expires");
  expect(body).not.toContain("sid");
  expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  // The cookie still works for the app itself.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: vi.home.COMMUNE_POLICE })).toBeVisible();
});

test("an account with a temporary password is led to the change form from every page until it changes it", async ({
  page,
}) => {
  await signInAs(page, MUST_CHANGE_USER);
  for (const path of ["/", "/users", "/programme", "/monthly", "/account/tokens", "/dashboard", "/audit", "/reports"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/account\/password$/);
    await expect(page.getByRole("heading", { level: 1, name: vi.nav.changePassword })).toBeVisible();
  }
  await expect(page.getByText(vi.access.mustChangePasswordNotice)).toBeVisible();
  // A download route is refused too.
  expect((await page.request.get("/dashboard/export?year=2026")).status()).toBe(403);
  await page.getByLabel(vi.auth.currentPassword).fill(DEMO_PASSWORD);
  await page.getByLabel(vi.auth.newPassword, { exact: true }).fill("MatKhauMoi2026x");
  await page.getByLabel(vi.auth.confirmPassword).fill("MatKhauMoi2026x");
  await page.getByRole("button", { name: vi.common.save }).click();
  await expect(page.getByText(vi.auth.passwordChanged)).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: vi.home.PROVINCE_SECRETARIAT })).toBeVisible();
});

test("the secretariat changes a user's role and unit on the user page", async ({ page }) => {
  await signInAs(page, "lg.thuongtruc");
  await page.goto("/users");
  await page.getByRole("link", { name: ROLE_CHANGE_USER }).click();
  await expect(page.getByTestId("user-role")).toHaveText(vi.roles.COMMUNE_POLICE);
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  // Only roles the secretariat may assign: no system administrator.
  await expect(page.getByLabel(vi.access.changeRole.role).locator("option")).toHaveText([
    vi.roles.PROVINCE_SECRETARIAT,
    vi.roles.PROVINCE_LEADER,
    vi.roles.DISTRICT_COMMITTEE,
    vi.roles.COMMUNE_POLICE,
  ]);
  await page.getByLabel(vi.access.changeRole.role).selectOption({ label: vi.roles.DISTRICT_COMMITTEE });
  // The unit is found with the one unit search (by code here) and chosen from its results.
  const unit = page.getByLabel(vi.access.changeRole.unit);
  const choose = async (code: string) => {
    await unit.fill(code);
    await page
      .getByRole("button", { name: new RegExp(`\\(${code}\\)`) })
      .first()
      .click();
  };
  await choose("904");
  await page.getByRole("button", { name: vi.access.changeRole.submit }).click();
  await expect(page.getByText(vi.access.changeRole.done)).toBeVisible();
  await expect(page.getByTestId("user-role")).toHaveText(vi.roles.DISTRICT_COMMITTEE);
  await expect(page.getByTestId("user-unit")).toContainText("904 · ");
  // A second change on the same page starts from the saved version (no "changed by someone else").
  await choose("905");
  await page.getByRole("button", { name: vi.access.changeRole.submit }).click();
  await expect(page.getByTestId("user-unit")).toContainText("905 · ");
  await expect(page.getByText(vi.access.changeRole.done)).toBeVisible();
});

test("an API token gets the expiry chosen at creation, shown as dd/MM/yyyy", async ({ page }) => {
  await signInAs(page, "hc.lanhdao");
  await page.goto("/account/tokens");
  await page.getByLabel(vi.dashboard.tokens.name).fill("Hệ thống báo cáo");
  await page.getByLabel(vi.access.tokens.validDays).selectOption({ label: vi.access.tokens.oneYear });
  await page.getByRole("button", { name: vi.dashboard.tokens.create }).click();
  await expect(page.getByTestId("new-api-token")).toBeVisible();
  const row = page.getByRole("row", { name: /Hệ thống báo cáo/ });
  await expect(row).toContainText(/\d{2}\/\d{2}\/\d{4}/);
});
