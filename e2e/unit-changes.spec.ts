import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";

// Issue #12 §1 and §3 in the browser: the province secretariat of Hải Châu merges two communes into a new one — a
// preview of what it touches first, then the change — and the new commune's page shows where it came from, with the
// date and the legal basis. The page passes axe with the preview open.
test("merge two communes with a preview, then the lineage on the new commune's page", async ({ page }) => {
  await signInAs(page, "hc.thuongtruc");
  await page.goto("/units/changes");
  await expect(page.getByRole("heading", { level: 1, name: "Thay đổi địa giới hành chính" })).toBeVisible();
  const from = page.getByLabel(/Các xã chấm dứt/);
  const options = await from.locator("option").allTextContents();
  const picked = options.slice(-2);
  await from.selectOption(picked.map((label) => ({ label })));
  await page.getByLabel("Tên xã mới").fill("Xã Hợp Nhất Thử");
  await page.getByLabel("Mã xã mới").fill("E2E12001");
  const card = page.locator("form").filter({ has: page.getByLabel("Tên xã mới") });
  await card.getByLabel(/Ngày có hiệu lực/).fill("01/07/2025");
  await card.getByLabel("Căn cứ pháp lý").fill("Nghị quyết số 1/NQ-UBTVQH15");
  await card.getByRole("button", { name: "Xem trước" }).click();
  const preview = page.getByTestId("change-preview");
  await expect(preview).toBeVisible();
  await expect(preview).toContainText("Tài khoản");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await card.getByRole("button", { name: "Áp dụng thay đổi" }).click();
  await expect(page.getByText("Đã áp dụng thay đổi địa giới hành chính")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Xã Hợp Nhất Thử" })).toBeVisible();
  const lineage = page.getByTestId("unit-lineage");
  for (const name of picked) await expect(lineage).toContainText(name);
  await expect(lineage).toContainText("01/07/2025");
  await expect(lineage).toContainText("Nghị quyết số 1/NQ-UBTVQH15");
});
