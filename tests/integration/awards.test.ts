import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addNomination } from "@/lib/server/awards/add-nomination";
import { decideNomination } from "@/lib/server/awards/decide-nomination";
import { getAwardsPage } from "@/lib/server/awards/get-awards-page";
import { removeNomination } from "@/lib/server/awards/remove-nomination";
import { saveEmulationRound } from "@/lib/server/awards/save-emulation-round";
import { submitNominations } from "@/lib/server/awards/submit-nominations";
import { uploadNominationFile } from "@/lib/server/awards/upload-nomination-file";
import { actorOf } from "../support/actors";

const file = (f: "PROPOSAL_LETTER" | "COUNCIL_MINUTES" | "ACHIEVEMENT_REPORT") => ({
  kind: f,
  file: { name: `${f}.pdf`, bytes: Buffer.from("%PDF-1.4 hồ sơ") },
});
const ALL = ["PROPOSAL_LETTER", "COUNCIL_MINUTES", "ACHIEVEMENT_REPORT"] as const;
let year = 2060;

describe("emulation awards (issue #5 'Emulation awards'; seed 003 mục III; domain.md §7)", () => {
  it("refuses a list with missing files (listing them) or more than 40% leaders, accepts a complete one; audited", async () => {
    const province = await actorOf("lg.thuongtruc");
    const district = await actorOf("lg.cauke");
    const round = await saveEmulationRound(province, {
      provinceId: province.provinceId!,
      year: ++year,
      collectiveQuota: 3,
      individualQuota: 6,
      leaderMaxPercent: 40,
      priorityNotes: "Ưu tiên cơ sở, người trực tiếp chiến đấu.",
    });
    const ids: string[] = [];
    for (const [name, isLeader] of [
      ["Nguyễn Văn A", true],
      ["Trần Thị B", true],
      ["Lê Văn C", false],
    ] as const) {
      ids.push(
        (
          await addNomination(district, {
            roundId: round.id,
            unitId: district.unitId,
            kind: "INDIVIDUAL",
            name,
            position: isLeader ? "Phó Trưởng Công an huyện" : "Cán bộ",
            isLeader,
            achievements: "Thành tích xuất sắc.",
          })
        ).id,
      );
    }
    // 2 leaders of 3 individuals (66,7% > 40%) and no files at all.
    const refused = await submitNominations(district, { roundId: round.id, unitId: district.unitId }).catch((e) => e);
    expect(refused).toMatchObject({ code: "VALIDATION" });
    expect(refused.message).toContain("vượt mức tối đa 40%");
    expect(refused.message).toContain("Biên bản họp Hội đồng Thi đua - Khen thưởng");
    expect(await db.nomination.count({ where: { roundId: round.id, status: "SUBMITTED" } })).toBe(0);

    await removeNomination(district, ids[1]!);
    ids.splice(1, 1);
    ids.push(
      (
        await addNomination(district, {
          roundId: round.id,
          unitId: district.unitId,
          kind: "INDIVIDUAL",
          name: "Phạm Văn D",
          isLeader: false,
          achievements: "Tích cực.",
        })
      ).id,
    );
    for (const id of ids)
      for (const f of ALL.slice(0, 2)) await uploadNominationFile(district, { nominationId: id, ...file(f) });
    const missing = await submitNominations(district, { roundId: round.id, unitId: district.unitId }).catch((e) => e);
    expect(missing.fieldErrors._).toHaveLength(3);
    expect(missing.fieldErrors._[0]).toContain("Báo cáo thành tích có xác nhận của cơ quan, đơn vị");
    for (const id of ids) await uploadNominationFile(district, { nominationId: id, ...file("ACHIEVEMENT_REPORT") });
    // 1 leader of 3 = 33,3% ≤ 40%, all files present.
    expect(await submitNominations(district, { roundId: round.id, unitId: district.unitId })).toEqual({ submitted: 3 });
    await expect(
      uploadNominationFile(district, { nominationId: ids[0]!, ...file("PROPOSAL_LETTER") }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    const page = await getAwardsPage(province, year);
    expect(page.provinceCheck?.ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: "award.nominations.submit", entityId: round.id } })).toBe(1);
  });

  it("refuses more collectives than the quota", async () => {
    const province = await actorOf("lg.thuongtruc");
    const district = await actorOf("lg.tambinh");
    const round = await saveEmulationRound(province, {
      provinceId: province.provinceId!,
      year: ++year,
      collectiveQuota: 1,
      individualQuota: 6,
      leaderMaxPercent: 40,
      priorityNotes: "",
    });
    for (const name of ["Công an xã Hòa Lợi", "Ban Chỉ đạo xã Tân Lược"]) {
      const { id } = await addNomination(district, {
        roundId: round.id,
        unitId: district.unitId,
        kind: "COLLECTIVE",
        name,
        achievements: "Tập thể xuất sắc.",
      });
      for (const f of ALL) await uploadNominationFile(district, { nominationId: id, ...file(f) });
    }
    await expect(submitNominations(district, { roundId: round.id, unitId: district.unitId })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("vượt số lượng khen thưởng 1 tập thể"),
    });
  });

  it("scope: another province's round and another unit's nomination are not found; a leader cannot nominate", async () => {
    const province = await actorOf("lg.thuongtruc");
    const round = await saveEmulationRound(province, {
      provinceId: province.provinceId!,
      year: ++year,
      collectiveQuota: 3,
      individualQuota: 6,
      leaderMaxPercent: 40,
      priorityNotes: "",
    });
    const { id } = await addNomination(await actorOf("lg.cauke"), {
      roundId: round.id,
      unitId: (await actorOf("lg.cauke")).unitId,
      kind: "COLLECTIVE",
      name: "Công an xã A",
      achievements: "",
    });
    await expect(
      addNomination(await actorOf("hc.bcdxa"), {
        roundId: round.id,
        unitId: (await actorOf("hc.bcdxa")).unitId,
        kind: "COLLECTIVE",
        name: "Công an xã B",
        achievements: "",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeNomination(await actorOf("lg.tambinh"), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      submitNominations(await actorOf("lg.cauke"), {
        roundId: "00000000-0000-7000-8000-000000000000",
        unitId: (await actorOf("lg.cauke")).unitId,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      addNomination(await actorOf("lg.lanhdao"), {
        roundId: round.id,
        unitId: (await actorOf("lg.lanhdao")).unitId,
        kind: "COLLECTIVE",
        name: "X",
        achievements: "",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveEmulationRound(await actorOf("lg.cauke"), {
        provinceId: (await actorOf("lg.cauke")).provinceId!,
        year: 2099,
        collectiveQuota: 3,
        individualQuota: 6,
        leaderMaxPercent: 40,
        priorityNotes: "",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the province approves each submitted nomination within the quotas, or refuses it with a reason (seed 003 mục III)", async () => {
    const province = await actorOf("lg.thuongtruc");
    const [cauke, tambinh] = [await actorOf("lg.cauke"), await actorOf("lg.tambinh")];
    const round = await saveEmulationRound(province, {
      provinceId: province.provinceId!,
      year: ++year,
      collectiveQuota: 1,
      individualQuota: 6,
      leaderMaxPercent: 40,
      priorityNotes: "",
    });
    // Each district's own list is valid (one collective each); together they exceed the province's quota of 1.
    const ids: string[] = [];
    for (const [district, name] of [
      [cauke, "Công an xã Hòa Ân"],
      [tambinh, "Công an xã Tân Lược"],
    ] as const) {
      const { id } = await addNomination(district, {
        roundId: round.id,
        unitId: district.unitId,
        kind: "COLLECTIVE",
        name,
        achievements: "Tập thể xuất sắc.",
      });
      for (const f of ALL) await uploadNominationFile(district, { nominationId: id, ...file(f) });
      await submitNominations(district, { roundId: round.id, unitId: district.unitId });
      ids.push(id);
    }
    const [first, second] = ids as [string, string];
    // Only the province decides; another province does not see it; a draft or a bad id is not decided.
    await expect(decideNomination(cauke, { nominationId: first, decision: "APPROVE" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      decideNomination(await actorOf("hc.thuongtruc"), { nominationId: first, decision: "APPROVE" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      decideNomination(province, { nominationId: "khong-phai-uuid", decision: "APPROVE" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });

    expect(await decideNomination(province, { nominationId: first, decision: "APPROVE" })).toMatchObject({
      status: "APPROVED",
    });
    const over = await decideNomination(province, { nominationId: second, decision: "APPROVE" }).catch((e) => e);
    expect(over).toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("vượt số lượng khen thưởng 1 tập thể"),
    });
    expect((await db.nomination.findUniqueOrThrow({ where: { id: second } })).status).toBe("SUBMITTED");
    // Not approving needs a reason, shown to the district.
    await expect(decideNomination(province, { nominationId: second, decision: "REJECT" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { reason: [expect.stringContaining("lý do")] },
    });
    await decideNomination(province, {
      nominationId: second,
      decision: "REJECT",
      reason: "Vượt chỉ tiêu khen thưởng tập thể của tỉnh.",
    });
    const own = await getAwardsPage(tambinh, year);
    expect(own.own[0]).toMatchObject({
      status: "REJECTED",
      decisionReason: "Vượt chỉ tiêu khen thưởng tập thể của tỉnh.",
    });
    // The province may change its mind within the quota: refuse the first, approve the second.
    await decideNomination(province, {
      nominationId: first,
      decision: "REJECT",
      reason: "Ưu tiên tập thể trực tiếp chiến đấu.",
    });
    await decideNomination(province, { nominationId: second, decision: "APPROVE" });
    expect((await db.nomination.findUniqueOrThrow({ where: { id: second } })).decisionReason).toBeNull();
    expect(
      await db.auditLog.count({
        where: { entityId: { in: ids }, action: { in: ["award.nomination.approve", "award.nomination.reject"] } },
      }),
    ).toBe(4);
  });
});
