import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan, requireUnitInScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { transition } from "@/lib/domain/review-workflow";
import { checkYearMonth } from "./context";
import { appNow } from "@/lib/clock";

/**
 * The district committee's monthly report to the province: the communes' figures (read live
 * from their reports) plus its own narrative. In a 2-level province the commune-level committee
 * (e.g. hc.bcdxa) submits it for its commune. Resubmission after a return keeps one row.
 */
export async function submitDistrictReport(
  actor: Actor,
  input: { unitId: string; year: number; month: number; version: number; narrative: string },
  now = appNow(),
) {
  assertCan(actor, "district-report.submit");
  checkYearMonth(input.year, input.month);
  if (input.unitId !== actor.unitId) throw notFound();
  const unit = await requireUnitInScope(actor, input.unitId);
  if (!unit.provinceId || (unit.level !== "DISTRICT" && unit.level !== "COMMUNE")) throw notFound();
  const existing = await db.districtReport.findUnique({
    where: { unitId_year_month: { unitId: unit.id, year: input.year, month: input.month } },
    select: { id: true, status: true, version: true, submittedById: true },
  });
  if (
    existing &&
    existing.status === "SUBMITTED" &&
    existing.version === input.version + 1 &&
    existing.submittedById === actor.userId
  ) {
    return { id: existing.id, status: existing.status, version: existing.version, idempotent: true };
  }
  const step = transition(existing?.status ?? "DRAFT", "SUBMIT");
  if (!step.ok) throw validation(step.message);
  return db.$transaction(async (tx) => {
    let id: string;
    if (!existing) {
      if (input.version !== 0) throw conflict();
      const rows = await tx.districtReport.createManyAndReturn({
        data: [
          {
            unitId: unit.id,
            provinceId: unit.provinceId!,
            year: input.year,
            month: input.month,
            status: "SUBMITTED",
            narrative: input.narrative,
            submittedAt: now,
            submittedById: actor.userId,
          },
        ],
        skipDuplicates: true,
        select: { id: true },
      });
      if (rows.length === 0) throw conflict();
      id = rows[0]!.id;
    } else {
      const updated = await tx.districtReport.updateMany({
        where: { id: existing.id, version: input.version, status: { in: ["DRAFT", "RETURNED"] } },
        data: {
          status: "SUBMITTED",
          narrative: input.narrative,
          submittedAt: now,
          submittedById: actor.userId,
          version: { increment: 1 },
        },
      });
      if (updated.count === 0) throw conflict();
      id = existing.id;
    }
    await writeAudit(tx, auditActor(actor), {
      action: "district-report.submit",
      entity: "DistrictReport",
      entityId: id,
      unitId: unit.id,
      after: { year: input.year, month: input.month },
    });
    return { id, status: "SUBMITTED" as const, version: existing ? input.version + 1 : 1 };
  });
}
