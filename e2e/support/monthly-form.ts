// Helpers of the monthly entry form shared by the end-to-end specs.
import { expect, type Page } from "@playwright/test";

/** Fills every count with last month's figure (shown beside the field) and every yes/no with "Không". */
export async function fillLikeLastMonth(page: Page) {
  for (const row of await page.locator('[data-testid^="row-"]').all()) {
    const input = row.locator('input[inputmode="numeric"]');
    if (await input.count()) {
      const prev = (await row.locator('[data-testid^="prev-"]').innerText()).trim();
      await input.fill(prev === "—" ? "0" : prev);
      continue;
    }
    const select = row.locator("select");
    if (await select.count()) await select.selectOption({ label: "Không" });
  }
}

/** Submits; values far from the commune's history need a confirming comment (warning, not a block). */
export async function submit(page: Page) {
  await page.getByRole("button", { name: "Gửi số liệu" }).click();
  const done = page.getByText("Đã gửi số liệu lên cấp trên.");
  const outlier = page.getByText("Có giá trị khác thường chưa được xác nhận bằng ghi chú.");
  await expect(done.or(outlier)).toBeVisible();
  if (await outlier.isVisible()) {
    for (const c of await page.locator('input[id$="-comment"]').all())
      if (!(await c.inputValue())) await c.fill("Đã kiểm tra, số liệu đúng thực tế");
    await page.getByRole("button", { name: "Gửi số liệu" }).click();
    await expect(done).toBeVisible();
  }
}
