import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { DOCUMENT_LAYOUT, mmToPt } from "../lib/documents/layout";
import { signInAs } from "./support/auth";
import { measurePdf, type PdfPage } from "./support/pdf-layout";

// Issue #15: the decision downloads as a Word file; the decision, a commune's plan and the year-end report
// print on A4 (595 × 842 pt) with the margins of NĐ 30/2020/NĐ-CP, Phụ lục I (top/bottom 20 mm, left 30 mm,
// right 15 mm: `DOCUMENT_LAYOUT`) and page numbers at the top centre from the second page.
const YEAR = 2026;
const M = DOCUMENT_LAYOUT.marginMm;
const A4 = { width: mmToPt(210), height: mmToPt(297) };

async function decisionId(page: Page) {
  await page.goto(`/programme/${YEAR}/approval`);
  const html = await page.content();
  return /\/programme\/2026\/decisions\/([0-9a-f-]{36})/.exec(html)![1]!;
}

/** Prints the current page as Chromium does with the document's own @page size and margins. */
async function printed(page: Page): Promise<PdfPage[]> {
  await page.emulateMedia({ media: "print" });
  return measurePdf(await page.pdf({ preferCSSPageSize: true, printBackground: false }));
}

/** A4, the text inside the margins (page numbers are in the top margin, from page 2 on). */
function expectA4WithMargins(pages: PdfPage[], what: string) {
  const slack = 1.5;
  for (const [i, p] of pages.entries()) {
    expect(Math.abs(p.width - A4.width), `${what} p${i + 1} width ${p.width}`).toBeLessThan(1);
    expect(Math.abs(p.height - A4.height), `${what} p${i + 1} height ${p.height}`).toBeLessThan(1);
    const body = p.texts.filter((t) => t.y < p.height - mmToPt(M.top) + 2);
    const left = Math.min(...body.map((t) => t.x));
    expect(left, `${what} p${i + 1} left margin`).toBeGreaterThanOrEqual(mmToPt(M.left) - slack);
    expect(left, `${what} p${i + 1} left margin`).toBeLessThan(mmToPt(M.left) + 12);
    expect(p.right, `${what} p${i + 1} right margin`).toBeLessThanOrEqual(p.width - mmToPt(M.right) + slack);
    expect(p.bottom, `${what} p${i + 1} bottom margin`).toBeGreaterThanOrEqual(mmToPt(M.bottom) - slack);
    const numberInMargin = p.texts.filter((t) => t.y > p.height - mmToPt(M.top) && /^\d+$/.test(t.str.trim()));
    if (i === 0) expect(numberInMargin, `${what}: no page number on page 1`).toEqual([]);
    else {
      expect(
        numberInMargin.map((t) => t.str.trim()),
        `${what}: page number on page ${i + 1}`,
      ).toEqual([String(i + 1)]);
      // Centred over the text area (between the left and right margins), as Word centres its header.
      const centre = mmToPt(M.left) + (p.width - mmToPt(M.left) - mmToPt(M.right)) / 2;
      expect(Math.abs(numberInMargin[0]!.x - centre), `${what}: page number centred`).toBeLessThan(8);
    }
  }
}

