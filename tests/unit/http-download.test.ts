// Issue #13 case 10: "Quyet-dinh-12-Q--BC--2027.xlsx" dropped Đ. Every download builds its Content-Disposition
// through one function over asciiFileName (lib/domain/file-name.ts).
import { describe, expect, it } from "vitest";
import { attachmentDisposition, xlsxResponse } from "@/lib/server/http-download";

describe("attachmentDisposition", () => {
  it("the decision workbook: transliterated ASCII name, the Vietnamese one in filename*", () => {
    const h = attachmentDisposition("Quyết định 12/QĐ-BCĐ 2027.xlsx");
    expect(h).toContain('filename="Quyet-dinh-12-QD-BCD-2027.xlsx"');
    expect(h).toContain(`filename*=UTF-8''${encodeURIComponent("Quyết định 12/QĐ-BCĐ 2027.xlsx")}`);
  });
  it("an attachment keeps its extension; quotes and backslashes never reach the header", () => {
    expect(attachmentDisposition('Biên bản "họp"\\đợt 1.PDF')).toMatch(
      /^attachment; filename="Bien-ban-hop-dot-1\.pdf"; filename\*=/,
    );
  });
  it("a plain ASCII name is sent as is", () => {
    expect(attachmentDisposition("so-lieu-2026-11.xlsx")).toBe('attachment; filename="so-lieu-2026-11.xlsx"');
  });
  it("xlsxResponse uses it", () => {
    expect(xlsxResponse(Buffer.from(""), "Báo cáo tháng 11.xlsx").headers.get("Content-Disposition")).toContain(
      'filename="Bao-cao-thang-11.xlsx"',
    );
  });
});
