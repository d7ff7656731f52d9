import { describe, expect, it } from "vitest";
import { z } from "zod";
import { INT4_MAX, Id, Version, boundedInt, hasControlChars, requiredText, viText } from "@/lib/contracts/primitives";

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

  it.each(["a\u0000b", "\u0000", "a\u0001", "a\u0007b", "\u001b[31m", "a\u000bb", "a\u000cb", "x\u007f", "x\u0085", "x\u009f"])(
    "refuses the control character in %j with a Vietnamese message",
    (value) => {
      const r = viText(100).safeParse(value);
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]!.message).toMatch(/ký tự điều khiển/);
    },
  );

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
    expect(requiredText(10, "Phải nêu lý do.").safeParse("  \u200B ").error!.issues[0]!.message).toBe("Phải nêu lý do.");
  });
});

describe("bounded integers", () => {
  it("Version holds what a PostgreSQL integer column holds", () => {
    expect(Version.parse(INT4_MAX)).toBe(2147483647);
    for (const bad of [2147483648, -1, 1.5, 1e308, Number.NaN, Number.POSITIVE_INFINITY]) expect(Version.safeParse(bad).success, String(bad)).toBe(false);
    expect(Version.safeParse(2147483648).error!.issues[0]!.message).toMatch(/^Giá trị phải trong khoảng 0 đến 2\.147\.483\.647\.$/);
  });

  it("boundedInt keeps the given range", () => {
    expect(boundedInt(1, 12).safeParse(13).success).toBe(false);
    expect(boundedInt(1, 12).safeParse(12).success).toBe(true);
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
