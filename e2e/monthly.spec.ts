import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";
import { fillLikeLastMonth, submit } from "./support/monthly-form";

// Issue #4 "Done means": a commune user fills and submits a month; the district submits; the
// province returns it with a reason; the commune fixes it; it is accepted and becomes read-only;
// the value history shows every change. The server's clock starts at 21/11/2026 (tests/support/test-clock.ts): November is open until 05/12.

test("monthly figures round trip: commune submits, district reports, province returns, commune fixes, province accepts, read-only with history", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // 1. Commune police fills and submits November 2026.
  const commune = await (await browser.newContext()).newPage();
  await signInAs(commune, "lg.xa");
  // The home page shows the month to enter and the days left.
  await commune.goto("/");
  await expect(commune.getByTestId("home-task-entry")).toContainText("Chưa nhập. Còn 14 ngày đến hạn nhập");
  await commune.goto("/monthly");
  await commune.getByRole("link", { name: "Nhập số liệu tháng 11/2026" }).click();
  await expect(commune.getByRole("heading", { level: 1, name: "Số liệu tháng 11/2026" })).toBeVisible();
  await expect(commune.getByText(/Còn 14 ngày đến hạn nhập \(hạn cuối ngày 05\/12\/2026\)/)).toBeVisible();
  const entryUrl = new URL(commune.url()).pathname;
  await fillLikeLastMonth(commune);
  // Issue #13 case 1: "2.5" typed for a count is refused next to the field (it was stored as 25), and nothing is saved.
  await commune.locator("#v-HS_VU").fill("2.5");
  await commune.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(commune.locator("#v-HS_VU-error")).toContainText("“Số vụ phạm pháp hình sự” phải là số nguyên không âm");
  await expect(commune.getByText("Có ô nhập số chưa đúng, chưa lưu gì.")).toBeVisible();
  await expect(commune.getByTestId("report-status")).toContainText("Chưa nhập");
  await commune.locator("#v-HS_VU").fill("4");
  await commune.locator("#v-KQ_AN_KHAM_PHA").fill("3");
  await expect(commune.getByTestId("computed-KQ_TL_DTKP")).toHaveText("75%");
  await commune.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(commune.getByText(/Đã lưu nháp/)).toBeVisible();
  await submit(commune);
  await expect(commune.getByTestId("report-status")).toContainText("Đã gửi");

  // 2. The district committee sees the commune submitted and submits its report.
  const district = await (await browser.newContext()).newPage();
  await signInAs(district, "lg.cauke");
  await district.goto("/monthly?year=2026&month=11");
  await expect(district.getByRole("heading", { level: 1, name: /tháng 11\/2026/ })).toBeVisible();
  await district
    .getByLabel("Nội dung báo cáo (tình hình, kết quả, kiến nghị)")
    .fill("Tình hình an ninh trật tự trên địa bàn ổn định; đã triệt xóa 01 tụ điểm.");
  await district.getByRole("button", { name: "Gửi báo cáo lên tỉnh" }).click();
  await expect(district.getByText("Đã gửi báo cáo lên tỉnh.")).toBeVisible();
  await expect(district.getByTestId("district-status")).toHaveText("Đã gửi");

  // 3. The province returns the commune's figures with a reason.
  const province = await (await browser.newContext()).newPage();
  await signInAs(province, "lg.thuongtruc");
  await province.goto("/monthly?year=2026&month=11");
  await expect(province.getByText("Huyện Cầu Kè · Đã gửi")).toBeVisible();
  await province.goto(entryUrl);
  await province.getByRole("button", { name: "Trả lại" }).click();
  await province
    .getByLabel("Lý do trả lại")
    .fill("Số vụ phạm pháp hình sự chưa khớp sổ tiếp nhận tin báo, đề nghị rà soát.");
  await province.getByRole("button", { name: "Xác nhận" }).click();
  // The review card leaves the page once the report is returned (nothing left to review), taking its
  // confirmation with it: the durable outcome is the status line.
  await expect(province.getByTestId("report-status")).toContainText("Bị trả lại");

  // 4. The commune sees the reason, fixes the figure and submits again.
  await commune.goto(entryUrl);
  await expect(commune.getByTestId("return-reason")).toContainText("chưa khớp sổ tiếp nhận");
  await commune.locator("#v-HS_VU").fill("5");
  await submit(commune);

  // 5. The province sees what changed since the return and accepts.
  await province.goto(entryUrl);
  await expect(province.getByTestId("changes-since")).toContainText("Số vụ phạm pháp hình sự");
  await expect(province.getByTestId("changes-since")).toContainText("4 → 5");
  await province.getByRole("button", { name: "Tiếp nhận" }).click();
  await expect(province.getByText("Đã tiếp nhận số liệu.")).toBeVisible();

  // 6. Read-only for the commune; the history shows every change of the value.
  await commune.goto(entryUrl);
  await expect(commune.getByTestId("report-status")).toContainText("Đã tiếp nhận");
  await expect(commune.locator("#v-HS_VU")).toBeDisabled();
  await expect(commune.getByRole("button", { name: "Gửi số liệu" })).toHaveCount(0);
  const row = commune.getByTestId("row-HS_VU");
  await row.getByText(/Lịch sử thay đổi/).click();
  const history = row.getByTestId("history-entry");
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText("(mới) → 4");
  await expect(history.nth(1)).toContainText("4 → 5");

  // 7. Issue #13 case 4 (domain.md §8): the district sees who accepted and has no unlock button; the province unlocks,
  // which (case 5) reopens the month for the commune in the same step, until the chosen day.
  await district.goto(entryUrl);
  await expect(district.getByTestId("accepted-by")).toContainText("Đã tiếp nhận bởi");
  await expect(district.getByTestId("undo-refusal")).toContainText(
    "chỉ cấp tỉnh hoặc cấp trên mới có thể hủy bước này",
  );
  await expect(district.getByRole("button", { name: "Mở khóa số liệu đã tiếp nhận" })).toHaveCount(0);
  await province.goto(entryUrl);
  await province.getByRole("button", { name: "Mở khóa số liệu đã tiếp nhận" }).click();
  await province.getByLabel("Lý do mở khóa").fill("Bổ sung số liệu theo kết luận kiểm tra.");
  await expect(province.getByLabel("Cho phép xã sửa đến hết ngày")).toHaveValue("2026-11-26");
  await province.getByRole("button", { name: "Xác nhận" }).click();
  await expect(province.getByTestId("report-status")).toContainText("Bị trả lại");
  await commune.goto(entryUrl);
  await expect(commune.locator("#v-HS_VU")).toBeEnabled();
  await expect(commune.getByRole("button", { name: "Gửi số liệu" })).toBeVisible();
});
