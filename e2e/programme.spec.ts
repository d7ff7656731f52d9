import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";

// Issue #3 "Done means": two districts propose communes, one hits the NTM warning, the province approves
// up to the cap and is refused one over it, issues the decision (printable + Excel), and a plan with tasks
// is created for an approved commune. Year 2027 is not opened by the demo seed; the cap is lowered to 3%
// (floor(3% × 105 communes) = 3) to reach it quickly.
const YEAR = 2027;

async function as(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, username);
  return page;
}

async function propose(page: Page, commune: string, opts: { ntm?: boolean; figure?: string } = {}) {
  await page.goto(`/programme/${YEAR}/proposals`);
  await page.getByLabel("Xã, phường, thị trấn").selectOption({ label: commune });
  if (opts.ntm) await expect(page.getByText(/nông thôn mới/).first()).toBeVisible();
  await page.getByRole("checkbox", { name: /Loại 1/ }).check();
  await page.getByLabel("Lý do đề xuất").fill("Qua khảo sát, tình hình tội phạm phức tạp");
  await page.getByRole("button", { name: "Đề xuất xã mới" }).click();
  await expect(page).toHaveURL(/\/proposals\/[0-9a-f-]{36}$/);
  if (opts.ntm) await expect(page.getByText(/nông thôn mới/).first()).toBeVisible();
  // Issue #13 case 1: a figure typed "12.5" is refused naming the field, not stored as 125.
  await page.getByLabel("Số vụ phạm pháp hình sự (vụ)").fill("12.5");
  await page.getByRole("button", { name: "Gửi đề xuất lên tỉnh" }).click();
  await expect(page.getByText("“Số vụ phạm pháp hình sự” phải là số nguyên không âm").first()).toBeVisible();
  await page.getByLabel("Số vụ phạm pháp hình sự (vụ)").fill(opts.figure ?? "5");
  await page.getByRole("button", { name: "Gửi đề xuất lên tỉnh" }).click();
  await expect(page.getByText("Đã gửi đề xuất.")).toBeVisible();
}

