import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { CHANGE_COMMUNES, CHANGE_PROVINCE } from "./support/e2e-data";

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
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  // An edit after the preview takes it away: "Áp dụng" never applies values nobody previewed.
  await card.getByLabel("Căn cứ pháp lý").fill("Nghị quyết số 1/NQ-UBTVQH15 (sửa)");
  await expect(preview).toHaveCount(0);
  await card.getByLabel("Căn cứ pháp lý").fill("Nghị quyết số 1/NQ-UBTVQH15");
  await card.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByTestId("change-preview")).toBeVisible();

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
  await card.getByRole("button", { name: "Xem trước" }).click();
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

// Every other change type in the browser (issue #12 §1 "each change works in the browser with a preview and an audit
// entry"): ADMIN changes the spec's own 3-level province (e2e/support/e2e-data.ts), each change previewed first,
// then applied, then found in the audit log. One sign-in per test; the tests run in order on the same province.
test.describe.serial("every change type through its preview (ADMIN, the spec's own province)", () => {
  const basis = "Nghị quyết số 12/NQ-UBTVQH15";

  /** Fills the "Thay đổi một đơn vị" form for `op` on `unit`, previews, checks the preview, applies. */
  async function changeOne(
    page: Page,
    op: string,
    unit: string,
    fill: (form: Locator) => Promise<void>,
    expectInPreview: string,
  ) {
    await page.goto("/units/changes");
    const form = page.locator("form").filter({ has: page.getByLabel("Thay đổi", { exact: true }) });
    await form.getByLabel("Thay đổi", { exact: true }).selectOption({ label: op });
    await form.getByLabel("Đơn vị cấp xã").selectOption({ label: unit });
    await fill(form);
    await form.getByLabel("Căn cứ pháp lý").fill(basis);
    await form.getByRole("button", { name: "Xem trước" }).click();
    const preview = page.getByTestId("change-preview");
    await expect(preview).toBeVisible();
    await expect(preview).toContainText(expectInPreview);
    await form.getByRole("button", { name: "Áp dụng thay đổi" }).click();
    await expect(page.getByText("Đã áp dụng thay đổi địa giới hành chính")).toBeVisible();
  }

  /** The audit log shows the change's action code on a row of the unit. */
  async function expectAudited(page: Page, action: string, unitName: string) {
    await page.goto("/audit");
    await expect(page.getByRole("row").filter({ hasText: action }).filter({ hasText: unitName }).first()).toBeVisible();
  }

  const date = (form: Locator, value = "01/07/2025") => form.getByLabel(/Ngày có hiệu lực/).fill(value);

  test("rename", async ({ page }) => {
    await signInAs(page, "admin");
    await changeOne(
      page,
      "Đổi tên",
      CHANGE_COMMUNES.rename,
      async (f) => {
        await f.getByLabel("Tên mới").fill("Phường Thử Tên Mới");
        await date(f);
      },
      "Phường Thử Tên Mới",
    );
    await expect(page.getByRole("heading", { level: 1, name: "Phường Thử Tên Mới" })).toBeVisible();
    await expect(page.getByTestId("unit-lineage")).toContainText(CHANGE_COMMUNES.rename);
    await expectAudited(page, "unit.rename", "Phường Thử Tên Mới");
  });

  test("new-rural year", async ({ page }) => {
    await signInAs(page, "admin");
    await changeOne(
      page,
      "Năm đạt chuẩn nông thôn mới",
      CHANGE_COMMUNES.newRural,
      (f) => f.getByLabel(/Năm đạt chuẩn/).fill("2024"),
      "chưa đạt chuẩn → 2024",
    );
    await expectAudited(page, "unit.new-rural-year", CHANGE_COMMUNES.newRural);
  });

  test("move to the other district", async ({ page }) => {
    await signInAs(page, "admin");
    await changeOne(
      page,
      "Chuyển đơn vị cấp trên",
      CHANGE_COMMUNES.move,
      async (f) => {
        await f.getByLabel("Đơn vị cấp trên mới").selectOption({ label: "Huyện Thử Hai" });
        await date(f);
      },
      "sang Huyện Thử Hai",
    );
    await expect(page.getByRole("navigation", { name: "Đường dẫn" })).toContainText("Huyện Thử Hai");
    await expectAudited(page, "unit.move", CHANGE_COMMUNES.move);
  });

  test("cease", async ({ page }) => {
    await signInAs(page, "admin");
    await changeOne(page, "Chấm dứt (giải thể)", CHANGE_COMMUNES.cease, (f) => date(f), "Tài khoản");
    await expect(page.getByText("Đã giải thể/sáp nhập từ 01/07/2025")).toBeVisible();
    await expectAudited(page, "unit.cease", CHANGE_COMMUNES.cease);
  });

  test("split", async ({ page }) => {
    await signInAs(page, "admin");
    await changeOne(
      page,
      "Chia tách",
      CHANGE_COMMUNES.split,
      async (f) => {
        await f.getByLabel(/Các xã mới/).fill("Xã Thử Tách Một; E2E12S1\nXã Thử Tách Hai; E2E12S2");
        await date(f);
      },
      "Tài khoản",
    );
    await expect(page.getByTestId("unit-lineage")).toContainText("Xã Thử Tách Hai");
    await expectAudited(page, "unit.split", CHANGE_COMMUNES.split);
  });

  test("3 → 2 levels", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/units/changes");
    const form = page.locator("form").filter({ has: page.getByLabel("Tỉnh", { exact: true }) });
    await form.getByLabel("Tỉnh", { exact: true }).selectOption({ label: CHANGE_PROVINCE });
    await form.getByLabel(/Ngày có hiệu lực/).fill("01/08/2025");
    await form.getByLabel("Căn cứ pháp lý").fill(basis);
    await form.getByRole("button", { name: "Xem trước" }).click();
    const preview = page.getByTestId("change-preview");
    await expect(preview).toContainText("Huyện Thử Một");
    await expect(preview).toContainText("Huyện Thử Hai");
    await form.getByRole("button", { name: "Áp dụng thay đổi" }).click();
    await expect(page.getByText("Đã áp dụng thay đổi địa giới hành chính")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: CHANGE_PROVINCE })).toBeVisible();
    await expect(page.getByRole("link", { name: "Phường Thử Tên Mới" })).toBeVisible();
    await expectAudited(page, "unit.convert-two-levels", CHANGE_PROVINCE);
  });
});
