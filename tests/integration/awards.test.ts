import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addNomination, getAwardsPage, removeNomination, saveEmulationRound, submitNominations, uploadNominationFile } from "@/lib/server/awards/emulation-awards";
import { actorOf } from "../support/actors";

const file = (f: "PROPOSAL_LETTER" | "COUNCIL_MINUTES" | "ACHIEVEMENT_REPORT") => ({ file: f, fileName: `${f}.pdf`, mimeType: "application/pdf", dataBase64: Buffer.from("hồ sơ").toString("base64") });
const ALL = ["PROPOSAL_LETTER", "COUNCIL_MINUTES", "ACHIEVEMENT_REPORT"] as const;
let year = 2060;

describe("emulation awards (issue #5 'Emulation awards'; seed 003 mục III; domain.md §7)", () => {
  it("refuses a list with missing files (listing them) or more than 40% leaders, accepts a complete one; audited", async () => {
    const province = await actorOf("lg.thuongtruc");
    const district = await actorOf("lg.cauke");
    const round = await saveEmulationRound(province, { provinceId: province.provinceId!, year: ++year, collectiveQuota: 3, individualQuota: 6, leaderMaxPercent: 40, priorityNotes: "Ưu tiên cơ sở, người trực tiếp chiến đấu." });
    const ids: string[] = [];
    for (const [name, isLeader] of [["Nguyễn Văn A", true], ["Trần Thị B", true], ["Lê Văn C", false]] as const) {
      ids.push((await addNomination(district, { roundId: round.id, unitId: district.unitId, kind: "INDIVIDUAL", name, position: isLeader ? "Phó Trưởng Công an huyện" : "Cán bộ", isLeader, achievements: "Thành tích xuất sắc." })).id);
    }
    // 2 leaders of 3 individuals (66,7% > 40%) and no files at all.
    const refused = await submitNominations(district, { roundId: round.id, unitId: district.unitId }).catch((e) => e);
    expect(refused).toMatchObject({ code: "VALIDATION" });
    expect(refused.message).toContain("vượt mức tối đa 40%");
    expect(refused.message).toContain("Biên bản họp Hội đồng Thi đua - Khen thưởng");
    expect(await db.nomination.count({ where: { roundId: round.id, status: "SUBMITTED" } })).toBe(0);

    await removeNomination(district, ids[1]!);
    ids.splice(1, 1);
    ids.push((await addNomination(district, { roundId: round.id, unitId: district.unitId, kind: "INDIVIDUAL", name: "Phạm Văn D", isLeader: false, achievements: "Tích cực." })).id);
    for (const id of ids) for (const f of ALL.slice(0, 2)) await uploadNominationFile(district, { nominationId: id, ...file(f) });
    const missing = await submitNominations(district, { roundId: round.id, unitId: district.unitId }).catch((e) => e);
    expect(missing.fieldErrors._).toHaveLength(3);
    expect(missing.fieldErrors._[0]).toContain("Báo cáo thành tích có xác nhận của cơ quan, đơn vị");
    for (const id of ids) await uploadNominationFile(district, { nominationId: id, ...file("ACHIEVEMENT_REPORT") });
    // 1 leader of 3 = 33,3% ≤ 40%, all files present.
    expect(await submitNominations(district, { roundId: round.id, unitId: district.unitId })).toEqual({ submitted: 3 });
    await expect(uploadNominationFile(district, { nominationId: ids[0]!, ...file("PROPOSAL_LETTER") })).rejects.toMatchObject({ code: "VALIDATION" });
    const page = await getAwardsPage(province, year);
    expect(page.provinceCheck?.ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: "award.nominations.submit", entityId: round.id } })).toBe(1);
  });

  it("refuses more collectives than the quota", async () => {
    const province = await actorOf("lg.thuongtruc");
    const district = await actorOf("lg.tambinh");
    const round = await saveEmulationRound(province, { provinceId: province.provinceId!, year: ++year, collectiveQuota: 1, individualQuota: 6, leaderMaxPercent: 40, priorityNotes: "" });
    for (const name of ["Công an xã Hòa Lợi", "Ban Chỉ đạo xã Tân Lược"]) {
      const { id } = await addNomination(district, { roundId: round.id, unitId: district.unitId, kind: "COLLECTIVE", name, achievements: "Tập thể xuất sắc." });
      for (const f of ALL) await uploadNominationFile(district, { nominationId: id, ...file(f) });
    }
    await expect(submitNominations(district, { roundId: round.id, unitId: district.unitId })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("vượt số lượng khen thưởng 1 tập thể") });
  });

  it("scope: another province's round and another unit's nomination are not found; a leader cannot nominate", async () => {
    const province = await actorOf("lg.thuongtruc");
    const round = await saveEmulationRound(province, { provinceId: province.provinceId!, year: ++year, collectiveQuota: 3, individualQuota: 6, leaderMaxPercent: 40, priorityNotes: "" });
    const { id } = await addNomination(await actorOf("lg.cauke"), { roundId: round.id, unitId: (await actorOf("lg.cauke")).unitId, kind: "COLLECTIVE", name: "Công an xã A", achievements: "" });
    await expect(addNomination(await actorOf("hc.bcdxa"), { roundId: round.id, unitId: (await actorOf("hc.bcdxa")).unitId, kind: "COLLECTIVE", name: "Công an xã B", achievements: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeNomination(await actorOf("lg.tambinh"), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitNominations(await actorOf("lg.cauke"), { roundId: "00000000-0000-7000-8000-000000000000", unitId: (await actorOf("lg.cauke")).unitId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addNomination(await actorOf("lg.lanhdao"), { roundId: round.id, unitId: (await actorOf("lg.lanhdao")).unitId, kind: "COLLECTIVE", name: "X", achievements: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveEmulationRound(await actorOf("lg.cauke"), { provinceId: (await actorOf("lg.cauke")).provinceId!, year: 2099, collectiveQuota: 3, individualQuota: 6, leaderMaxPercent: 40, priorityNotes: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
