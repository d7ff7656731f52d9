// Issue #17 §3: "A save made offline is queued … and sent when the connection returns, with the version it was based
// on. If the report changed on the server in the meantime (a return, an import, another user), nothing is
// overwritten: the user sees both versions side by side, field by field, and chooses."
// The server side of that promise: the stale save is refused and its refusal carries the report as it is now.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { saveMonthlyReport } from "@/lib/server/monthly/save-monthly-report";
import { returnMonthlyReport } from "@/lib/server/monthly/return-monthly-report";
import { actorAt, freshDistrict, fullValues, ids, provinceActor, vnAt } from "../support/monthly-fixtures";

const NOV = { year: 2026, month: 11 };
const NOW = vnAt(2026, 11, 21);

describe("a save queued offline, sent after the report changed on the server", () => {
  it("is refused as stale with the server's current values and version; nothing is written; the chosen rows then save on that version", async () => {
    const f = await freshDistrict(1);
    const c = f.communes[0]!.id;
    const phone = await actorAt(c, "COMMUNE_POLICE");
    const colleague = await actorAt(c, "COMMUNE_POLICE");
    const id = await ids(f.provinceId, 2026, 11);
    // The phone opened the month before anything existed (version 0) and saved offline: HS_VU = 9.
    const queued = {
      communeId: c,
      ...NOV,
      version: 0,
      values: [{ indicatorId: id("HS_VU"), num: 9, comment: null }],
      submit: false,
    };
    // Meanwhile a colleague submits and the province returns the report.
    const sub = await saveMonthlyReport(
      colleague,
      {
        communeId: c,
        ...NOV,
        version: 0,
        values: await fullValues(f.provinceId, 2026, 11, { HS_VU: 4 }),
        submit: true,
      },
      NOW,
    );
    const ret = await returnMonthlyReport(
      await provinceActor(),
      { reportId: sub.reportId, version: sub.version, reason: "Đề nghị rà soát lại số vụ." },
      NOW,
    );
    const historyBefore = await db.valueHistory.count({ where: { value: { reportId: sub.reportId } } });

    const refused = await saveMonthlyReport(phone, queued, NOW).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    const e = refused as AppError;
    expect(e.code).toBe("CONFLICT");
    const details = e.details as {
      version: number;
      status: string;
      current: { indicatorId: string; num: number | null }[];
    };
    expect(details.version).toBe(ret.version);
    expect(details.status).toBe("RETURNED");
    expect(details.current.find((v) => v.indicatorId === id("HS_VU"))?.num).toBe(4);
    // Nothing overwritten, nothing added to the history.
    const stored = await db.monthlyValue.findFirstOrThrow({
      where: { reportId: sub.reportId, indicatorId: id("HS_VU") },
    });
    expect(stored.numValue).toBe(4);
    expect(await db.valueHistory.count({ where: { value: { reportId: sub.reportId } } })).toBe(historyBefore);

    // The user keeps the phone's figure: the chosen row is saved on the current version, once.
    const resolved = await saveMonthlyReport(phone, { ...queued, version: details.version }, NOW);
    expect(resolved.version).toBe(details.version + 1);
    expect(await db.valueHistory.count({ where: { value: { reportId: sub.reportId } } })).toBe(historyBefore + 1);
  });
});
