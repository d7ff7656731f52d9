import { db } from "@/lib/db";
import type { ActionCase } from "./action-cases";

// Isolation cases of the committee's actions (issue #18). An agency of the unit's province (created once per
// province and reused), so another province's agency answers "not found" to a secretariat.
let seq = 0;
const unique = (p: string) => `${p}${Date.now().toString(36)}${(seq++).toString(36)}`;

async function agencyOfProvinceOf(unitId: string) {
  const { provinceId } = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { provinceId: true } });
  if (!provinceId) return { id: "00000000-0000-7000-8000-000000000000", version: 1 };
  const name = "Sở Văn hóa, Thể thao và Du lịch (thử)";
  return db.agency.upsert({
    where: { provinceId_name: { provinceId, name } },
    update: { isActive: true },
    create: { provinceId, name, shortName: "SVHTTDL", kind: "DEPARTMENT" },
    select: { id: true, version: true },
  });
}

let planYear = 2100;

/** The province plan of year 2299 of the unit's province (created once). */
async function provincePlanOf(unitId: string) {
  const { provinceId } = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { provinceId: true } });
  if (!provinceId) return { id: "00000000-0000-7000-8000-000000000000" };
  return db.provincePlan.upsert({
    where: { provinceId_year: { provinceId, year: 2299 } },
    update: {},
    create: { provinceId, year: 2299, number: "1/KH-BCĐ", date: new Date(Date.UTC(2299, 0, 15)) },
    select: { id: true },
  });
}

export const COMMITTEE_ACTION_CASES: Record<string, ActionCase> = {
  // Adds an agency to the actor's own province: nothing of another unit to target.
  "committee#createAgencyAction": { selfOnly: true, input: async () => ({ name: unique("Sở Xây dựng "), shortName: "SXD", kind: "DEPARTMENT" }) },
  "committee#updateAgencyAction": {
    input: async (_a, unitId) => {
      const a = await agencyOfProvinceOf(unitId);
      return { agencyId: a.id, version: a.version, name: "Sở Văn hóa, Thể thao và Du lịch (thử)", shortName: "SVHTTDL", kind: "DEPARTMENT", isActive: true };
    },
  },
  // The actor's own province's plan of a fresh year: nothing of another unit to target.
  "committee#createProvincePlanAction": { selfOnly: true, input: async () => ({ year: planYear++, number: "5/KH-BCĐ", date: "2026-01-15", copyLastYear: false }) },
  "committee#addProvincePlanTaskAction": {
    input: async (_a, unitId) => ({ provincePlanId: (await provincePlanOf(unitId)).id, area: "Tuyên truyền", title: "Hội nghị tỉnh", assignee: "Báo tỉnh", dueDate: "2299-06-30" }),
  },
  "committee#createAgencyAccountAction": {
    input: async (_a, unitId) => ({ agencyId: (await agencyOfProvinceOf(unitId)).id, username: unique("cq."), fullName: "Nguyễn Văn An", password: "MatKhau2026x" }),
  },
};
