import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { requireProgrammeForYear } from "@/lib/server/programme/programme-access";
import { provinceReportFigures } from "./report-figures";
import type { SubmitProvinceReportInput } from "@/lib/contracts/committee/submit-province-report";

export type SubmitProvinceReportOptions = { actor: Actor; input: SubmitProvinceReportInput; now?: Date };

/**
 * Issue #18 §5: the secretariat sends its province's year-end report to the ministry (results, difficulties,
 * proposals) with its KPIs against the 60 % and 85 % targets and its funding totals taken at that moment. Allowed
 * when none was sent or it was returned (the first submission time is kept). Returns {id}.
 */
export async function submitProvinceReport({ actor, input, now = new Date() }: SubmitProvinceReportOptions) {
  assertCan(actor, "province-report.submit");
  const programme = await requireProgrammeForYear(actor, input.year);
  const existing = await db.provinceReport.findUnique({
    where: { programmeId: programme.id },
    select: { id: true, status: true, version: true },
  });
  if (existing && existing.status !== "RETURNED") throw validation(vi.committee.ministry.alreadySent);
  const figures = await provinceReportFigures(actor, input.year);
  const data = {
    results: input.results,
    difficulties: input.difficulties,
    proposals: input.proposals,
    ...figures,
    status: "SUBMITTED" as const,
    submittedById: actor.userId,
    returnReason: null,
  };
  try {
    return await db.$transaction(async (tx) => {
      let id: string;
      if (existing) {
        const updated = await tx.provinceReport.updateMany({
          where: { id: existing.id, version: existing.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.count === 0) throw conflict();
        id = existing.id;
      } else {
        id = (
          await tx.provinceReport.create({
            data: { ...data, programmeId: programme.id, submittedAt: now },
            select: { id: true },
          })
        ).id;
      }
      await writeAudit(tx, auditActor(actor), {
        action: "province-report.submit",
        entity: "ProvinceReport",
        entityId: id,
        unitId: programme.provinceId,
        after: { year: input.year },
      });
      return { id };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw conflict();
    throw error;
  }
}
