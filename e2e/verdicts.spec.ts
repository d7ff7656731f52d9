import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { TEST_YEAR } from "../tests/support/test-clock";

// Issue #5 "Done means": with the seeded year (2026), the interim review of a commune is computed, narrated and
// accepted; at year end two communes get verdicts (one following the recommendation, one overriding it with a
// justification); the passed one enters the relapse watch, the failed one appears in next year's proposals, the
// KPIs update. Both communes get one criterion answered "Chưa đạt", so both recommendations are "Chưa đạt"
// whatever the seeded figures: the first follows it, the second is overridden to "Chuyển hóa đạt".
const YEAR = TEST_YEAR;

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, username);
  return page;
}

/** Ids of this year's selections of huyện Cầu Kè, from the verdict list. */
async function caukeSelections(page: Page): Promise<{ id: string; name: string }[]> {
  await page.goto(`/verdicts?year=${YEAR}`);
  const rows = page.locator("tbody tr", { hasText: "Huyện Cầu Kè" });
  const out: { id: string; name: string }[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.push({
      id: (await row.getByRole("link").getAttribute("href"))!.split("/").pop()!,
      name: (await row.locator("td").first().textContent())!.trim(),
    });
  }
  return out;
}

async function districtYearEnd(page: Page, selectionId: string) {
  await page.goto(`/verdicts/${selectionId}`);
  await page.getByLabel("Ngày họp tổng kết").fill(`${YEAR}-11-12`);
  await page.getByRole("radio", { name: "Không" }).check();
  await page.getByLabel("Kết quả đạt được").fill("Tình hình an ninh, trật tự chuyển biến tích cực.");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu.")).toBeVisible();
  await page.reload();
  await page.getByLabel("Tải biên bản lên").setInputFiles({
    name: "bien-ban-hop-tong-ket.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4 Biên bản họp tổng kết"),
  });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByRole("link", { name: "bien-ban-hop-tong-ket.pdf" })).toBeVisible();
  // Criteria: all met except the first general one.
  const selects = page.locator('select[id^="cr-"]');
  const n = await selects.count();
  for (let i = 0; i < n; i++) await selects.nth(i).selectOption(i === 0 ? "no" : "yes");
  await page.getByRole("button", { name: "Lưu đánh giá tiêu chí" }).click();
  await expect(page.getByText("Đã lưu đánh giá tiêu chí.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("recommendation")).toContainText("Chưa đạt");
  await expect(page.getByTestId("reasons")).toContainText("chưa đạt");
  await page.getByRole("button", { name: "Gửi đề xuất" }).click();
  await expect(page.getByText("Đã gửi đề xuất.")).toBeVisible();
  await expect(page.getByTestId("verdict-stage")).toContainText("Cấp huyện đã đề xuất");
}

async function secretariatIssue(
  page: Page,
  selectionId: string,
  verdict: "PASSED" | "NOT_PASSED",
  number: string,
  justification?: string,
) {
  await page.goto(`/verdicts/${selectionId}`);
  await page.getByRole("button", { name: "Gửi đề xuất" }).click();
  await expect(page.getByTestId("verdict-stage")).toContainText("Cơ quan Thường trực đã đề xuất");
  await page.getByLabel("Kết quả công nhận").selectOption(verdict);
  await page.getByLabel("Số quyết định").fill(number);
  await page.getByLabel("Ngày quyết định").fill(`${YEAR}-11-20`);
  if (justification) {
    // Without the justification the override is refused.
    await page.getByRole("button", { name: "Ghi nhận quyết định" }).click();
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await expect(
      page.getByText("Kết quả khác với khuyến nghị của hệ thống: phải nêu lý do bằng văn bản.").first(),
    ).toBeVisible();
    await page.getByLabel("Lý do khác với khuyến nghị").fill(justification);
  }
  await page.getByRole("button", { name: "Ghi nhận quyết định" }).click();
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByTestId("issued-verdict")).toBeVisible();
  await expect(page.getByTestId("issued-verdict")).toContainText(number);
}

