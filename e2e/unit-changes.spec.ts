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

// Issue #16 §1: the one-unit form checks each operation's request with its contract's schema in the browser, so a bad
// day or a split's malformed part is refused on its field before anything is sent (nothing written here).
test("the one-unit change form refuses bad input on the field, with the contract's messages", async ({ page }) => {
  await signInAs(page, "hc.thuongtruc");
  await page.goto("/units/changes");
  const card = page.locator("form").filter({ has: page.locator("#one-op") });
  await card.getByLabel(/Ngày có hiệu lực/).fill("31/02/2025");
  await card.getByRole("button", { name: "Áp dụng thay đổi" }).click();
  await expect(card.getByText("Ngày không hợp lệ.")).toBeVisible();
  await expect(page).toHaveURL(/\/units\/changes$/);
  await card.getByLabel("Thay đổi", { exact: true }).selectOption("split");
  await card.getByLabel(/Các xã mới/).fill("Xã A; 1\nXã B; mã sai!");
  await card.getByLabel(/Ngày có hiệu lực/).fill("01/07/2025");
  await card.getByLabel("Căn cứ pháp lý").fill("Nghị quyết số 3/NQ-UBTVQH15");
  await card.getByRole("button", { name: "Xem trước" }).click();
  const partsError = card.locator("#one-parts-error");
  await expect(partsError).toHaveText("Mã đơn vị gồm chữ số, chữ cái không dấu, tối đa 20 ký tự.");
  await expect(page.getByTestId("change-preview")).toHaveCount(0);
});
