import { describe, expect, it } from "vitest";
import { TooLargeError, UPLOAD_POLICIES, checkUpload, cleanFileName, downloadHeaders } from "@/lib/uploads/policy";

// Issue #14 §8: one upload policy: allow-list by extension and by leading bytes, cleaned name, size limit;
// served as a download with nosniff and the allow-listed type, never the client's.
const PDF = new TextEncoder().encode("%PDF-1.7 biên bản");
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
const JPG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]);
const HTML = new TextEncoder().encode("<html><script>alert(1)</script></html>");
const minutes = UPLOAD_POLICIES.reviewMinutes;

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as { code: string; message: string; fieldErrors?: Record<string, string[]> };
  }
  throw new Error("not refused");
};

describe("cleanFileName", () => {
  it.each([
    ["../../../etc/evil.svg", "evil.svg"],
    ["..\\..\\windows\\Biên bản.pdf", "Biên bản.pdf"],
    ["C:\\Users\\a\\báo cáo.docx", "báo cáo.docx"],
    ["Bie\u0302n ba\u0309n.pdf", "Biên bản.pdf"],
    ["a\u0000b\u001f.pdf", "a_b_.pdf"],
    [".htaccess", "htaccess"],
    ["", "tep"],
    ["../", "tep"],
  ])("%j → %j", (name, clean) => expect(cleanFileName(name)).toBe(clean));

  it("keeps the extension when shortening a long name", () => {
    const name = cleanFileName(`${"x".repeat(300)}.pdf`);
    expect(name.length).toBe(200);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});

describe("checkUpload", () => {
  it("accepts each allowed type with matching leading bytes and returns the allow-listed type", () => {
    expect(checkUpload(minutes, { name: "bb.pdf", bytes: PDF }).mimeType).toBe("application/pdf");
    expect(checkUpload(minutes, { name: "bb.DOCX", bytes: ZIP }).mimeType).toMatch(/wordprocessingml/);
    expect(checkUpload(minutes, { name: "bb.xls", bytes: OLE }).mimeType).toBe("application/vnd.ms-excel");
    expect(checkUpload(minutes, { name: "bb.png", bytes: PNG }).mimeType).toBe("image/png");
    expect(checkUpload(minutes, { name: "bb.jpeg", bytes: JPG }).mimeType).toBe("image/jpeg");
  });

  it.each([
    ["evil.html", HTML],
    ["../../../etc/evil.svg", new TextEncoder().encode("<svg onload=alert(1)>")],
    ["virus.exe", new Uint8Array([0x4d, 0x5a])],
    ["noext", PDF],
  ])("refuses the type of %j", (name, bytes) => {
    const e = refusal(() => checkUpload(minutes, { name, bytes }));
    expect(e.code).toBe("VALIDATION");
    expect(e.fieldErrors?.file?.[0]).toMatch(/Loại tệp không được chấp nhận/);
  });

  it("refuses a file whose leading bytes do not match its extension", () => {
    for (const [name, bytes] of [
      ["evil.pdf", HTML],
      ["a.docx", PDF],
      ["a.doc", ZIP],
      ["a.png", JPG],
    ] as const) {
      expect(refusal(() => checkUpload(minutes, { name, bytes })).message, name).toMatch(/không khớp/);
    }
  });

  it("refuses an empty file, and one over the limit as too large", () => {
    expect(refusal(() => checkUpload(minutes, { name: "a.pdf", bytes: new Uint8Array(0) })).code).toBe("VALIDATION");
    const big = new Uint8Array(minutes.maxBytes + 1);
    big.set(PDF);
    expect(refusal(() => checkUpload(minutes, { name: "a.pdf", bytes: big }))).toBeInstanceOf(TooLargeError);
    expect(refusal(() => checkUpload(UPLOAD_POLICIES.monthlyWorkbook, { name: "a.pdf", bytes: PDF })).code).toBe(
      "VALIDATION",
    );
  });
});

describe("downloadHeaders", () => {
  it("always a download, nosniff, the allow-listed type by extension", () => {
    const h = downloadHeaders("Biên bản họp.pdf");
    expect(h["Content-Type"]).toBe("application/pdf");
    expect(h["Content-Disposition"]).toBe(
      `attachment; filename="Bien-ban-hop.pdf"; filename*=UTF-8''${encodeURIComponent("Biên bản họp.pdf")}`,
    );
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("serves a stored file of another type (an old evil.html) as application/octet-stream", () => {
    expect(downloadHeaders("evil.html")["Content-Type"]).toBe("application/octet-stream");
    expect(downloadHeaders("evil.svg")["Content-Disposition"]).toMatch(/^attachment;/);
  });
});

describe("the proxy's body limit", () => {
  it("is above the largest upload read, so an oversized upload is answered 413, not cut into a broken form", async () => {
    const { FORM_OVERHEAD } = await import("@/lib/uploads/read-upload");
    // @ts-expect-error: next.config.mjs is plain JavaScript without types.
    const { default: config } = (await import("@/next.config.mjs")) as {
      default: { experimental?: { proxyClientMaxBodySize?: number } };
    };
    const largest = Math.max(...Object.values(UPLOAD_POLICIES).map((p) => p.maxBytes)) + FORM_OVERHEAD;
    expect(config.experimental?.proxyClientMaxBodySize).toBeGreaterThan(largest);
  });
});
