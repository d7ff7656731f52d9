import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Version } from "@/lib/contracts/primitives";

// Issue #13 case 10 ("Vietnamese everywhere"): zod's own limit messages never name a JavaScript type.
const first = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0].message;
};

describe("zod limit messages in Vietnamese", () => {
  it("numbers", () => {
    expect(first(Version.min(1), 0)).toBe("Không được nhỏ hơn 1.");
    expect(first(z.number().max(2_147_483_647), 2_147_483_648)).toBe("Không được lớn hơn 2.147.483.647.");
    expect(first(z.number().gt(0), 0)).toBe("Phải lớn hơn 0.");
  });
  it("texts and lists", () => {
    expect(first(z.string().max(200), "x".repeat(201))).toBe("Tối đa 200 ký tự.");
    expect(first(z.string().min(3), "ab")).toBe("Tối thiểu 3 ký tự.");
    expect(first(z.array(z.string()).min(1), [])).toBe("Cần ít nhất 1 mục.");
  });
  it("a text where a number is expected", () => {
    // A query value "abc" coerced to a number: zod's locale said "mong đợi số, nhận được NaN".
    expect(first(z.coerce.number().int(), "abc")).toBe("Phải là một số.");
    expect(first(z.number(), "12")).toBe("Phải là một số.");
  });
  it("no message names a type", () => {
    for (const m of [first(Version.min(1), 0), first(z.string().max(2), "abc")])
      expect(m).not.toMatch(/number|string|mong đợi/);
  });
});
