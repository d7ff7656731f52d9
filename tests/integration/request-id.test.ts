// Issue #16 §3: a request id from the wrapper to the audit row. The wrappers (defineAction, apiRoute, sessionRoute)
// open the request context first; writeAudit records its id and source; an unexpected error is logged with it.
import { afterEach, describe, expect, it, vi as vitest } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { defineAction, runActionAs } from "@/lib/actions/define-action";
import { defineContract } from "@/lib/contracts/define-contract";
import { saveMonthlyAction } from "@/app/(app)/monthly/actions";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { actorAt, freshDistrict, ids } from "../support/monthly-fixtures";
import { postMonthlyReport } from "../support/monthly-api";

const NOV = { year: 2026, month: 11 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function commune() {
  const f = await freshDistrict(1);
  const c = f.communes[0]!.id;
  return { c, police: await actorAt(c, "COMMUNE_POLICE"), id: await ids(f.provinceId, 2026, 11) };
}

const auditOf = (communeId: string) =>
  db.auditLog.findMany({ where: { unitId: communeId, entity: "MonthlyReport" }, orderBy: { id: "asc" } });

afterEach(() => vitest.restoreAllMocks());

describe("request id (issue #16 §3)", () => {
  it("an action's audit entry carries the request id and the source ACTION; each call its own id", async () => {
    const { c, police, id } = await commune();
    const input = { communeId: c, ...NOV, values: [{ indicatorId: id("HS_VU"), num: 3 }], submit: false };
    expect((await runActionAs(saveMonthlyAction, police, { ...input, version: 0 })).ok).toBe(true);
    expect((await runActionAs(saveMonthlyAction, police, { ...input, version: 1 })).ok).toBe(true);
    const entries = await auditOf(c);
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const entry of entries) {
      expect(entry.requestSource).toBe("ACTION");
      expect(entry.requestId).toMatch(UUID);
    }
    expect(new Set(entries.map((entry) => entry.requestId)).size).toBe(entries.length);
  });

  it("an API call's audit entry carries the source API", async () => {
    const { c, police, id } = await commune();
    const token = (await createApiToken(police, { name: "Phần mềm xã" })).token;
    const body = { communeId: c, ...NOV, version: 0, values: [{ indicatorId: id("HS_VU"), num: 4 }], submit: false };
    expect((await postMonthlyReport(token, body)).status).toBe(200);
    const [entry] = await auditOf(c);
    expect(entry).toMatchObject({ requestSource: "API", requestId: expect.stringMatching(UUID) });
  });

  it("an unexpected error is logged with the request id; the user sees the code derived from it", async () => {
    const logged: unknown[][] = [];
    vitest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
    const contract = defineContract({
      summary: "Fails on purpose.",
      permission: null,
      input: z.object({}),
      output: z.void(),
    });
    const failing = defineAction(contract, async () => {
      throw new Error("boom");
    });
    const { police } = await commune();
    const result = await runActionAs(failing, police, {});
    expect(result).toMatchObject({ ok: false, code: "UNEXPECTED" });
    const label = String(logged[0]?.[0]);
    const requestId = /^\[action-error ([0-9a-f-]{36})\]$/.exec(label)?.[1];
    expect(requestId).toMatch(UUID);
    if (!result.ok) expect(result.message).toContain(`(mã lỗi ${requestId!.slice(0, 8)})`);
  });
});