test("interim review, then the year-end verdict round trip with consequences and KPIs", async ({ browser }) => {
  test.setTimeout(240_000);
  const district = await as(browser, "lg.cauke");
  const province = await as(browser, "lg.thuongtruc");
  const [a, b] = await caukeSelections(district);
  expect(a && b, "two communes of Cầu Kè are on the 2026 list").toBeTruthy();

  // 1. Interim review: computed scorecard, narrative, submit; the province accepts.
  await district.goto(`/reviews?year=${YEAR}`);
  await district.getByRole("link", { name: `Xem ${a!.name}` }).click();
  await expect(district.getByTestId("scorecard-summary")).toContainText(/Đạt \d+\/\d+ chỉ tiêu/);
  await expect(district.getByRole("cell", { name: "Tỷ lệ điều tra khám phá án hình sự" })).toBeVisible();
  await district.getByLabel("Kết quả đạt được").fill("Triệt xóa 2 tụ điểm đánh bạc; tuyên truyền đến 95% hộ dân.");
  await district.getByLabel("Tồn tại, hạn chế").fill("Tỷ lệ khám phá án còn thấp.");
  await district.getByLabel("Giải pháp thời gian tới").fill("Tập trung điều tra, khám phá án tồn đọng.");
  await district.getByRole("button", { name: "Gửi báo cáo sơ kết" }).click();
  await expect(district.getByText("Đã gửi, chờ tiếp nhận")).toBeVisible();
  await province.goto(`/reviews/${a!.id}`);
  await province.getByRole("button", { name: "Tiếp nhận" }).click();
  // The page refreshes: the decision form gives way to the accepted status.
  await expect(province.getByText("Đã tiếp nhận", { exact: true })).toBeVisible();
  await expect(province.getByRole("button", { name: "Tiếp nhận" })).toHaveCount(0);

  // 2. Year end: the district proposes both communes after its review meeting.
  await districtYearEnd(district, a!.id);
  await districtYearEnd(district, b!.id);

  // 2b. The secretariat returns B's year-end review with a reason; the district sees it, completes the review and
  // proposes again (domain.md §1: the standing office checks the district's report before proposing).
  await province.goto(`/verdicts/${b!.id}`);
  await province.getByRole("button", { name: "Trả lại" }).click();
  await province.getByLabel("Lý do trả lại").fill("Biên bản chưa có chữ ký của Trưởng Ban Chỉ đạo huyện.");
  await province.getByRole("button", { name: "Trả lại" }).click();
  await expect(province.getByTestId("year-end-return-reason")).toContainText("chưa có chữ ký");
  await expect(province.getByRole("button", { name: "Gửi đề xuất" })).toHaveCount(0);
  await district.goto(`/verdicts/${b!.id}`);
  await expect(district.getByTestId("year-end-return-reason")).toContainText("chưa có chữ ký");
  await district
    .getByLabel("Kết quả đạt được")
    .fill("Tình hình an ninh, trật tự chuyển biến tích cực; biên bản đã ký đầy đủ.");
  await district.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(district.getByText("Đã lưu.")).toBeVisible();
  await district.getByRole("button", { name: "Gửi đề xuất" }).click();
  await expect(district.getByText("Đã gửi đề xuất.")).toBeVisible();
  await district.reload();
  await expect(district.getByTestId("year-end-return-reason")).toHaveCount(0);

  // 3. The secretariat proposes and records the decisions: A follows the recommendation, B is overridden.
  await secretariatIssue(province, a!.id, "NOT_PASSED", "45/QĐ-BCĐ");
  await expect(province.getByTestId("issued-verdict")).not.toContainText("Khác khuyến nghị");
  await secretariatIssue(
    province,
    b!.id,
    "PASSED",
    "46/QĐ-BCĐ",
    "Hội nghị Ban Chỉ đạo tỉnh đánh giá hệ thống chính trị xã đã được kiện toàn sau kỳ đánh giá.",
  );
  await expect(province.getByTestId("issued-verdict")).toContainText("Khác khuyến nghị");
  // The passed one is under relapse watch (decision 20/11 + 6 months, end exclusive).
  await expect(province.getByTestId("issued-verdict")).toContainText(`Đang theo dõi đến 19/05/${YEAR + 1}`);
  // Frozen: no proposal or decision form any more.
  await expect(province.getByRole("button", { name: "Gửi đề xuất" })).toHaveCount(0);

  // 4. KPIs of the year list the passed commune behind the pass rate.
  await province.goto(`/verdicts?year=${YEAR}`);
  const kpi = province.getByTestId("kpi-year-pass");
  await kpi.locator("summary").click();
  await expect(kpi).toContainText(`${b!.name} (${YEAR})`);
  await expect(kpi).toContainText(/\(1\/\d+\)/);

  // 5. The failed one appears in next year's proposals (the province opens 2027 if no one has yet).
  const opened = await province.goto(`/programme/${YEAR + 1}`);
  if (opened?.status() === 404) {
    await province.goto("/programme");
    await province.getByLabel("Số kế hoạch").fill("01/KH-BCĐ");
    await province.getByRole("button", { name: "Mở chương trình năm" }).click();
    await expect(province).toHaveURL(new RegExp(`/programme/${YEAR + 1}$`));
  }
  await province.goto(`/programme/${YEAR + 1}/proposals`);
  const proposals = province.locator("table");
  await expect(proposals.getByRole("row", { name: new RegExp(a!.name) })).toBeVisible();
  await expect(proposals.getByRole("row", { name: new RegExp(b!.name) })).toHaveCount(0);
});

