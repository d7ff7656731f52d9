// Issue #17 §3: "If the report changed on the server in the meantime (a return, an import, another user),
// nothing is overwritten: the user sees both versions side by side, field by field, and chooses."
import { describe, expect, it } from "vitest";
import { differingFields, resolvedValues, type ServerValue } from "@/lib/offline/compare-values";
import { formatDateTime } from "@/lib/format-date-time";
import { isEntryPagePath, reportKey } from "@/lib/offline/names";

const sv = (indicatorId: string, v: Partial<ServerValue> = {}): ServerValue => ({
  indicatorId,
  num: null,
  bool: null,
  text: null,
  comment: null,
  ...v,
});

describe("differingFields", () => {
  const base = [sv("a", { num: 1 }), sv("b", { num: 2 }), sv("c", { bool: true })];

  it("lists a field the user changed that the server now holds differently, with both sides", () => {
    const d = differingFields([{ indicatorId: "a", num: 9, comment: null }], [sv("a", { num: 5 })], base);
    expect(d).toEqual([{ indicatorId: "a", mine: sv("a", { num: 9 }), theirs: sv("a", { num: 5 }) }]);
  });

  it("leaves out fields the user did not touch, even when the server changed them (they keep the server's value)", () => {
    expect(differingFields([{ indicatorId: "b", num: 2, comment: null }], [sv("b", { num: 7 })], base)).toEqual([]);
  });

  it("leaves out a change that the server already holds", () => {
    expect(differingFields([{ indicatorId: "a", num: 9, comment: null }], [sv("a", { num: 9 })], base)).toEqual([]);
  });

  it("treats an indicator missing on the server, or in the base, as empty; neighbours 0, false and blank text are values", () => {
    expect(differingFields([{ indicatorId: "x", num: 0, comment: null }], [], [])).toEqual([
      { indicatorId: "x", mine: sv("x", { num: 0 }), theirs: sv("x") },
    ]);
    expect(
      differingFields([{ indicatorId: "c", bool: false, comment: null }], [sv("c", { bool: true })], base),
    ).toHaveLength(1);
    expect(differingFields([{ indicatorId: "t", text: "  ", comment: null }], [], [])).toEqual([]);
  });

  it("a comment alone is a change (trimmed before comparing)", () => {
    expect(
      differingFields([{ indicatorId: "a", num: 1, comment: " đã kiểm tra " }], [sv("a", { num: 1 })], base),
    ).toEqual([{ indicatorId: "a", mine: sv("a", { num: 1, comment: "đã kiểm tra" }), theirs: sv("a", { num: 1 }) }]);
  });
});

describe("resolvedValues", () => {
  const diffs = [
    { indicatorId: "a", mine: sv("a", { num: 9 }), theirs: sv("a", { num: 5 }) },
    { indicatorId: "b", mine: sv("b", { text: "mới" }), theirs: sv("b", { text: "cũ", comment: "x" }) },
  ];
  it("keeps the server's value unless the user picked this device's, so nothing is overwritten by default", () => {
    expect(resolvedValues(diffs, {})).toEqual([
      { indicatorId: "a", num: 5, bool: null, text: null, comment: null },
      { indicatorId: "b", num: null, bool: null, text: "cũ", comment: "x" },
    ]);
    expect(resolvedValues(diffs, { a: "mine", b: "theirs" })[0]).toEqual({
      indicatorId: "a",
      num: 9,
      bool: null,
      text: null,
      comment: null,
    });
  });
});

describe("device keys and times", () => {
  it("scopes stored figures by user, commune and month", () => {
    expect(reportKey("u1", "c1", 2026, 11)).toBe("u1|c1|2026-11");
    expect(reportKey("u2", "c1", 2026, 11)).not.toBe(reportKey("u1", "c1", 2026, 11));
  });
  it("recognises only monthly entry page paths", () => {
    expect(isEntryPagePath("/monthly/24b546a4-4b8b-4c12-9c2c-ae0b8761c743/2026/11")).toBe(true);
    for (const p of [
      "/monthly",
      "/monthly/summary",
      "/monthly/24b546a4-4b8b-4c12-9c2c-ae0b8761c743/2026/11/export",
      "/monthly/x/2026/11",
    ]) {
      expect(isEntryPagePath(p)).toBe(false);
    }
  });
  it("shows the time a save was made in Vietnam time, dd/MM/yyyy HH:mm, whatever the phone's zone", () => {
    expect(formatDateTime(Date.UTC(2026, 10, 21, 2, 5))).toBe("21/11/2026 09:05");
    expect(formatDateTime(Date.UTC(2026, 10, 30, 17, 0))).toBe("01/12/2026 00:00");
  });
});
