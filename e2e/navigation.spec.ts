import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";

// Issue #16 §6: the navigation grouped by task. For each role's demo account, at 1280 px (side column) and at 360 px
// (menu button): exactly the groups and entries of the role, every entry opens (no page the role cannot open is
// shown), the page the user is on is marked, the phone menu opens and closes, axe finds nothing.

type Groups = [group: string, items: string[]][];

const HOME: Groups[number] = ["", ["Trang chủ"]];
const ACCOUNT: Groups[number] = ["Tài khoản", ["Đổi mật khẩu"]];
const PROGRAMME_VIEW: Groups[number] = [
  "Chương trình năm",
  ["Các năm chương trình", "Đề xuất địa bàn", "Kế hoạch từng địa bàn"],
];
const monthly = (first: string): Groups[number] => ["Số liệu tháng", [first, "Tổng hợp theo kỳ", "Danh mục chỉ tiêu"]];
const REVIEWS_VIEW = ["Sơ kết 6 tháng", "Đánh giá, công nhận kết quả"];
const AWARDS_OVERVIEW = "Tổng hợp thi đua, khen thưởng";
const DEADLINE_NAV = "Hạn báo cáo gửi Bộ Công an";
// The national office reads the province it picks (/ministry/read): no province of its own, so no year links nor
// the awards overview until it picks one.
const MINISTRY_PROGRAMME: Groups[number] = ["Chương trình năm", ["Các năm chương trình"]];
const MONITORING: Groups[number] = ["Theo dõi", ["Bảng điều hành", "Báo cáo"]];

const EXPECTED: Record<string, Groups> = {
  // No province of its own: the awards overview of one province is not offered (it would answer "not found").
  admin: [
    HOME,
    monthly("Số liệu các đơn vị"),
    ["Đánh giá", REVIEWS_VIEW],
    MONITORING,
    ["Ban Chỉ đạo", [DEADLINE_NAV]],
    [
      "Quản trị",
      [
        "Đơn vị hành chính",
        "Thay đổi địa giới",
        "Thêm tỉnh",
        "Đơn vị từ Excel",
        "Người dùng",
        "Nhật ký thay đổi",
        "Mã truy cập API",
      ],
    ],
    ACCOUNT,
  ],
  "lg.thuongtruc": [
    HOME,
    ["Chương trình năm", ["Các năm chương trình", "Đề xuất địa bàn", "Phê duyệt danh sách", "Kế hoạch từng địa bàn"]],
    monthly("Xét duyệt số liệu"),
    ["Đánh giá", [...REVIEWS_VIEW, "Cấu hình tiêu chuẩn đánh giá", "Thi đua, khen thưởng", AWARDS_OVERVIEW]],
    MONITORING,
    ["Ban Chỉ đạo", ["Cơ quan thành viên", "Kế hoạch của tỉnh", "Báo cáo kết quả năm", "Báo cáo gửi Bộ Công an"]],
    [
      "Quản trị",
      [
        "Đơn vị hành chính",
        "Thay đổi địa giới",
        "Đơn vị từ Excel",
        "Người dùng",
        "Nhật ký thay đổi",
        "Thể thức văn bản",
        "Mã truy cập API",
      ],
    ],
    ACCOUNT,
  ],
  "lg.lanhdao": [
    HOME,
    PROGRAMME_VIEW,
    monthly("Số liệu các đơn vị"),
    ["Đánh giá", [...REVIEWS_VIEW, AWARDS_OVERVIEW]],
    MONITORING,
    ["Quản trị", ["Đơn vị hành chính", "Mã truy cập API"]],
    ACCOUNT,
  ],
  "lg.cauke": [
    HOME,
    PROGRAMME_VIEW,
    monthly("Xét duyệt số liệu"),
    ["Đánh giá", [...REVIEWS_VIEW, "Thi đua, khen thưởng", AWARDS_OVERVIEW]],
    MONITORING,
    ["Ban Chỉ đạo", ["Báo cáo kết quả năm"]],
    ["Quản trị", ["Đơn vị hành chính", "Mã truy cập API"]],
    ACCOUNT,
  ],
  "lg.xa": [
    HOME,
    PROGRAMME_VIEW,
    monthly("Nhập số liệu"),
    ["Quản trị", ["Đơn vị hành chính", "Mã truy cập API"]],
    ACCOUNT,
  ],
  "lg.sotuphap": [
    HOME,
    ["Theo dõi", ["Bảng điều hành"]],
    ["Ban Chỉ đạo", ["Nhiệm vụ của cơ quan", "Báo cáo kết quả năm"]],
    ACCOUNT,
  ],
  "bo.thuongtruc": [
    HOME,
    MINISTRY_PROGRAMME,
    monthly("Số liệu các đơn vị"),
    ["Đánh giá", REVIEWS_VIEW],
    MONITORING,
    ["Ban Chỉ đạo", ["Báo cáo của các tỉnh"]],
    ["Quản trị", ["Đơn vị hành chính"]],
    ACCOUNT,
  ],
};

