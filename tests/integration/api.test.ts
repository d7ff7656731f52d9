import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { listApiTokens } from "@/lib/server/api/list-api-tokens";
import { revokeApiToken } from "@/lib/server/api/revoke-api-token";
import { getDrilldown } from "@/lib/server/dashboards/get-drilldown";
import { parseFilters } from "@/lib/server/dashboards/filters";
import { GET as meGET } from "@/app/api/v1/me/route";
import { GET as unitsGET } from "@/app/api/v1/units/route";
import { GET as unitGET } from "@/app/api/v1/units/[id]/route";
import { GET as figuresGET } from "@/app/api/v1/units/[id]/figures/route";
import { GET as indicatorsGET } from "@/app/api/v1/indicators/route";
import { GET as reportsGET } from "@/app/api/v1/monthly-reports/route";
import { GET as reportGET } from "@/app/api/v1/monthly-reports/[id]/route";
import { GET as selectionsGET } from "@/app/api/v1/selections/route";
import { GET as verdictsGET } from "@/app/api/v1/verdicts/route";
import { GET as homeGET } from "@/app/api/v1/dashboard/home/route";
import { GET as trendsGET } from "@/app/api/v1/dashboard/trends/route";
import { GET as openapiGET } from "@/app/api/v1/openapi.json/route";
import { dashboard as dashboardText } from "@/lib/i18n/vi/dashboard";
import { createDashboardProvince, type DashFixture } from "../support/dashboard-fixtures";

