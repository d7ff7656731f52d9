import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { vi } from "../lib/i18n/vi";

// Issue #18 "Done means": the secretariat adds Sở Tư pháp and its account, assigns it a task in the province plan
// and one in a commune plan, the agency marks one done with evidence (text and a file) and sends its yearly report, the secretariat
// accepts it, records the commune's funding, sends the province's report, and the ministry's account receives it.
// Province Hải Châu (92): the demo seeds member agencies only in Long Giang (91). Test clock: 21/11/2026.
const YEAR = 2026;
const c = vi.committee;
const p = vi.programme.plans;

async function as(browser: Browser, username: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, username, password);
  return page;
}

async function addTask(page: Page, title: string, due: string) {
  await page.getByLabel(p.area, { exact: true }).fill("Tuyên truyền");
  await page.getByLabel(p.task, { exact: true }).fill(title);
  await page.getByLabel(c.assigneeAgency).selectOption({ label: "Sở Tư pháp" });
  await page.getByLabel(p.dueDate).fill(due);
  await page.getByRole("button", { name: p.addTask }).click();
  await expect(page.getByText(p.taskAdded)).toBeVisible();
}

test("the whole committee: agency, its tasks and report, funding, the province's report to the ministry", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // 1. The secretariat adds Sở Tư pháp and an account for it.
  const tt = await as(browser, "hc.thuongtruc");
  await tt.goto("/committee/agencies");
  await tt.getByLabel(c.agencies.name).fill("Sở Tư pháp");
  await tt.getByLabel(c.agencies.shortName).fill("STP");
  await tt.getByRole("button", { name: c.agencies.add }).click();
  await expect(tt.getByText(c.agencies.created)).toBeVisible();
  await expect(tt.getByTestId("agency-row").filter({ hasText: "Sở Tư pháp" })).toBeVisible();
  await tt.getByLabel(vi.auth.username).fill("hc.stp");
  await tt.getByLabel(vi.users.fullName).fill("Nguyễn Thị Pháp");
  await tt.getByLabel(/Mật khẩu/).fill("TamThoi2026x");
  await tt.getByRole("button", { name: c.agencies.addAccount }).click();
  await expect(tt.getByText(c.agencies.accountCreated)).toBeVisible();
  // Its short name corrected through the edit form, with a confirmation.
  const agencyRow = tt.getByTestId("agency-row").filter({ hasText: "Sở Tư pháp" });
  await agencyRow.getByRole("button", { name: c.agencies.edit }).click();
  await agencyRow.getByLabel(c.agencies.shortName).fill("STP-HC");
  await agencyRow.getByRole("button", { name: vi.common.save }).click();
  await agencyRow.getByRole("button", { name: vi.common.confirm }).click();
  await expect(agencyRow).toContainText("STP-HC");

  // 2. The province's own plan of the year, with a task for Sở Tư pháp.
  await tt.goto(`/committee/plan?year=${YEAR}`);
  await tt.getByLabel(c.plan.number).fill("15/KH-BCĐ");
  await tt.getByRole("button", { name: c.plan.create }).click();
  await expect(tt.getByRole("button", { name: p.addTask })).toBeVisible(); // the plan exists: its task form replaces the creation form
  await addTask(tt, "Phổ biến pháp luật cho người dân tại địa bàn trọng điểm", `${YEAR}-12-10`);

  // 3. A commune plan's task for Sở Tư pháp, then the commune's funding (typed vi-VN).
  await tt.goto(`/programme/${YEAR}/plans`);
  await tt.getByRole("link", { name: vi.programme.proposals.open }).first().click();
  await expect(tt).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await addTask(tt, "Trợ giúp pháp lý lưu động tại xã", `${YEAR}-12-15`);
  await tt.getByLabel("Dự toán: Ngân sách tỉnh").fill("150.000.000");
  await tt.getByLabel("Đã chi: Ngân sách tỉnh").fill("120.500.000");
  await tt.getByRole("button", { name: c.funding.save }).click();
  await expect(tt.getByText(c.funding.saved)).toBeVisible();

  // 4. The agency's account: first its own password, then its two tasks; one done with evidence; its yearly report.
  const stp = await as(browser, "hc.stp", "TamThoi2026x");
  await stp.goto("/account/password");
  await stp.getByLabel(vi.auth.currentPassword).fill("TamThoi2026x");
  await stp.getByLabel(vi.auth.newPassword, { exact: true }).fill("SoTuPhap2026x");
  await stp.getByLabel(vi.auth.confirmPassword).fill("SoTuPhap2026x");
  await stp.getByRole("button", { name: vi.common.save }).click();
  await expect(stp.getByText(vi.auth.passwordChanged)).toBeVisible();
  await stp.goto("/committee/tasks");
  await expect(stp.getByTestId("agency-task")).toHaveCount(2);
  const title = "Trợ giúp pháp lý lưu động tại xã";
  await stp.getByLabel(`${vi.programme.status}: ${title}`).selectOption("DONE");
  await stp.getByLabel(`${p.evidence}: ${title}`).fill("Đã tổ chức 3 đợt, 240 lượt người được trợ giúp");
  await stp.getByTestId("agency-task").filter({ hasText: title }).getByRole("button", { name: p.update }).click();
  await expect(stp.getByText(p.taskUpdated)).toBeVisible();
  await stp.getByLabel(c.tasks.fileLabel.replace("{title}", title)).setInputFiles({
    name: "bien-ban.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7 biên bản trợ giúp pháp lý"),
  });
  await stp.getByTestId("agency-task").filter({ hasText: title }).getByRole("button", { name: c.tasks.attach }).click();
  await expect(stp.getByRole("link", { name: "bien-ban.pdf" })).toBeVisible();
  expect(
    (await stp.request.get((await stp.getByRole("link", { name: "bien-ban.pdf" }).getAttribute("href"))!)).status(),
  ).toBe(200);
  // A file attached by mistake to the open task is deleted after a confirmation (a done task's files stay).
  const open = stp.getByTestId("agency-task").filter({ hasText: "Phổ biến pháp luật cho người dân" });
  await stp
    .getByLabel(c.tasks.fileLabel.replace("{title}", "Phổ biến pháp luật cho người dân tại địa bàn trọng điểm"))
    .setInputFiles({ name: "nham.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7 nhầm") });
  await open.getByRole("button", { name: c.tasks.attach }).click();
  await expect(open.getByRole("link", { name: "nham.pdf" })).toBeVisible();
  await open.getByRole("button", { name: c.tasks.deleteFile }).click();
  await open.getByRole("button", { name: vi.common.confirm }).click();
  await expect(open.getByRole("link", { name: "nham.pdf" })).toHaveCount(0);
  await expect(
    stp.getByTestId("agency-task").filter({ hasText: title }).getByRole("button", { name: c.tasks.deleteFile }),
  ).toHaveCount(0);
  // The secretariat follows the province plan's tasks too: it sees a file sent there by mistake and takes it back.
  await stp
    .getByLabel(c.tasks.fileLabel.replace("{title}", "Phổ biến pháp luật cho người dân tại địa bàn trọng điểm"))
    .setInputFiles({ name: "nham-2.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7 nhầm 2") });
  await open.getByRole("button", { name: c.tasks.attach }).click();
  await expect(open.getByRole("link", { name: "nham-2.pdf" })).toBeVisible();
  await tt.goto(`/committee/plan?year=${YEAR}`);
  const planTask = tt.getByTestId("province-plan-task").filter({ hasText: "Phổ biến pháp luật cho người dân" });
  await planTask.getByRole("button", { name: c.tasks.deleteFile }).click();
  await planTask.getByRole("button", { name: vi.common.confirm }).click();
  await expect(planTask.getByRole("link", { name: "nham-2.pdf" })).toHaveCount(0);
  // Nothing else of the programme: the plans answer 404 inside the shell.
  expect((await stp.goto(`/programme/${YEAR}/plans`))!.status()).toBe(404);
  await stp.goto(`/committee/report?year=${YEAR}`);
  await expect(stp.getByText(title)).toBeVisible(); // its tasks' outcomes, filled in
  await stp.getByLabel(c.reports.narrative).fill("Đã triển khai đầy đủ các nhiệm vụ được giao trong năm.");
  await stp.getByRole("button", { name: c.reports.submit }).click();
  await expect(stp.getByTestId("yearly-report-status")).toContainText(c.reports.statuses.SUBMITTED);

  // 5. The secretariat accepts it (late: the test clock is past 19/11), then sends the province's report.
  await tt.goto(`/committee/reports?year=${YEAR}`);
  const row = tt.getByTestId("yearly-report-row").filter({ hasText: "Sở Tư pháp" });
  await expect(row).toContainText(c.reports.statuses.SUBMITTED);
  await row.getByRole("button", { name: `${c.reports.accept}: Sở Tư pháp` }).click();
  await expect(row).toContainText(c.reports.statuses.ACCEPTED);
  await expect(tt.getByTestId("completeness").getByTestId("count-late")).not.toHaveText("0"); // counted like the monthly figures
  await expect(tt.getByTestId("funding-table")).toContainText("150.000.000 đ");
  await tt.goto(`/committee/ministry?year=${YEAR}`);
  await expect(tt.getByTestId("report-figures")).toContainText("120.500.000 đ");
  await tt.getByLabel(c.ministry.results).fill("Chuyển hóa thành công các địa bàn theo kế hoạch.");
  await tt.getByLabel(c.ministry.difficulties).fill("Kinh phí còn hạn chế.");
  await tt.getByLabel(c.ministry.proposals).fill("Đề nghị bổ sung kinh phí từ ngân sách trung ương.");
  await tt.getByRole("button", { name: c.ministry.submit }).click();
  await expect(tt.getByTestId("province-report-status")).toContainText(c.ministry.statuses.SUBMITTED);

  // 6. The ministry's account receives it; the national table shows who reported.
  const bo = await as(browser, "bo.thuongtruc");
  await bo.goto(`/ministry?year=${YEAR}`);
  const province = bo.getByTestId("province-report-row").filter({ hasText: "Hải Châu" });
  await expect(province).toContainText(c.ministry.statuses.SUBMITTED);
  await expect(bo.getByTestId("province-report-row").filter({ hasText: "Long Giang" })).toContainText(
    c.ministry.statuses.MISSING,
  );
  await province.getByRole("button", { name: new RegExp(`^${c.ministry.receive}`) }).click();
  await expect(province).toContainText(c.ministry.statuses.RECEIVED);

  // 7. The ministry reads Hải Châu's programme, read-only: its plans, a commune plan, its verdicts; no write button.
  await province.getByRole("link", { name: c.ministry.readProgramme }).click();
  await expect(bo.getByTestId("reading-province")).toContainText("Hải Châu");
  await bo.getByRole("link", { name: String(YEAR), exact: true }).click();
  await bo.goto(`/programme/${YEAR}/plans`);
  await bo.getByRole("link", { name: vi.programme.proposals.open }).first().click();
  await expect(bo.getByText("Trợ giúp pháp lý lưu động tại xã")).toBeVisible();
  await expect(bo.getByRole("button", { name: p.addTask })).toHaveCount(0);
  await expect(bo.getByRole("button", { name: c.funding.save })).toHaveCount(0);
  await expect(bo.getByRole("button", { name: p.update })).toHaveCount(0);
  await bo.goto(`/programme/${YEAR}/proposals`);
  await expect(bo.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(bo.locator("main form")).toHaveCount(0);
  await bo.goto(`/verdicts?year=${YEAR}`);
  await expect(bo.locator("main table")).toBeVisible();
});