const navOf = (page: Page) => page.getByRole("navigation", { name: "Điều hướng chính" });
const menuButton = (page: Page) => page.getByRole("button", { name: "Danh mục", exact: true });

/** The groups and entries the navigation shows, in order (a group's name is its list's label). */
async function shownGroups(page: Page): Promise<Groups> {
  const lists = navOf(page).getByRole("list");
  const groups: Groups = [];
  for (const list of await lists.all()) {
    const labelId = await list.getAttribute("aria-labelledby");
    const label = labelId ? (await page.locator(`[id="${labelId}"]`).textContent())!.trim() : "";
    groups.push([label, (await list.getByRole("link").allTextContents()).map((text) => text.trim())]);
  }
  return groups;
}

/** axe on the whole page (serious and critical, as accessibility.spec.ts) and on the navigation (any impact). */
async function expectAxeClean(page: Page, where: string) {
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
  const describe = (violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[]) =>
    violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
  const whole = await new AxeBuilder({ page }).withTags(tags).analyze();
  const bad = whole.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(describe(bad), where).toEqual([]);
  const nav = await new AxeBuilder({ page }).withTags(tags).include("#main-nav").analyze();
  expect(describe(nav.violations), `${where}: navigation`).toEqual([]);
}

/** Signs in as `username` and opens the home page on a screen `width` px wide. */
async function openHome(page: Page, username: string, width: number) {
  await page.setViewportSize({ width, height: 800 });
  await signInAs(page, username);
  await page.goto("/");
}

async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const [username, expected] of Object.entries(EXPECTED)) {
  test(`${username}: a side column at 1280 px with the role's groups; each entry opens, marked`, async ({ page }) => {
    test.setTimeout(240_000);
    await openHome(page, username, 1280);
    const nav = navOf(page);
    await expect(nav).toBeVisible();
    await expect(menuButton(page)).toBeHidden();
    expect(await shownGroups(page)).toEqual(expected);
    await expect(nav.getByRole("link")).toHaveCount(expected.flatMap(([, items]) => items).length);
    await expectAxeClean(page, `${username} / at 1280 px`);

    const links = await nav
      .getByRole("link")
      .evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute("href")!, label: a.textContent!.trim() })));
    for (const { href, label } of links) {
      const response = await page.goto(href);
      expect(response?.status(), `${username} → ${href}`).toBeLessThan(400);
      await expect(nav.getByRole("link", { name: label, exact: true }), href).toHaveAttribute("aria-current", "page");
      await expect(nav.locator('[aria-current="page"]'), href).toHaveCount(1);
    }
  });

  test(`${username}: at 360 px a menu button opens and closes the groups, no sideways scroll`, async ({ page }) => {
    test.setTimeout(120_000);
    await openHome(page, username, 360);
    const button = menuButton(page);
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toHaveAttribute("aria-controls", "main-nav");
    await expect(page.locator("#main-nav")).toBeHidden();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(navOf(page)).toBeVisible();
    expect(await shownGroups(page)).toEqual(expected);
    const home = navOf(page).getByRole("link", { name: "Trang chủ", exact: true });
    await expect(home).toHaveAttribute("aria-current", "page");
    expect(await sidewaysOverflow(page), "the open menu scrolls sideways").toBeLessThanOrEqual(0);
    await expectAxeClean(page, `${username} / at 360 px, menu open`);

    // Escape closes the menu and gives the focus back to its button.
    await navOf(page).getByRole("link").last().focus();
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(page.locator("#main-nav")).toBeHidden();
    await expect(button).toBeFocused();

    // Following an entry closes the menu; the new page is marked in it.
    await button.click();
    await navOf(page).getByRole("link", { name: "Đổi mật khẩu", exact: true }).click();
    await expect(page).toHaveURL(/\/account\/password$/);
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(page.locator('#main-nav [aria-current="page"]')).toHaveText("Đổi mật khẩu");
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
}
