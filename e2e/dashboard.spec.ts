import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { TEST_YEAR } from "../tests/support/test-clock";

// Issue #6 "Done means": each dashboard opened as a leader and as a district user (who sees only its
// district), numbers checked against the database (through the JSON API with the user's own token: the
// test process does not know the server's database), and each report downloaded.

const YEAR = TEST_YEAR;

async function createToken(page: Page, name: string): Promise<string> {
  await page.goto("/account/tokens");
  await page.getByLabel("Tên gợi nhớ").fill(name);
  await page.getByRole("button", { name: "Tạo mã" }).click();
  const token = (await page.getByTestId("new-api-token").textContent())!.trim();
  expect(token).toMatch(/^bcd_/);
  return token;
}

async function api(request: APIRequestContext, token: string, path: string) {
  const res = await request.get(`/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status(), path).toBe(200);
  return (await res.json()).data;
}

/** Raw numbers of a table's cells (data-value), row by row. */
async function tableValues(page: Page, testId: string, rowSelector = "tbody tr") {
  return page
    .getByTestId(testId)
    .locator(rowSelector)
    .evaluateAll((rows) =>
      rows.map((r) => Array.from(r.querySelectorAll("[data-value]")).map((c) => c.getAttribute("data-value"))),
    );
}
const str = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));

for (const who of [
  { username: "lg.lanhdao", unitName: "Tỉnh Long Giang" },
  { username: "lg.cauke", unitName: "Huyện Cầu Kè" },
]) {
  test(`dashboards as ${who.username}: figures equal the API's, scope limited to ${who.unitName}`, async ({ page }) => {
    test.setTimeout(240_000);
    await signInAs(page, who.username);
    const token = await createToken(page, `e2e ${who.username}`);
    const me = await api(page.request, token, "/me");
    expect(me.unitName).toBe(who.unitName);

    // Home
    await page.goto(`/dashboard?year=${YEAR}`);
    await expect(page.getByRole("heading", { level: 1, name: "Bảng điều hành chuyển hóa địa bàn" })).toBeVisible();
    await expect(page.getByText(`${who.unitName} · Năm ${YEAR}`)).toBeVisible();
    const home = await api(page.request, token, `/dashboard/home?year=${YEAR}`);
    await page.getByTestId("table-pipeline").locator("summary").click();
    await expect(page.getByTestId("table-pipeline").locator("table")).toBeVisible();
    const pipeline = await tableValues(page, "table-pipeline");
    expect(pipeline.map((r) => r[0])).toEqual(
      ["proposed", "approved", "inProgress", "interimReviewed", "passed", "notPassed"].map((k) =>
        str(home.pipeline[k]),
      ),
    );
    await expect(page.getByTestId("cap-selected")).toHaveAttribute("data-value", str(home.cap.selected));
    await expect(page.getByTestId("kpi-pass-rate")).toHaveAttribute("data-value", str(home.kpis.passRate.percent));
    await expect(page.getByTestId("reporting-completeness")).toHaveAttribute(
      "data-value",
      str(home.reporting.completeness),
    );
    expect(home.pipeline.approved + home.reporting.submitted).toBeGreaterThan(0); // seeded data is there

    // Trends (criteria group in the URL)
    await page.goto(`/dashboard/trends?year=${YEAR}&group=CRIMINAL`);
    await expect(
      page.getByRole("heading", { level: 1, name: /Diễn biến theo tháng: Nhóm tiêu chí về hình sự/ }),
    ).toBeVisible();
    const trends = await api(page.request, token, `/dashboard/trends?year=${YEAR}&group=CRIMINAL`);
    const vu = trends.series.find((s: { code: string }) => s.code === "HS_VU");
    await page.getByTestId("table-trend-HS_VU").locator("summary").click();
    const rows = await tableValues(page, "table-trend-HS_VU");
    expect(rows).toEqual(
      vu.points.map((p: { thisYear: number | null; lastYear: number | null }) => [str(p.thisYear), str(p.lastYear)]),
    );
    expect(vu.points.some((p: { lastYear: number | null }) => (p.lastYear ?? 0) > 0)).toBe(true);

    // Ranking
    await page.goto(`/dashboard/ranking?year=${YEAR}`);
    await expect(page.getByRole("heading", { level: 1, name: "Xếp hạng theo chỉ tiêu đạt được" })).toBeVisible();
    const ranking = await api(page.request, token, `/dashboard/ranking?year=${YEAR}`);
    const rankRows = await page
      .getByTestId("rank-units")
      .locator("tbody tr")
      .evaluateAll((rs) => rs.map((r) => r.getAttribute("data-unit")));
    expect(rankRows).toEqual(ranking.units.map((u: { id: string }) => u.id));

    // Drill-down from the actor's unit: children's values equal the API's figures
    await page.goto(`/dashboard/units/${me.unitId}?year=${YEAR}&group=CRIMINAL`);
    await expect(page.getByRole("heading", { level: 1, name: `Số liệu chi tiết: ${who.unitName}` })).toBeVisible();
    const figures = await api(page.request, token, `/units/${me.unitId}/figures?year=${YEAR}&group=CRIMINAL`);
    const childRows = await tableValues(page, "drill-children");
    expect(childRows).toEqual(
      figures.children.map((c: { values: Record<string, number | null> }) =>
        figures.indicators.map((i: { code: string }) => str(c.values[i.code])),
      ),
    );
    // … → a unit below → (a commune) → an indicator → its months and history
    const drillInto = async () => {
      const link = page.getByTestId("drill-children").getByRole("link").first();
      const name = (await link.textContent())!.trim();
      await link.click();
      await expect(page.getByRole("heading", { level: 1, name: `Số liệu chi tiết: ${name}` })).toBeVisible();
      await expect(page).toHaveURL(/year=\d{4}.*group=CRIMINAL/);
    };
    await drillInto();
    if (who.username === "lg.lanhdao") await drillInto();
    await page.getByTestId("drill-self").getByRole("link", { name: "Số vụ phạm pháp hình sự", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Số vụ phạm pháp hình sự" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Lịch sử thay đổi giá trị" })).toBeVisible();

    // Map
    await page.goto(`/dashboard/map?year=${YEAR}`);
    const map = await api(page.request, token, `/dashboard/map?year=${YEAR}`);
    const legend = await page
      .getByTestId("map-legend")
      .locator("li")
      .evaluateAll((ls) => ls.map((l) => [l.getAttribute("data-status"), l.getAttribute("data-count")]));
    expect(Object.fromEntries(legend)).toEqual(
      Object.fromEntries(Object.entries(map.counts).map(([k, v]) => [k, String(v)])),
    );

    // Excel export of a chart
    await page.goto(`/dashboard/trends?year=${YEAR}&group=CRIMINAL`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Tải Excel\s*: Số vụ phạm pháp hình sự \(/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    // Scope: a district user gets "not found" for the province and another district
    if (who.username === "lg.cauke") {
      const units = await api(page.request, token, `/units?level=PROVINCE`);
      expect(units).toHaveLength(0);
      const res = await page.request.get(`/api/v1/units/${me.provinceId}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(res.status()).toBe(404);
      expect((await page.goto(`/dashboard?unitId=${me.provinceId}`))?.status()).toBe(404);
      expect((await page.goto(`/dashboard/units/${me.provinceId}`))?.status()).toBe(404);
      expect((await page.request.get(`/dashboard/export?view=drill&unitId=${me.provinceId}`)).status()).toBe(404);
    }
  });
}

test("reports: print-ready pages laid out as administrative documents, each downloadable as Excel", async ({
  page,
}) => {
  await signInAs(page, "lg.lanhdao");
  for (const r of [
    { open: "Báo cáo sơ kết 6 tháng", title: /Sơ kết 6 tháng/, year: YEAR },
    { open: "Báo cáo tổng kết năm", title: /Tổng kết công tác chuyển hóa/, year: YEAR - 1 },
    { open: "Báo cáo tháng của huyện", title: /Kết quả thực hiện chuyển hóa địa bàn tháng/, year: null },
  ]) {
    await page.goto("/reports");
    const card = page.locator("section").filter({ has: page.getByRole("heading", { name: r.open }) });
    if (r.year) await card.getByLabel("Năm").selectOption(String(r.year));
    else await card.getByLabel("Đơn vị").selectOption({ label: "Huyện Cầu Kè" });
    await card.getByRole("button", { name: "Xem bản in" }).click();
    await expect(page.getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeVisible();
    await expect(page.getByText("Độc lập - Tự do - Hạnh phúc")).toBeVisible();
    await expect(page.getByText(r.title).first()).toBeVisible();
    await expect(page.getByText("Nơi nhận:")).toBeVisible();
    await expect(page.getByRole("button", { name: "In báo cáo" })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Tải Excel" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bao-cao-.*\.xlsx$/);
    const path = await download.path();
    expect(path).toBeTruthy();
  }
  // The year-end report lists a verdict per commune of the seeded previous year.
  await page.goto(`/reports/year-end?year=${YEAR - 1}`);
  await expect(page.getByTestId("yearend-communes").locator("tbody tr").first()).toBeVisible();
});

test("API tokens: shown once, revocable, and a revoked token is refused", async ({ page }) => {
  await signInAs(page, "lg.xa");
  const token = await createToken(page, "Thu hồi e2e");
  await page.reload();
  await expect(page.getByTestId("new-api-token")).toHaveCount(0);
  expect((await page.request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(200);
  expect(
    (await page.request.get("/api/v1/dashboard/home", { headers: { Authorization: `Bearer ${token}` } })).status(),
  ).toBe(403);
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Thu hồi Thu hồi e2e" }).click();
  await expect(page.getByText(/Đã thu hồi/)).toBeVisible();
  const res = await page.request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(401);
  expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
  const doc = await page.request.get("/api/v1/openapi.json");
  expect((await doc.json()).openapi).toBe("3.1.0");
});