test("yearly programme round trip: open, propose, approve under the cap, decide, plan", async ({ browser }) => {
  test.setTimeout(180_000);
  // 1. The secretariat opens 2027 with a 3% cap.
  const province = await as(browser, "lg.thuongtruc");
  await province.goto("/programme");
  // Issue #13 case 7: the plan date is never pre-filled ahead of today (it offered 01/12/2026 on 30/11/2026).
  await expect(province.getByLabel("Ngày kế hoạch")).toHaveValue("2026-11-21");
  await province.getByLabel("Số kế hoạch").fill("01/KH-BCĐ");
  await province.getByLabel("Giới hạn số xã chuyển hóa (% số đơn vị cấp xã hiện có)").fill("3");
  await province.getByRole("button", { name: "Mở chương trình năm" }).click();
  await expect(province).toHaveURL(new RegExp(`/programme/${YEAR}$`));
  await expect(province.getByRole("heading", { name: `Chương trình chuyển hóa năm ${YEAR}` })).toBeVisible();
  await expect(province.getByText("Phê duyệt danh sách địa bàn chuyển hóa năm 2027")).toBeVisible();

  // 2. Two districts propose; Hòa Ân was recognised as new-rural last year (warning, not a block).
  const cauke = await as(browser, "lg.cauke");
  await propose(cauke, "Xã Ninh Thới (Huyện Cầu Kè)", { figure: "9" });
  await propose(cauke, "Xã Hòa Ân (Huyện Cầu Kè)", { ntm: true, figure: "7" });
  const tambinh = await as(browser, "lg.tambinh");
  await propose(tambinh, "Xã Loan Mỹ (Huyện Tam Bình)", { figure: "6" });
  await propose(tambinh, "Xã Ngãi Tứ (Huyện Tam Bình)", { figure: "2" });

  // 3. The province approves up to the cap (carry-overs, if any, already count) and is refused one over it.
  await province.goto(`/programme/${YEAR}/approval`);
  const counter = province.getByTestId("cap-counter");
  await expect(counter).toHaveText(/\d+ \/ 3 xã/);
  const carried = Number((await counter.textContent())!.split("/")[0].trim());
  expect(carried, "carry-overs leave room for at least one approval").toBeLessThan(3);
  const order = ["Xã Ninh Thới", "Xã Hòa Ân", "Xã Loan Mỹ", "Xã Ngãi Tứ"];
  const approvals = 3 - carried;
  for (const [i, name] of order.slice(0, approvals).entries()) {
    await province.getByRole("button", { name: `Duyệt ${name}`, exact: true }).click();
    await expect(province.getByText(`Đã duyệt ${name}.`)).toBeVisible();
    await expect(counter).toHaveText(`${carried + i + 1} / 3 xã`);
  }
  await province.getByRole("button", { name: `Duyệt ${order[approvals]}`, exact: true }).click();
  await expect(province.getByRole("alert").filter({ hasText: /Vượt giới hạn 3%: tối đa 3 xã/ })).toBeVisible();
  await expect(counter).toHaveText("3 / 3 xã");

  // 4. The decision: one transaction, then read-only; printable page and Excel file.
  await province.getByLabel("Số, ký hiệu quyết định").fill("01/QĐ-BCĐ");
  await province.getByLabel("Họ tên người ký").fill("Nguyễn Văn Thành");
  await province.getByRole("button", { name: "Ban hành quyết định phê duyệt" }).click();
  // Issue #13 case 7: before the proposal deadline (31/12/2026) and with districts that have not proposed, the
  // decision needs an explicit confirmation that lists them.
  const early = province.getByTestId("early-decision");
  await expect(early).toContainText("Chưa hết hạn đề xuất (hạn cuối ngày 31/12/2026).");
  await expect(early).toContainText(/7 đơn vị chưa đề xuất: .*Huyện/);
  await expect(province.getByRole("button", { name: "Xác nhận" })).toBeDisabled();
  await early.getByRole("checkbox").check();
  await province.getByRole("button", { name: "Xác nhận" }).click();
  await expect(province).toHaveURL(/\/decisions\/[0-9a-f-]{36}$/);
  await expect(province.getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeVisible();
  await expect(province.getByText("Độc lập - Tự do - Hạnh phúc")).toBeVisible();
  await expect(province.getByText("Số: 01/QĐ-BCĐ")).toBeVisible();
  await expect(province.getByRole("cell", { name: "Xã Ninh Thới" })).toBeVisible();
  const xlsx = await province.request.get(
    (await province.getByRole("link", { name: "Tải Excel" }).getAttribute("href"))!,
  );
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  await province.goto(`/programme/${YEAR}/approval`);
  await expect(province.getByText(/Danh sách đã được ban hành theo quyết định/)).toBeVisible();
  // Communes on the list change only by an amending decision; the one refused over the cap stays decidable (late).
  await expect(province.getByRole("button", { name: "Duyệt Xã Ninh Thới", exact: true })).toHaveCount(0);
  await expect(province.getByRole("button", { name: `Duyệt ${order[approvals]}`, exact: true })).toBeVisible();

  // 5. Cầu Kè builds the plan of Ninh Thới with a task, then marks the task done.
  await cauke.goto(`/programme/${YEAR}/plans`);
  await cauke
    .getByRole("row", { name: /Xã Ninh Thới/ })
    .getByRole("link", { name: "Lập kế hoạch" })
    .click();
  await cauke.getByLabel("Số kế hoạch").fill("15/KH-BCĐ");
  await cauke.locator("#measure-0-area").fill("Tuyên truyền");
  await cauke.locator("#measure-0-content").fill("Tuyên truyền phòng, chống tội phạm tại các ấp");
  await cauke.locator("#task-0-area").fill("Tấn công trấn áp");
  await cauke.locator("#task-0-title").fill("Triệt xóa tụ điểm cờ bạc");
  await cauke.locator("#task-0-assignee").fill("Công an xã Ninh Thới");
  await cauke.getByRole("button", { name: "Lập kế hoạch" }).click();
  const task = cauke.getByTestId("plan-task").filter({ hasText: "Triệt xóa tụ điểm cờ bạc" });
  await expect(task).toBeVisible();
  await task.getByLabel(/Tình trạng/).selectOption("DONE");
  await task.getByRole("button", { name: "Cập nhật" }).click();
  await expect(cauke.getByText("Đã cập nhật nhiệm vụ.")).toBeVisible();

  // A foreign district cannot open Cầu Kè's plan (not found).
  const planUrl = new URL(cauke.url()).pathname;
  expect((await tambinh.goto(planUrl))?.status()).toBe(404);
});