// Issue #6 §API: per-user tokens (sha256 stored, revocable), scoped exactly like the user (outside → 404),
// cursor-paginated, errors as JSON {error:{code,message}} with 4xx (never 500 for bad input).

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(handler: unknown, path: string, token: string | null, params: Record<string, string> = {}) {
  const req = new Request(`http://localhost${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const res = await (handler as Handler)(req, { params: Promise.resolve(params) });
  return { status: res.status, body: await res.json() };
}

let fx: DashFixture;
let leaderToken: string, districtToken: string, policeToken: string;
beforeAll(async () => {
  fx = await createDashboardProvince();
  leaderToken = (await createApiToken(fx.leader, { name: "Hệ thống tỉnh" })).token;
  districtToken = (await createApiToken(fx.district, { name: "Huyện" })).token;
  policeToken = (await createApiToken(fx.police, { name: "Xã" })).token;
});

describe("API tokens", () => {
  it("stores only the sha256 of the token, shows it once, and audits", async () => {
    const created = await createApiToken(fx.leader, { name: "Tạm" });
    expect(created.token).toMatch(/^bcd_[A-Za-z0-9_-]{40,}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect((await listApiTokens(fx.leader)).some((t) => "token" in t || "tokenHash" in t)).toBe(false);
    expect(
      await db.auditLog.count({ where: { entity: "ApiToken", entityId: created.id, action: "apiToken.create" } }),
    ).toBe(1);
  });

  it("401 without a token, with an unknown one, after revocation, and for a deactivated user", async () => {
    expect((await call(meGET, "/api/v1/me", null)).status).toBe(401);
    const unknown = await call(meGET, "/api/v1/me", "bcd_" + "x".repeat(43));
    expect(unknown).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    const t = await createApiToken(fx.leader, { name: "Thu hồi" });
    expect((await call(meGET, "/api/v1/me", t.token)).status).toBe(200);
    await revokeApiToken(fx.leader, t.id);
    expect((await call(meGET, "/api/v1/me", t.token)).status).toBe(401);

    const u = await db.user.create({
      data: {
        username: `t6.${fx.tag}.off`,
        fullName: "Sẽ khóa",
        role: "PROVINCE_LEADER",
        unitId: fx.province.id,
        passwordHash: "x",
      },
    });
    const actor = { ...fx.leader, userId: u.id, username: u.username };
    const t2 = await createApiToken(actor, { name: "Khóa" });
    expect((await call(meGET, "/api/v1/me", t2.token)).status).toBe(200);
    await db.user.update({ where: { id: u.id }, data: { isActive: false } });
    expect((await call(meGET, "/api/v1/me", t2.token)).status).toBe(401);
  });

  it("a user cannot revoke another user's token (not found)", async () => {
    const t = await createApiToken(fx.district, { name: "Của huyện" });
    await expect(revokeApiToken(fx.leader, t.id)).rejects.toBeInstanceOf(AppError);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: t.id } })).revokedAt).toBeNull();
  });
});

describe("scoping: exactly the user's subtree, foreign → 404", () => {
  it("units: the district token lists only its district and communes; foreign and malformed ids → 404", async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r = await call(unitsGET, `/api/v1/units?limit=2${cursor ? `&cursor=${cursor}` : ""}`, districtToken);
      expect(r.status).toBe(200);
      expect(r.body.data.length).toBeLessThanOrEqual(2);
      all.push(...r.body.data.map((u: { id: string }) => u.id));
      cursor = r.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(2);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual([fx.districts[0]!.id, ...fx.communes.slice(0, 3).map((c) => c.id)].sort());

    expect((await call(unitGET, "/x", districtToken, { id: fx.communes[0]!.id })).status).toBe(200);
    for (const id of [fx.communes[3]!.id, fx.province.id, "00000000-0000-7000-8000-000000000000", "not-a-uuid"]) {
      const r = await call(unitGET, "/x", districtToken, { id });
      expect(r).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    }
  });

  it("figures of a unit equal the drill-down's; foreign unit → 404", async () => {
    const r = await call(figuresGET, "/api/v1/units/x/figures?year=2025&group=CRIMINAL", leaderToken, {
      id: fx.districts[0]!.id,
    });
    expect(r.status).toBe(200);
    const d = await getDrilldown(fx.leader, fx.districts[0]!.id, parseFilters({ year: "2025", group: "CRIMINAL" }));
    expect(r.body.data.indicators.find((i: { code: string }) => i.code === "HS_VU").value).toBe(
      d.indicators.find((i) => i.code === "HS_VU")!.self.value,
    );
    expect(r.body.data.children).toHaveLength(3);
    expect((await call(figuresGET, "/x?year=2025", districtToken, { id: fx.districts[1]!.id })).status).toBe(404);
    expect((await call(figuresGET, "/x?year=abc", leaderToken, { id: fx.districts[0]!.id })).status).toBe(400);
  });

  it("monthly reports and their status: only the user's communes; paginated; a foreign report → 404", async () => {
    const mine = await call(reportsGET, `/api/v1/monthly-reports?year=2025&month=3&limit=200`, districtToken);
    expect(mine.status).toBe(200);
    expect(mine.body.data).toHaveLength(3);
    expect(mine.body.data.every((r: { status: string }) => r.status === "ACCEPTED")).toBe(true);
    const police = await call(reportsGET, `/api/v1/monthly-reports?limit=200`, policeToken);
    expect(new Set(police.body.data.map((r: { communeId: string }) => r.communeId))).toEqual(
      new Set([fx.communes[0]!.id]),
    );
    expect(police.body.data).toHaveLength(19); // 18 accepted months + the submitted July report

    const foreign = await db.monthlyReport.findFirstOrThrow({
      where: { communeId: fx.communes[3]!.id },
      select: { id: true },
    });
    expect((await call(reportGET, "/x", districtToken, { id: foreign.id })).status).toBe(404);
    const own = await db.monthlyReport.findFirstOrThrow({
      where: { communeId: fx.communes[0]!.id },
      select: { id: true },
    });
    const one = await call(reportGET, "/x", districtToken, { id: own.id });
    expect(one.status).toBe(200);
    expect(one.body.data.values.length).toBeGreaterThan(0);
    expect(
      (await call(reportsGET, `/api/v1/monthly-reports?unitId=${fx.districts[1]!.id}`, districtToken)).status,
    ).toBe(404);
    expect((await call(reportsGET, `/api/v1/monthly-reports?unitId=bad`, districtToken)).status).toBe(400);
    expect((await call(reportsGET, `/api/v1/monthly-reports?month=13`, districtToken)).status).toBe(400);
    expect((await call(reportsGET, `/api/v1/monthly-reports?status=OOPS`, districtToken)).status).toBe(400);
  });

  it("selections and verdicts: scoped to the user's communes", async () => {
    const all = await call(selectionsGET, "/api/v1/selections", leaderToken);
    expect(all.body.data).toHaveLength(3);
    const dist = await call(selectionsGET, "/api/v1/selections?year=2025", districtToken);
    expect(dist.body.data.map((s: { communeId: string }) => s.communeId)).toEqual([fx.communes[0]!.id]);
    const b = (await call(selectionsGET, "/api/v1/selections?year=2026", districtToken)).body.data[0];
    expect(b.reviews).toEqual([{ kind: "INTERIM", status: "ACCEPTED", offTrack: true }]);
    const v = await call(verdictsGET, "/api/v1/verdicts?year=2025", districtToken);
    expect(v.body.data.map((x: { verdict: string }) => x.verdict)).toEqual(["PASSED"]);
    const vl = await call(verdictsGET, "/api/v1/verdicts?year=2025", leaderToken);
    expect(vl.body.data.map((x: { verdict: string }) => x.verdict).sort()).toEqual(["NOT_PASSED", "PASSED"]);
  });

  it("indicators: the user's own province catalogue; another province → 404", async () => {
    const r = await call(indicatorsGET, "/api/v1/indicators?limit=200", policeToken);
    expect(r.status).toBe(200);
    expect(new Set(r.body.data.map((i: { provinceId: string }) => i.provinceId))).toEqual(new Set([fx.province.id]));
    const other = await db.unit.findUniqueOrThrow({ where: { code: "91" }, select: { id: true } });
    expect((await call(indicatorsGET, `/api/v1/indicators?provinceId=${other.id}`, policeToken)).status).toBe(404);
  });

  it("dashboards: same permission as the pages (commune police → 403); district sees only its district", async () => {
    expect((await call(homeGET, "/api/v1/dashboard/home", policeToken)).status).toBe(403);
    const home = await call(homeGET, "/api/v1/dashboard/home?year=2025", districtToken);
    expect(home.status).toBe(200);
    expect(home.body.data.unit.id).toBe(fx.districts[0]!.id);
    expect((await call(homeGET, `/api/v1/dashboard/home?unitId=${fx.province.id}`, districtToken)).status).toBe(404);
    expect((await call(trendsGET, `/api/v1/dashboard/trends?group=NOPE`, districtToken)).status).toBe(400);
    // A bad period is named in Vietnamese, not by the pattern it failed.
    const period = await call(trendsGET, `/api/v1/dashboard/trends?period=q1`, districtToken);
    expect(period).toMatchObject({ status: 400, body: { error: { fields: { period: dashboardText.api.badPeriod } } } });
  });
});

describe("pagination", () => {
  it("walks every indicator once with small pages; bad cursor or limit → 400", async () => {
    const total = await db.indicator.count({ where: { provinceId: fx.province.id } });
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i++) {
      const r = await call(
        indicatorsGET,
        `/api/v1/indicators?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
        leaderToken,
      );
      expect(r.status).toBe(200);
      seen.push(...r.body.data.map((x: { id: string }) => x.id));
      cursor = r.body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort()).toEqual(seen);
    for (const q of [
      "limit=0",
      "limit=201",
      "limit=x",
      "cursor=%%%",
      `cursor=${Buffer.from("nope").toString("base64url")}`,
    ]) {
      const r = await call(indicatorsGET, `/api/v1/indicators?${q}`, leaderToken);
      expect(r.status, q).toBe(400);
      expect(r.body.error.code).toBe("VALIDATION");
    }
    // The field's message is Vietnamese too (it said "invalid cursor", and "nhận được NaN" for limit=x).
    const badCursor = await call(
      indicatorsGET,
      `/api/v1/indicators?cursor=${Buffer.from("nope").toString("base64url")}`,
      leaderToken,
    );
    expect(badCursor.body.error.fields.cursor).toEqual([dashboardText.api.badCursor]);
    const badLimit = await call(indicatorsGET, "/api/v1/indicators?limit=x", leaderToken);
    expect(badLimit.body.error.fields.limit).toBe("Phải là một số.");
  });
});

describe("OpenAPI", () => {
  it("documents every endpoint with bearer security", async () => {
    const res = openapiGET();
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    for (const p of [
      "/units",
      "/units/{id}",
      "/units/{id}/figures",
      "/indicators",
      "/monthly-reports",
      "/monthly-reports/{id}",
      "/selections",
      "/verdicts",
      "/dashboard/home",
      "/dashboard/trends",
      "/dashboard/ranking",
      "/dashboard/map",
      "/me",
    ]) {
      expect(doc.paths[p], p).toBeDefined();
    }
  });
});
