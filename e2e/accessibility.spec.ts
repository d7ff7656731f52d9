import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { TEST_YEAR, TEST_MONTH } from "../tests/support/test-clock";

// Issue #6 "Across the whole app": every page passes axe-core with no serious or critical violation,
// and the main pages are usable on a 360 px wide phone (no horizontal scrolling of the page itself).
// Other features' pages are added to PAGES by their owners.

const YEAR = TEST_YEAR;
const MONTH = TEST_MONTH;

async function expectAccessible(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    ),
    path,
  ).toEqual([]);
}

async function expectFitsPhone(page: Page, path: string) {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${path} scrolls sideways on a 360 px screen`).toBeLessThanOrEqual(0);
}

/** Pages per account (paths resolved after sign-in when they need the actor's unit). */
const PAGES: Record<string, (unitId: string) => string[]> = {
  admin: (u) => [
    "/",
    `/units/${u}`,
    "/users",
    "/audit",
    "/account/password",
    "/account/tokens",
    `/dashboard?year=${YEAR}`,
    "/units/import?province=12&history=1",
    "/users/bulk",
    "/units/sheet",
    `/ministry/deadline?year=${YEAR}`,
  ],
  "lg.thuongtruc": (u) => [
    "/",
    `/units/${u}`,
    "/users",
    "/users/bulk",
    "/units/sheet",
    "/audit",
    "/account/tokens",
    `/dashboard?year=${YEAR}`,
    "/reports",
    "/monthly",
    "/monthly/indicators",
    `/reviews?year=${YEAR}`,
    `/verdicts?year=${YEAR}`,
    `/verdicts?year=${YEAR - 1}`,
    `/awards?year=${YEAR}`,
    "/documents/settings",
    // Issue #18: the committee's pages.
    "/committee/agencies",
    `/committee/plan?year=${YEAR}`,
    `/committee/reports?year=${YEAR}`,
    `/committee/ministry?year=${YEAR}`,
  ],
  "lg.lanhdao": (u) => [
    "/",
    `/units/${u}`,
    "/account/password",
    "/account/tokens",
    `/dashboard?year=${YEAR}`,
    `/dashboard/trends?year=${YEAR}&group=CRIMINAL`,
    `/dashboard/trends?year=${YEAR}&group=OTHER`,
    `/dashboard/ranking?year=${YEAR}`,
    `/dashboard/units/${u}?year=${YEAR}`,
    `/dashboard/map?year=${YEAR}`,
    "/reports",
    `/reports/interim?year=${YEAR}`,
    `/reports/year-end?year=${YEAR - 1}`,
  ],
  "lg.cauke": (u) => [
    "/",
    `/units/${u}`,
    `/dashboard?year=${YEAR}`,
    `/dashboard/trends?year=${YEAR}`,
    `/dashboard/ranking?year=${YEAR}`,
    `/dashboard/units/${u}?year=${YEAR}`,
    `/dashboard/map?year=${YEAR}`,
    "/reports",
    `/reports/district-monthly?unitId=${u}&year=${YEAR}&month=1`,
    "/monthly",
    `/monthly/summary?year=${YEAR}`,
    "/monthly/indicators",
    `/reviews?year=${YEAR}`,
    `/verdicts?year=${YEAR}`,
    `/awards?year=${YEAR}`,
  ],
  "lg.xa": (u) => [
    "/",
    `/units/${u}`,
    "/account/password",
    "/account/tokens",
    "/monthly",
    `/monthly/${u}/${YEAR}/${MONTH}`,
  ],
  // Issue #18: a member agency's account (no unit pages) and the ministry's standing office.
  "lg.sotuphap": () => ["/", "/committee/tasks", `/committee/report?year=${YEAR}`, `/dashboard?year=${YEAR}`],
  "bo.thuongtruc": () => ["/", `/ministry?year=${YEAR}`, `/dashboard?year=${YEAR}`],
};

/** The actor's unit id, read from the navigation; "" for an account without unit pages (a member agency's). */
async function unitIdOf(page: Page): Promise<string> {
  await page.goto("/");
  const link = page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Đơn vị hành chính" });
  if ((await link.count()) === 0) return "";
  return (await link.getAttribute("href"))!.split("/").pop()!;
}

test("the sign-in page is accessible and fits a phone", async ({ page }) => {
  await expectAccessible(page, "/login");
  await expectFitsPhone(page, "/login");
});

for (const [username, pages] of Object.entries(PAGES)) {
  test(`axe: no serious or critical violations on the pages of ${username}`, async ({ page }) => {
    test.setTimeout(180_000);
    await signInAs(page, username);
    const unitId = await unitIdOf(page);
    for (const path of pages(unitId)) await expectAccessible(page, path);
  });
}

// Issue #18 §5: the ministry reads a province's programme (chosen on its national table), read-only.
test("axe: no serious or critical violations on the province pages the ministry reads", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "bo.thuongtruc");
  await page.goto(`/ministry?year=${YEAR}`);
  await page
    .getByTestId("province-report-row")
    .filter({ hasText: "Long Giang" })
    .getByRole("link", { name: "Xem chương trình" })
    .click();
  for (const path of [
    "/programme",
    `/programme/${YEAR}`,
    `/programme/${YEAR}/plans`,
    `/reviews?year=${YEAR}`,
    `/verdicts?year=${YEAR}`,
    `/awards/overview?year=${YEAR}`,
  ]) {
    await expectAccessible(page, path);
  }
});

test("main pages fit a 360 px wide phone", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "lg.cauke");
  const u = await unitIdOf(page);
  for (const path of [
    "/",
    `/dashboard?year=${YEAR}`,
    `/dashboard/trends?year=${YEAR}`,
    `/dashboard/ranking?year=${YEAR}`,
    `/dashboard/units/${u}?year=${YEAR}`,
    `/dashboard/map?year=${YEAR}`,
    "/reports",
    "/account/tokens",
  ]) {
    await expectFitsPhone(page, path);
  }
  await signInAs(page, "lg.xa");
  const xa = await unitIdOf(page);
  for (const path of ["/", "/account/password", "/account/tokens", "/monthly", `/monthly/${xa}/${YEAR}/${MONTH}`])
    await expectFitsPhone(page, path);
});

test("the main navigation marks the section the user is in", async ({ page }) => {
  await signInAs(page, "lg.thuongtruc");
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await page.goto("/monthly/indicators");
  await expect(nav.getByRole("link", { name: "Danh mục chỉ tiêu" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Xét duyệt số liệu" })).not.toHaveAttribute("aria-current", "page");
  await page.goto("/monthly?year=2026&month=10");
  await expect(nav.getByRole("link", { name: "Xét duyệt số liệu" })).toHaveAttribute("aria-current", "page");
  await page.goto("/");
  await expect(nav.getByRole("link", { name: "Trang chủ" })).toHaveAttribute("aria-current", "page");
});
