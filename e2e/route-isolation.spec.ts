import { expect, test, type Browser } from "@playwright/test";
import { can, type Permission } from "../lib/authz/permissions";
import { DEMO_ACCOUNTS } from "../prisma/seed/seed-demo";
import { signInAs } from "./support/auth";

// Issue #7 §1 for the download routes that use the browser session (they cannot be called without a
// cookie in vitest): a commune user and a district user request the export/download URLs of foreign
// units (another district, another province) and get "not found" (403 where the role lacks the
// permission altogether, as the matrix says), never a file.
const NIL = "00000000-0000-7000-8000-000000000000";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** What `username` sees: its own unit, the first unit listed under it, and the decision ids of a programme year. */
async function idsSeenBy(browser: Browser, username: string) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signInAs(page, username);
  await page.goto("/");
  const href = (await page
    .getByRole("link", { name: /Xem đơn vị/ })
    .first()
    .getAttribute("href"))!;
  const unit = UUID.exec(href)![0];
  await page.goto(href);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const links = page.locator("table a");
  const child = (await links.count())
    ? (UUID.exec((await links.first().getAttribute("href")) ?? "")?.[0] ?? null)
    : null;
  await page.goto("/programme/2026/approval");
  const decisions = [
    ...new Set((await page.content()).match(/\/api\/programme\/decisions\/[0-9a-f-]{36}\/xlsx/g) ?? []),
  ];
  await ctx.close();
  return { unit, child, decisions };
}

test("session download routes answer not found for foreign units", async ({ browser }) => {
  const otherProvince = await idsSeenBy(browser, "hc.thuongtruc"); // Hải Châu: a province and its first commune
  const otherDistrict = await idsSeenBy(browser, "lg.tambinh"); // Tam Bình: a district and its first commune
  expect(otherProvince.child && otherDistrict.child).toBeTruthy();

  const foreignUnits = [otherProvince.unit, otherProvince.child!, otherDistrict.unit, otherDistrict.child!];
  const foreignCommunes = [otherProvince.child!, otherDistrict.child!];
  const urls: [string, Permission][] = [
    ...foreignCommunes.map((c): [string, Permission] => [`/monthly/${c}/2026/1/export`, "monthly.view"]),
    ...foreignUnits.flatMap((u): [string, Permission][] => [
      [`/dashboard/export?view=home&unitId=${u}`, "dashboard.view"],
      [`/dashboard/export?view=drill&unitId=${u}`, "dashboard.view"],
      [`/reports/district-monthly/xlsx?unitId=${u}&year=2026&month=1`, "report.view"],
      [`/reports/interim/xlsx?unitId=${u}&year=2026`, "report.view"],
      [`/reports/year-end/xlsx?unitId=${u}&year=2026`, "report.view"],
      [`/api/documents/district-monthly/docx?unitId=${u}&year=2026&month=1`, "report.view"],
      [`/api/documents/interim/docx?unitId=${u}&year=2026`, "report.view"],
      [`/api/documents/year-end/docx?unitId=${u}&year=2025`, "report.view"],
    ]),
    ...foreignCommunes.map((c): [string, Permission] => [`/api/documents/plan/docx?id=${c}`, "programme.view"]),
    ...otherProvince.decisions.map((d): [string, Permission] => [d, "programme.view"]),
    // The Word files of the same decisions (issue #15), and the kinds keyed by a selection with a nil id.
    ...otherProvince.decisions.map((d): [string, Permission] => [
      `/api/documents/decision/docx?id=${UUID.exec(d)![0]}`,
      "programme.view",
    ]),
    [`/api/documents/verdict/docx?id=${NIL}`, "kpi.view"],
    [`/api/documents/plan/docx?id=${NIL}`, "programme.view"],
    [`/api/documents/khong-co/docx?id=${NIL}`, "programme.view"],
    [`/api/programme/attachments/${NIL}`, "programme.view"],
    ["/api/programme/attachments/khong-hop-le", "programme.view"],
    [`/api/reviews/attachments/${NIL}`, "kpi.view"],
    ["/api/reviews/attachments/khong-hop-le", "kpi.view"],
    [`/monthly/khong-hop-le/2026/1/export`, "monthly.view"],
    [`/api/committee/task-attachments/${NIL}`, "plan.update-task"],
    ["/api/committee/task-attachments/khong-hop-le", "plan.update-task"],
  ];
  expect(otherProvince.decisions.length).toBeGreaterThan(0);

  let checked = 0;
  for (const username of ["lg.xa", "lg.cauke"]) {
    const role = DEMO_ACCOUNTS.find((a) => a.username === username)!.role;
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await signInAs(page, username);
    // Control: the user's own data downloads (so the refusals below are not a broken route).
    const own = await idsSeenBy(browser, username);
    const control =
      role === "COMMUNE_POLICE"
        ? `/monthly/${own.unit}/2026/1/export`
        : `/reports/interim/xlsx?unitId=${own.unit}&year=2026`;
    expect((await page.request.get(control)).status(), `${username} ${control}`).toBe(200);
    for (const [url, permission] of urls) {
      const res = await page.request.get(url, { maxRedirects: 0 });
      const expected = can(role, permission) ? [404] : [403, 404];
      expect(expected, `${username} ${url} → ${res.status()}`).toContain(res.status());
      expect(res.headers()["content-disposition"] ?? "", url).not.toContain("attachment");
      checked++;
    }
    await ctx.close();
  }
  console.log(`route isolation: ${checked} foreign download requests refused`);
});