test("the decision downloads as a Word file in the NĐ 30/2020 layout", async ({ page }) => {
  await signInAs(page, "lg.thuongtruc");
  const id = await decisionId(page);
  await page.goto(`/programme/${YEAR}/decisions/${id}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải Word (.docx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Quyet-dinh-.*-2026\.docx$/);
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain('w:w="11906"'); // A4 width in twips
  expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(xml).toContain("QUYẾT ĐỊNH");
  expect(xml).toContain("<w:tblHeader/>");
  // The small form changes the signer before downloading.
  await page.getByText("Sửa trước khi tải Word").click();
  await page.getByLabel("Họ tên người ký").fill("Phạm Thị Thu");
  const [changed] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải Word" }).click(),
  ]);
  const xml2 = await (
    await JSZip.loadAsync(readFileSync((await changed.path())!))
  )
    .file("word/document.xml")!
    .async("string");
  expect(xml2).toContain("Phạm Thị Thu");
});

test("the decision, a plan and the year-end report print on A4 with the margins and page numbers", async ({ page }) => {
  await signInAs(page, "lg.thuongtruc");
  const id = await decisionId(page);
  await page.goto(`/programme/${YEAR}/decisions/${id}`);
  const decision = await printed(page);
  expectA4WithMargins(decision, "decision");

  await page.emulateMedia({ media: "screen" });
  await page.goto(`/programme/${YEAR}/plans`);
  const planHref = await page.locator(`a[href^="/programme/${YEAR}/plans/"]`).first().getAttribute("href");
  await page.goto(`${planHref}/document`);
  await expect(page.getByText("KẾ HOẠCH", { exact: true })).toBeVisible();
  const plan = await printed(page);
  expectA4WithMargins(plan, "plan");

  await page.emulateMedia({ media: "screen" });
  await page.goto(`/reports/year-end?year=${YEAR - 1}`);
  await expect(page.getByTestId("yearend-communes")).toBeVisible();
  const communes = (
    await page.getByTestId("yearend-communes").locator("tbody tr td:nth-child(2)").allTextContents()
  ).map((t) => t.trim());
  const yearEnd = await printed(page);
  expectA4WithMargins(yearEnd, "year-end");
  // The header row of the communes' table is repeated on every page the table runs onto.
  const withRows = yearEnd.filter((p) => p.texts.some((t) => communes.includes(t.str.trim())));
  for (const p of withRows)
    expect(
      p.texts.some((t) => t.str.trim() === "STT"),
      "table header on each page with rows",
    ).toBe(true);
  // At least one of them runs onto a second page, so the page-number rule was exercised.
  expect(Math.max(decision.length, plan.length, yearEnd.length)).toBeGreaterThan(1);
  console.log(`printed pages: decision ${decision.length}, plan ${plan.length}, year-end ${yearEnd.length}`);
});

test("the secretariat sets its province's document settings; the decision's header and Word file follow", async ({
  page,
}) => {
  // Hải Châu (2 levels), so the other specs keep Long Giang's default header.
  await signInAs(page, "hc.thuongtruc");
  await page.goto("/documents/settings");
  await page
    .getByLabel("Tên cơ quan ban hành (mỗi dòng một cấp; dòng cuối in đậm)")
    .fill("UBND TỈNH HẢI CHÂU\nBAN CHỈ ĐẠO 138 TỈNH");
  await page.getByLabel("Địa danh").fill("Hải Châu");
  await page.getByLabel("Nơi nhận (mỗi dòng một nơi)").fill("Ban Chỉ đạo 138 Bộ Công an;\nLưu: VT, CQTT.");
  await page.getByRole("button", { name: "Lưu thể thức" }).click();
  await expect(page.getByText("Đã lưu thể thức văn bản.")).toBeVisible();
  // Controls: a blank place is refused with a Vietnamese message, nothing saved.
  await page.getByLabel("Địa danh").fill("");
  await page.getByRole("button", { name: "Lưu thể thức" }).click();
  await expect(page.getByText("Vui lòng nhập địa danh.")).toBeVisible();

  const id = await decisionId(page);
  await page.goto(`/programme/${YEAR}/decisions/${id}`);
  await expect(page.getByText("BAN CHỈ ĐẠO 138 TỈNH", { exact: true })).toBeVisible();
  await expect(page.getByText("- Lưu: VT, CQTT.")).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải Word (.docx)" }).click(),
  ]);
  const xml = await (
    await JSZip.loadAsync(readFileSync((await download.path())!))
  )
    .file("word/document.xml")!
    .async("string");
  expect(xml).toContain("BAN CHỈ ĐẠO 138 TỈNH");
  expect(xml).toContain("Lưu: VT, CQTT.");
});
