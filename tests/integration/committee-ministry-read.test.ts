import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withReadProvince } from "@/lib/authz/read-province";
import { can, PERMISSION_MATRIX } from "@/lib/authz/permissions";
import { getProgrammeOverview } from "@/lib/server/programme/get-programme-overview";
import { listProgrammes } from "@/lib/server/programme/list-programmes";
import { getProposalsPage } from "@/lib/server/proposals/get-proposals-page";
import { getPlanPage } from "@/lib/server/plans/get-plan-page";
import { listPlans } from "@/lib/server/plans/list-plans";
import { listInterimReviews } from "@/lib/server/reviews/list-interim-reviews";
import { getVerdictPage } from "@/lib/server/verdicts/get-verdict-page";
import { listVerdicts } from "@/lib/server/verdicts/list-verdicts";
import { getProgrammeKpis } from "@/lib/server/verdicts/get-programme-kpis";
import { getReadingProvince } from "@/lib/server/committee/get-reading-province";
import { getAwardsOverview } from "@/lib/server/awards/get-awards-overview";
import { actorOf, unitIdByCode } from "../support/actors";

// Issue #18 §5: the ministry's standing office reads every province's programme (one province at a time, chosen on
// its national table and kept in a cookie: lib/authz/read-province.ts) and writes none of it.
describe("the ministry reads a province's programme pages (issue #18 §5)", () => {
  it("reads province 91's years, proposals, plans, reviews, verdicts and KPIs once it chose the province", async () => {
    const bo = await actorOf("bo.thuongtruc");
    expect(await listProgrammes(bo)).toEqual([]);
    expect(await getReadingProvince({ actor: bo })).toBeNull();
    const province = await unitIdByCode("91");
    const reader = await withReadProvince(bo, province);
    expect(reader).toMatchObject({ provinceId: province, unitId: bo.unitId, role: "MINISTRY_OFFICE" });
    expect((await getReadingProvince({ actor: reader }))?.name).toBeTruthy();

    const years = await listProgrammes(reader);
    expect(years.map((p) => p.year)).toContain(2026);
    expect((await getProgrammeOverview(reader, 2026)).programme.provinceId).toBe(province);
    expect((await getProposalsPage(reader, 2026)).proposals.length).toBeGreaterThan(0);
    const plans = await listPlans(reader, 2026);
    expect(plans.rows.length).toBeGreaterThan(0);
    const withPlan = plans.rows.find((r) => r.plan)!;
    expect((await getPlanPage(reader, withPlan.id)).selection.id).toBe(withPlan.id);
    expect((await listInterimReviews(reader, 2026)).length).toBeGreaterThan(0);
    const verdicts = await listVerdicts(reader, 2026);
    expect(verdicts.length).toBeGreaterThan(0);
    expect((await getVerdictPage(reader, verdicts[0]!.selection.id)).selection.id).toBe(verdicts[0]!.selection.id);
    expect((await getProgrammeKpis(reader, 2026)).year.passRate.target).toBe(60);
    // Awards: the round of the province read and the nominations sent to it (a draft stays with its unit).
    const round = await db.emulationRound.create({ data: { provinceId: province, year: 2162 }, select: { id: true } });
    const district = await unitIdByCode("903");
    await db.nomination.createMany({
      data: [
        {
          roundId: round.id,
          nominatingUnitId: district,
          kind: "COLLECTIVE",
          name: "Công an xã (đã gửi)",
          status: "SUBMITTED",
        },
        { roundId: round.id, nominatingUnitId: district, kind: "INDIVIDUAL", name: "Nguyễn Văn Nháp", status: "DRAFT" },
      ],
    });
    const awards = await getAwardsOverview({ actor: reader, year: 2162 });
    expect(awards.round?.id).toBe(round.id);
    expect(awards.nominations.map((n) => n.name)).toEqual(["Công an xã (đã gửi)"]);
  });

  it("ignores a chosen unit that is not a province, a malformed id, and a cookie held by any other role", async () => {
    const bo = await actorOf("bo.thuongtruc");
    const commune = await db.unit.findFirstOrThrow({ where: { level: "COMMUNE" }, select: { id: true } });
    expect((await withReadProvince(bo, commune.id)).provinceId).toBeNull();
    expect((await withReadProvince(bo, "not-a-uuid")).provinceId).toBeNull();
    const tt = await actorOf("lg.thuongtruc");
    expect(await withReadProvince(tt, await unitIdByCode("92"))).toBe(tt);
  });

  it("holds no permission that writes the programme (the national role writes only its receipts and returns)", () => {
    const writes = PERMISSION_MATRIX.MINISTRY_OFFICE.filter((p) => !/\.(view)$/.test(p));
    expect(writes).toEqual(["ministry.receive"]);
    expect(can("MINISTRY_OFFICE", "programme.view")).toBe(true);
  });
});
