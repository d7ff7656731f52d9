import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { communeUnder, freshMonth, monthlyReportIn, provinceOf } from "../../support/fixtures";
import { TEST_MONTH, TEST_YEAR } from "../../support/test-clock";

/** What one call of a route handler carries: path params, query string, JSON body (a string is sent raw). */
export type RouteRequest = { params?: Record<string, string>; query?: Record<string, string>; body?: unknown };

/**
 * How to call each /api/v1 route on a record of a given unit (as ACTION_CASES does for server actions).
 * scope: "subtree" (default): own subtree → 2xx, other units → 404; "province": province-wide data, visible
 * to every unit of the same province; "self": about the caller, or a list of its whole scope (no unit
 * parameter: checked by the leak check of 2xx bodies); "public": no token needed.
 * fuzz: the params, query keys and body the fuzzer fills with hostile values. bad: inputs that must answer 400.
 */
export type RouteCase = {
  scope?: "subtree" | "province" | "self" | "public";
  request: (actor: Actor, unitId: string) => Promise<RouteRequest>;
  fuzz: { params?: string[]; query?: string[]; body?: boolean };
  bad: RouteRequest[];
};

const NIL = "00000000-0000-7000-8000-000000000000";
const PAGE_BAD: RouteRequest[] = [
  { query: { limit: "0" } },
  { query: { limit: "abc" } },
  { query: { limit: "201" } },
  { query: { cursor: "không-phải-con-trỏ" } },
];
const FILTER_BAD: RouteRequest[] = [
  { query: { year: "1999" } },
  { query: { year: "2026.5" } },
  { query: { period: "m13" } },
  { query: { group: '\'; DROP TABLE "Unit";--' } },
];
const unitQuery = (key: string) => ({
  request: async (_a: Actor, unitId: string) => ({ query: { [key]: unitId } }),
  bad: [{ query: { [key]: "not-a-uuid" } }, { query: { [key]: "0195f1a2-0000-7000-8000-00000000000Z" } }],
});
const dashboard = (extra: string[] = []): RouteCase => ({
  ...unitQuery("unitId"),
  fuzz: { query: ["unitId", "year", "period", "group", ...extra] },
  bad: [...unitQuery("unitId").bad, ...FILTER_BAD],
});

