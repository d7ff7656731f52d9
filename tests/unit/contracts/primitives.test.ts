import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  DayString,
  ExistingVersion,
  INT4_MAX,
  Id,
  IsoDay,
  Month,
  Version,
  Year,
  boundedInt,
  hasControlChars,
  idWith,
  requiredText,
  viText,
} from "@/lib/contracts/primitives";

// Issue #14 §4: text fields refuse control characters other than tab and newline (NUL reached PostgreSQL as
// error 22021), integers stay within what the column holds (2147483648 reached it as 22003).
// Issue #13 case 10: every stored text NFC; zod's own messages in Vietnamese.
const NFD = "Nguye\u0302\u0303n Va\u0306n A";

describe("viText", () => {
  it("stores NFC, folds CRLF, removes zero-width characters and trims", () => {
    expect(viText(100).parse(`  ${NFD}\u200B \r\n`)).toBe("Nguyễn Văn A");
    expect(viText(100).parse(NFD)).toBe(NFD.normalize("NFC"));
    expect(viText(100).parse("dòng 1\r\ndòng 2\rdòng 3\tcột")).toBe("dòng 1\ndòng 2\ndòng 3\tcột");
    expect(viText(100, { keepSpaces: true }).parse("  a  ")).toBe("  a  ");
  });

  it.each([
    "a\u0000b",
    "\u0000",
    "a\u0001",
    "a\u0007b",
    "\u001b[31m",
    "a\u000bb",
    "a\u000cb",
    "x\u007f",
    "x\u0085",
    "x\u009f",
  ])("refuses the control character in %j with a Vietnamese message", (value) => {
    const r = viText(100).safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/ký tự điều khiển/);
  });

  it("accepts tab and newline, and Vietnamese of every kind", () => {
    expect(viText(100).safeParse("Ấp 3\txã Đông Thạnh\nhuyện Cầu Kè").success).toBe(true);
    expect(hasControlChars("a\r\nb")).toBe(false);
    expect(hasControlChars("a\rb\u0000")).toBe(true);
  });

  it("counts the limit after normalising (NFD is longer than NFC)", () => {
    expect(viText(12).parse(NFD)).toBe("Nguyễn Văn A");
    expect(viText(11).safeParse(NFD).success).toBe(false);
    expect(viText(5).safeParse("abcdef").error!.issues[0]!.message).toBe("Tối đa 5 ký tự.");
  });

  it("requiredText refuses an empty or blank value with the given message", () => {
    expect(requiredText(10, "Phải nêu lý do.").safeParse("  \u200B ").error!.issues[0]!.message).toBe(
      "Phải nêu lý do.",
    );
  });
});

describe("bounded integers", () => {
  it("Version holds what a PostgreSQL integer column holds", () => {
    expect(Version.parse(INT4_MAX)).toBe(2147483647);
    for (const bad of [2147483648, -1, 1.5, 1e308, Number.NaN, Number.POSITIVE_INFINITY])
      expect(Version.safeParse(bad).success, String(bad)).toBe(false);
    expect(Version.safeParse(2147483648).error!.issues[0]!.message).toMatch(
      /^Giá trị phải trong khoảng 0 đến 2\.147\.483\.647\.$/,
    );
  });

  // Issue #16: defined once, instead of Version.min(1) in six schemas.
  it("ExistingVersion: a row that exists has version 1 or more", () => {
    expect(ExistingVersion.safeParse(0).success).toBe(false);
    expect(ExistingVersion.parse(1)).toBe(1);
    expect(ExistingVersion.safeParse(INT4_MAX + 1).success).toBe(false);
  });

  it("Year and Month: the programme years and the months of a year", () => {
    expect([1999, 2000, 2100, 2101].map((y) => Year.safeParse(y).success)).toEqual([false, true, true, false]);
    expect([0, 1, 12, 13].map((m) => Month.safeParse(m).success)).toEqual([false, true, true, false]);
  });

  it("boundedInt keeps the given range", () => {
    expect(boundedInt(1, 12).safeParse(13).success).toBe(false);
    expect(boundedInt(1, 12).safeParse(12).success).toBe(true);
  });
});

describe("ids and days", () => {
  it("idWith: the same uuid rule with a field's own message", () => {
    expect(idWith("Chọn một xã.").safeParse("x").error!.issues[0]!.message).toBe("Chọn một xã.");
    expect(idWith("Chọn một xã.").safeParse("0195f1a2-0000-7000-8000-000000000000").success).toBe(true);
  });

  it("DayString takes dd/MM/yyyy or yyyy-MM-dd as typed; IsoDay only yyyy-MM-dd", () => {
    expect(DayString.parse(" 01/07/2025 ")).toBe("01/07/2025");
    expect(DayString.parse("2025-07-01")).toBe("2025-07-01");
    expect(DayString.safeParse("31/02/2025").error!.issues[0]!.message).toBe("Ngày không hợp lệ.");
    expect(IsoDay.safeParse("01/07/2025").success).toBe(false);
    expect(IsoDay.parse("2025-07-01")).toBe("2025-07-01");
  });
});

describe("zod messages are Vietnamese", () => {
  it("for an id and for zod's own messages (wrong type, missing field)", () => {
    expect(Id.safeParse("x").error!.issues[0]!.message).toBe("Mã không hợp lệ.");
    const r = z.object({ a: z.number(), b: z.string() }).safeParse({ b: 1 });
    const messages = r.error!.issues.map((i) => i.message).join(" | ");
    expect(messages).not.toMatch(/Invalid input|expected/);
    expect(messages).toMatch(/Đầu vào không hợp lệ/);
  });
});