test("emulation awards: the province opens the round; a district's list breaking the 40% rule with missing files is refused, every problem listed; a complete list is sent and the province approves it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const province = await as(browser, "lg.thuongtruc");
  await province.goto(`/awards?year=${YEAR}`);
  await province.getByLabel("Ưu tiên").fill("Ưu tiên tập thể, cá nhân trực tiếp chiến đấu ở cơ sở.");
  await province.getByRole("button", { name: "Lưu đợt thi đua" }).click();
  await expect(province.getByText("Đã lưu đợt thi đua.")).toBeVisible();

  const district = await as(browser, "lg.tambinh");
  await district.goto(`/awards?year=${YEAR}`);
  await district.getByLabel("Tên").fill("Nguyễn Văn Thi");
  await district.getByLabel("Chức vụ").fill("Phó Trưởng Công an huyện");
  await district.getByLabel("Lãnh đạo, quản lý từ Phó trưởng phòng trở lên").check();
  await district.getByRole("button", { name: "Thêm đề nghị" }).click();
  await expect(district.getByRole("cell", { name: /Nguyễn Văn Thi/ })).toBeVisible();
  await district.getByRole("button", { name: "Gửi danh sách đề nghị" }).click();
  // One leader of one individual = 100% > 40%, and the three files are missing: all listed.
  await expect(district.getByText(/vượt mức tối đa 40%/).last()).toBeVisible();
  await expect(district.getByText(/còn thiếu: Tờ trình kèm tóm tắt thành tích/).last()).toBeVisible();
  await expect(district.getByText("Đã gửi", { exact: true })).toHaveCount(0);

  // The district replaces it with a collective, attaches the three files and sends the list; the province approves it.
  await district.getByRole("button", { name: "Xóa" }).click();
  await district.getByRole("button", { name: "Xác nhận", exact: true }).click();
  await expect(district.getByRole("cell", { name: /Nguyễn Văn Thi/ })).toHaveCount(0);
  await district.getByLabel("Tập thể/cá nhân").selectOption("COLLECTIVE");
  await district.getByLabel("Tên").fill("Công an xã Tân Lược");
  await district.getByRole("button", { name: "Thêm đề nghị" }).click();
  await expect(district.getByRole("cell", { name: /Công an xã Tân Lược/ })).toBeVisible();
  for (const label of [
    "Tờ trình kèm tóm tắt thành tích",
    "Biên bản họp Hội đồng Thi đua - Khen thưởng",
    "Báo cáo thành tích có xác nhận của cơ quan, đơn vị",
  ]) {
    const upload = district.locator("form", { has: district.getByLabel(label) });
    await upload
      .getByLabel(label)
      .setInputFiles({ name: "ho-so.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 hồ sơ") });
    await upload.getByRole("button", { name: "Tải lên" }).click();
    await expect(district.getByLabel(label)).toHaveCount(0);
  }
  await district.getByRole("button", { name: "Gửi danh sách đề nghị" }).click();
  await expect(district.getByText("Đã gửi", { exact: true })).toBeVisible();

  await province.reload();
  await province.getByRole("button", { name: "Chấp thuận: Công an xã Tân Lược", exact: true }).click();
  await expect(province.getByText("Được khen", { exact: true })).toBeVisible();
  await district.reload();
  await expect(district.getByText("Được khen", { exact: true })).toBeVisible();
});

test("review and verdict pages: no serious axe violation, and they fit a 360 px phone", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await as(browser, "lg.thuongtruc");
  await page.goto(`/verdicts?year=${YEAR - 1}`);
  const lastYear = (await page.locator("tbody tr a").first().getAttribute("href"))!;
  await page.goto(`/reviews?year=${YEAR}`);
  const interim = (await page.locator("tbody tr a").first().getAttribute("href"))!;
  const paths = [
    `/reviews?year=${YEAR}`,
    interim,
    `/verdicts?year=${YEAR}`,
    interim.replace("/reviews/", "/verdicts/"),
    lastYear,
    `/awards?year=${YEAR}`,
    `/verdicts/config?year=${YEAR}`,
  ];
  for (const path of paths) {
    await page.setViewportSize({ width: 1280, height: 900 });
    expect((await page.goto(path))?.status(), path).toBeLessThan(400);
    await page.waitForLoadState("networkidle");
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(
      violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 2)
              .map((n) => n.target.join(" "))
              .join(" | ")}`,
        ),
      path,
    ).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      `${path} at 360 px`,
    ).toBeLessThanOrEqual(0);
  }
});