export const ROUTE_CASES: Record<string, RouteCase> = {
  "GET /api/v1/dashboard/home": dashboard(),
  "GET /api/v1/dashboard/ranking": dashboard(),
  "GET /api/v1/dashboard/trends": dashboard(),
  "GET /api/v1/dashboard/map": {
    ...unitQuery("unitId"),
    fuzz: { query: ["unitId", "year"] },
    bad: [...unitQuery("unitId").bad, { query: { year: "1999" } }, { query: { year: "x" } }],
  },
  "GET /api/v1/me": { scope: "self", request: async () => ({}), fuzz: { query: ["x"] }, bad: [] },
  "GET /api/v1/openapi.json": { scope: "public", request: async () => ({}), fuzz: {}, bad: [] },
  "GET /api/v1/units": {
    ...unitQuery("parentId"),
    fuzz: { query: ["parentId", "level", "limit", "cursor"] },
    bad: [...unitQuery("parentId").bad, { query: { level: "VILLAGE" } }, ...PAGE_BAD],
  },
  "GET /api/v1/selections": {
    scope: "self",
    request: async () => ({ query: { year: "2026" } }),
    fuzz: { query: ["year", "limit", "cursor"] },
    bad: [{ query: { year: "năm" } }, ...PAGE_BAD],
  },
  "GET /api/v1/verdicts": {
    scope: "self",
    request: async () => ({}),
    fuzz: { query: ["year", "limit", "cursor"] },
    bad: [{ query: { year: "-1" } }, ...PAGE_BAD],
  },
  "GET /api/v1/units/[id]": {
    request: async (_a, unitId) => ({ params: { id: unitId } }),
    fuzz: { params: ["id"] },
    bad: [],
  },
  "GET /api/v1/units/[id]/figures": {
    request: async (_a, unitId) => ({ params: { id: unitId }, query: { year: "2026", period: "year" } }),
    fuzz: { params: ["id"], query: ["year", "period", "group"] },
    bad: FILTER_BAD.map((b) => ({ ...b, params: { id: NIL } })),
  },
  "GET /api/v1/indicators": {
    scope: "province",
    request: async (_a, unitId) => {
      const provinceId = await provinceOf(unitId);
      return provinceId ? { query: { provinceId } } : {};
    },
    fuzz: { query: ["provinceId", "limit", "cursor"] },
    bad: [{ query: { provinceId: "1 OR 1=1" } }, ...PAGE_BAD],
  },
  "GET /api/v1/monthly-reports": {
    ...unitQuery("unitId"),
    fuzz: { query: ["unitId", "year", "month", "status", "limit", "cursor"] },
    bad: [
      ...unitQuery("unitId").bad,
      { query: { month: "13" } },
      { query: { year: "2101" } },
      { query: { status: "DELETED" } },
      ...PAGE_BAD,
    ],
  },
  "GET /api/v1/monthly-reports/[id]": {
    request: async (_a, unitId) => ({ params: { id: (await monthlyReportIn(unitId))?.id ?? NIL } }),
    fuzz: { params: ["id"] },
    bad: [],
  },
  // Own commune: an unlocked past month it exists in (fresh per call), saved as a draft with no values → 200.
  "POST /api/v1/monthly-reports": {
    request: async (actor, unitId) => {
      const communeId = (await communeUnder(unitId)) ?? NIL;
      // A commune reports only for the months it exists in (issue #12): one created after 2024 (the 2-level province's,
      // from 01/07/2025) takes its first month without a report up to the test clock's month.
      const from =
        communeId === NIL
          ? null
          : (await db.unit.findUnique({ where: { id: communeId }, select: { validFrom: true } }))?.validFrom;
      let { year, month } = { year: 2024, month: freshMonth().month };
      if (from && from.getUTCFullYear() > 2024) {
        const taken = new Set(
          (await db.monthlyReport.findMany({ where: { communeId }, select: { year: true, month: true } })).map(
            (r) => r.year * 12 + r.month,
          ),
        );
        let k = from.getUTCFullYear() * 12 + from.getUTCMonth() + 1;
        while (taken.has(k) && k < TEST_YEAR * 12 + TEST_MONTH) k++;
        [year, month] = [Math.floor((k - 1) / 12), ((k - 1) % 12) + 1];
      }
      if (communeId !== NIL) {
        await db.entryUnlock.create({
          data: {
            communeId,
            year,
            month,
            reason: "Kiểm thử",
            grantedById: actor.userId,
            until: new Date(Date.now() + 86_400_000),
          },
        });
      }
      return { body: { communeId, year, month, version: 0, values: [], submit: false } };
    },
    fuzz: { body: true },
    bad: [
      { body: "{không phải json" },
      { body: {} },
      { body: { communeId: "x", year: 2024, month: 1, version: 0, values: [] } },
      { body: { communeId: NIL, year: 2024, month: 13, version: 0, values: [] } },
      { body: { communeId: NIL, year: 2024, month: 1, version: -1, values: "𝓧" } },
      // Issue #14 §4: these reached PostgreSQL (22021 / 22003) and answered 500.
      { body: { communeId: NIL, year: 2024, month: 1, version: 0, values: [{ indicatorId: NIL, text: "a\u0000b" }] } },
      {
        body: {
          communeId: NIL,
          year: 2024,
          month: 1,
          version: 0,
          values: [{ indicatorId: NIL, num: 1, comment: "a\u0000b" }],
        },
      },
      { body: { communeId: NIL, year: 2024, month: 1, version: 2147483648, values: [] } },
    ],
  },
};
