import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { apiRouteContract } from "@/lib/server/api/http";
import { can, type Permission } from "@/lib/authz/permissions";
import type { Actor } from "@/lib/authz/actor";
import { DEMO_ACCOUNTS } from "@/prisma/seed/seed-demo";
import { actorOf } from "../../support/actors";
import { evilString, evilValue, leafMutations } from "../../support/evil-inputs";
import { unitFor, writeMark, type Relation } from "../../support/foreign-units";
import { bearerTokenFor, provinceOf, visibleUnitIds } from "../../support/fixtures";
import { ROUTE_CASES, type RouteRequest } from "./api-cases";

// Issue #7 §1–2 for the data API: every route handler of /api/v1, called with a bearer token of every demo
// account on records of its own subtree and of foreign units (sibling, other district, other province):
// own → 2xx or 403 exactly as the permission matrix says; foreign → 404 and nothing written; no 2xx body
// names a unit outside the caller's subtree and ancestors. Then malformed ids, params and bodies → 4xx, never 500.

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Route = { key: string; path: string; handler: Handler; permission: Permission | undefined };

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const modules = import.meta.glob<Record<string, unknown>>("/app/api/v1/**/route.ts", { eager: true });

function discoverRoutes(): Route[] {
  const out: Route[] = [];
  for (const [file, mod] of Object.entries(modules)) {
    const path = file.replace(/^\/app/, "").replace(/\/route\.ts$/, "");
    for (const method of METHODS) {
      const handler = mod[method];
      if (typeof handler !== "function") continue;
      // The permission from the route's contract (lib/contracts/api).
      const permission = apiRouteContract(handler)?.permission ?? undefined;
      out.push({ key: `${method} ${path}`, path, handler: handler as Handler, permission });
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

async function call(route: Route, token: string | null, req: RouteRequest) {
  const params = req.params ?? {};
  const path = route.path.replace(/\[(\w+)\]/g, (_m, k: string) => encodeURIComponent(params[k] ?? ""));
  const query = new URLSearchParams(req.query ?? {}).toString();
  const method = route.key.split(" ")[0]!;
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  let body: string | undefined;
  if (req.body !== undefined) {
    headers["content-type"] = "application/json";
    body = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
  }
  const res = await route.handler(
    new Request(`http://localhost${path}${query ? `?${query}` : ""}`, { method, headers, body }),
    { params: Promise.resolve(params) },
  );
  const text = await res.text();
  return { status: res.status, text };
}

const UUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const routes = discoverRoutes();
const RELATIONS: Relation[] = ["own", "sibling", "otherDistrict", "otherProvince"];
const tokens = new Map<string, string>();
let allUnitIds = new Set<string>();
let cases = 0;
let fuzzed = 0;

/** The ids of units outside the actor's subtree and ancestors that a response mentions (must be none). */
async function leakedUnits(actor: Actor, text: string) {
  const visible = await visibleUnitIds(actor);
  return [...new Set(text.match(UUID_IN_TEXT) ?? [])].filter((id) => allUnitIds.has(id) && !visible.has(id));
}

/** The most capable demo account allowed to call the route, so validation is reached. */
const capableAccount = (route: Route) => DEMO_ACCOUNTS.find((a) => !route.permission || can(a.role, route.permission))!;

beforeAll(async () => {
  allUnitIds = new Set((await db.unit.findMany({ select: { id: true } })).map((u) => u.id));
  for (const a of DEMO_ACCOUNTS) tokens.set(a.username, await bearerTokenFor((await actorOf(a.username)).userId));
});

describe("data API tenant isolation generated from the permission matrix", () => {
  it("every /api/v1 route has an isolation case, and every case a route", () => {
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.map((r) => r.key).filter((k) => !ROUTE_CASES[k])).toEqual([]);
    expect(Object.keys(ROUTE_CASES).filter((k) => !routes.some((r) => r.key === k))).toEqual([]);
  });

  for (const route of routes) {
    const c = ROUTE_CASES[route.key];
    if (!c) continue;
    for (const account of DEMO_ACCOUNTS) {
      it(`${route.key} as ${account.role} (${account.username})`, async () => {
        const actor = await actorOf(account.username);
        const allowed = !route.permission || can(actor.role, route.permission);
        const single = c.scope === "self" || c.scope === "public";
        for (const relation of single ? (["own"] as Relation[]) : RELATIONS) {
          const unit = await unitFor(actor, relation);
          if (!unit) continue;
          const req = await c.request(actor, unit.id);
          const own =
            relation === "own" || (c.scope === "province" && (await provinceOf(unit.id)) === actor.provinceId);
          const before = await writeMark();
          const res = await call(route, tokens.get(account.username)!, req);
          cases++;
          const label = `${relation}: ${res.status} ${res.text.slice(0, 300)}`;
          if (!allowed) {
            expect(res.status, label).toBe(403);
          } else if (!own) {
            expect(res.status, label).toBe(404);
          } else {
            expect(res.status, label).toBeGreaterThanOrEqual(200);
            expect(res.status, label).toBeLessThan(300);
            expect(await leakedUnits(actor, res.text), label).toEqual([]);
          }
          // Reads never write; a refused write writes nothing.
          if (route.key.startsWith("GET ") || res.status >= 400)
            expect(await writeMark(), `${label}: nothing written`).toBe(before);
        }
      });
    }
  }

  it("answers 401 to a request without a valid token", async () => {
    for (const route of routes.filter((r) => r.permission)) {
      for (const token of [null, "bcd_" + "x".repeat(43), "' OR 1=1 --"]) {
        expect((await call(route, token, {})).status, route.key).toBe(401);
        cases++;
      }
    }
  });

  afterAll(() =>
    console.log(`api tenancy: ${routes.length} routes × ${DEMO_ACCOUNTS.length} accounts, ${cases} calls checked`),
  );
});

describe("bad input to every /api/v1 route", () => {
  const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

  for (const route of routes) {
    const c = ROUTE_CASES[route.key];
    if (!c) continue;
    it(`${route.key} answers 400 to malformed params and bodies`, async () => {
      const token = tokens.get(capableAccount(route).username)!;
      for (const req of c.bad) {
        const before = await writeMark();
        const res = await call(route, token, req);
        fuzzed++;
        expect(res.status, `${JSON.stringify(req).slice(0, 200)} → ${res.text.slice(0, 200)}`).toBe(400);
        expect(JSON.parse(res.text).error.message.length).toBeGreaterThan(0);
        // Issue #13 case 10: zod's own messages in Vietnamese ("Invalid input: expected number, received undefined").
        expect(res.text).not.toMatch(/Invalid input|expected [a-z]+, received|Too (big|small)/);
        expect(await writeMark()).toBe(before);
      }
    });

    // Issue #14 §4: each param, query value and body field of the route's valid request, one at a time, with a
    // control character (NUL among them) or an out-of-range integer: 400 (404 for a record id in the path).
    it(`${route.key} refuses control characters and out-of-range integers in every param, query value and body field`, async () => {
      const account = capableAccount(route);
      const actor = await actorOf(account.username);
      const valid = await c.request(actor, actor.unitId);
      for (const { field, label, input } of leafMutations(valid)) {
        const before = await writeMark();
        const res = await call(route, tokens.get(account.username)!, input as RouteRequest);
        fuzzed++;
        const expected = field.startsWith("params.") ? [400, 404] : [400];
        expect(expected, `${label} → ${res.status} ${res.text.slice(0, 200)}`).toContain(res.status);
        if (res.status === 400 && field.startsWith("body."))
          expect(Object.keys(JSON.parse(res.text).error.fields ?? {}), label).toContain(field.slice(5));
        expect(await writeMark(), label).toBe(before);
      }
    });

    it(`${route.key} never fails on fuzzed input`, async () => {
      const token = tokens.get(capableAccount(route).username)!;
      const { params = [], query = [], body = false } = c.fuzz;
      const arb = fc.record({
        params: fc.record(Object.fromEntries(params.map((k) => [k, evilString]))),
        query: fc.record(Object.fromEntries(query.map((k) => [k, evilString.map((s) => s.slice(0, 4000))])), {
          requiredKeys: [],
        }),
        body: body ? evilValue : fc.constant(undefined),
      });
      await fc.assert(
        fc.asyncProperty(arb, async (req) => {
          const before = await writeMark();
          const res = await call(route, token, req as RouteRequest);
          fuzzed++;
          expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
          if (res.status >= 300) {
            expect([400, 404]).toContain(res.status);
            expect(await writeMark()).toBe(before);
          }
        }),
        { numRuns: RUNS, seed: 20261121 },
      );
    });
  }

  afterAll(() =>
    console.log(`api bad input: ${fuzzed} malformed or fuzzed requests, none answered 5xx, nothing written on refusal`),
  );
});
