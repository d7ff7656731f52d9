import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { getDecisionDocument } from "@/lib/server/decisions/get-decision-document";
import { decisionWorkbook } from "@/lib/server/decisions/decision-excel";
import { actorLevelNames, homeHeading, levelNamesOf, withLevel } from "@/lib/server/units/level-names";
import { vi } from "@/lib/i18n/vi";
import { actorOf } from "../support/actors";

// Issue #13 case 10 (domain.md §8, the 2025 reform): in a 2-level province (demo Hải Châu) the commune's committee
// is named for its level, and the decision has no empty "Đơn vị cấp huyện" column nor "cấp huyện, cấp xã".
async function firstDecision(provinceCode: string) {
  return db.selectionDecision.findFirstOrThrow({
    where: { programme: { province: { code: provinceCode } } },
    select: { id: true },
    orderBy: { date: "asc" },
  });
}

async function headerRow(buffer: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  return (ws.getRow(4).values as unknown[]).filter((v): v is string => typeof v === "string");
}

describe("level names for a province's depth", () => {
  it("home page of the commune committee of a 2-level province vs a district committee", async () => {
    expect(await homeHeading(await actorOf("hc.bcdxa"))).toEqual({
      title: "Bàn làm việc Ban Chỉ đạo cấp xã",
      role: "Ban Chỉ đạo cấp xã",
    });
    expect(await homeHeading(await actorOf("lg.cauke"))).toEqual({
      title: "Bàn làm việc Ban Chỉ đạo cấp huyện",
      role: "Ban Chỉ đạo cấp huyện",
    });
  });

  it("verdict pages name the proposing level: 'Cấp xã đã đề xuất' in Hải Châu, 'Cấp huyện đã đề xuất' in Long Giang", async () => {
    expect(withLevel(vi.reviews.stage.DISTRICT_PROPOSED, await actorLevelNames(await actorOf("hc.thuongtruc")))).toBe(
      "Cấp xã đã đề xuất",
    );
    expect(withLevel(vi.reviews.returnToDistrict, await actorLevelNames(await actorOf("hc.thuongtruc")))).toBe(
      "Trả lại báo cáo tổng kết cho cấp xã",
    );
    expect(withLevel(vi.reviews.stage.DISTRICT_PROPOSED, await actorLevelNames(await actorOf("lg.thuongtruc")))).toBe(
      "Cấp huyện đã đề xuất",
    );
  });

  it("the decision of a 2-level province: no district column (page data and Excel), article 2 without 'cấp huyện'", async () => {
    const hc = await getDecisionDocument(await actorOf("hc.thuongtruc"), (await firstDecision("92")).id);
    expect(hc.levels).toMatchObject({ districtColumn: null, localCommittees: "Ban Chỉ đạo cấp xã" });
    expect(await headerRow(await decisionWorkbook(hc))).toEqual([
      "STT",
      "Xã, phường, thị trấn",
      "Mã đơn vị",
      "Loại địa bàn",
      "Ghi chú",
    ]);
    const lg = await getDecisionDocument(await actorOf("lg.thuongtruc"), (await firstDecision("91")).id);
    expect(lg.levels).toMatchObject({
      districtColumn: "Đơn vị cấp huyện",
      localCommittees: "Ban Chỉ đạo cấp huyện, cấp xã",
    });
    expect(await headerRow(await decisionWorkbook(lg))).toContain("Đơn vị cấp huyện");
    expect(lg.communes.every((c) => c.district !== "")).toBe(true);
  });

  it("depth on a day: a province whose districts ceased on 01/07/2025 is 3-level before that day, 2-level from it", async () => {
    const root = await db.unit.findUniqueOrThrow({ where: { code: "VN" }, select: { id: true } });
    const pid = randomUUID(),
      did = randomUUID();
    await db.unit.create({
      data: {
        id: pid,
        code: `ln-${pid.slice(0, 6)}`,
        name: "Tỉnh Cải Cách",
        level: "PROVINCE",
        kind: "TINH",
        parentId: root.id,
        lineage: [root.id, pid],
        provinceId: pid,
      },
    });
    await db.unit.create({
      data: {
        id: did,
        code: `ln-${did.slice(0, 6)}`,
        name: "Huyện Cũ",
        level: "DISTRICT",
        kind: "HUYEN",
        parentId: pid,
        lineage: [root.id, pid, did],
        provinceId: pid,
        validTo: new Date(Date.UTC(2025, 6, 1)),
      },
    });
    expect((await levelNamesOf(pid, new Date("2025-06-30T12:00:00+07:00"))).districtColumn).toBe("Đơn vị cấp huyện");
    expect((await levelNamesOf(pid, new Date("2025-07-01T08:00:00+07:00"))).districtColumn).toBeNull();
  });
});
