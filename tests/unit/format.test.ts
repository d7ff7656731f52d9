import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, parseDay } from "@/lib/format";

// Issue #2 §6 / domain.md §9: dd/MM/yyyy in Asia/Ho_Chi_Minh, numbers in vi-VN.
describe("Vietnamese formats", () => {
  it("shows dates in Vietnam time whatever the server zone", () => {
    expect(formatDate(new Date("2026-02-16T17:30:00Z"))).toBe("17/02/2026");
    expect(formatDateTime(new Date("2026-02-16T17:30:00Z"))).toBe("17/02/2026 00:30");
  });
  it("formats numbers as 1.234.567", () => {
    expect(formatNumber(1234567)).toBe("1.234.567");
  });
  it("parses dd/MM/yyyy and refuses impossible days", () => {
    expect(parseDay("17/02/2023")?.toISOString()).toBe("2023-02-17T00:00:00.000Z");
    expect(parseDay("2023-02-17")?.toISOString()).toBe("2023-02-17T00:00:00.000Z");
    expect(parseDay("31/02/2023")).toBeNull();
    expect(parseDay("hôm nay")).toBeNull();
  });
});
