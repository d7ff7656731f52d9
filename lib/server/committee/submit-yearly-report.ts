import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { appNow } from "@/lib/clock";
import { conflict, validation } from "@/lib/errors";
import { maySubmit } from "@/lib/domain/yearly-report";
import { vi } from "@/lib/i18n/vi";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireProgrammeForYear } from "@/lib/server/programme/programme-access";
import { reporterFigures } from "./reporter-figures";
import { reporterOf, reporterTasks } from "./yearly-report-parts";
import type { SubmitYearlyReportInput } from "@/lib/contracts/committee/submit-yearly-report";

export type SubmitYearlyReportOptions = { actor: Actor; input: SubmitYearlyReportInput; now?: Date };

/**
 * Issue #18 §3: an agency or a district committee sends its yearly result report (narrative) for `year`; its tasks'
 * outcomes and (a committee's) figures of the year (`reporterFigures`) are filled in at that moment. Allowed when
 * none was sent or it was returned (then sent again, keeping its first submission time, which decides timeliness).
 * `now` is the submission time. Returns {id}.
 */
export async function submitYearlyReport({ actor, input, now = new Date() }: SubmitYearlyReportOptions) {
  assertCan(actor, "yearly-report.submit");
  const programme = await requireProgrammeForYear(actor, input.year);
  const reporter = reporterOf(actor);
  const existing = await db.yearlyReport.findFirst({
    where: { programmeId: programme.id, ...reporter },
    select: { id: true, status: true, version: true },
  });
  if (!maySubmit(existing?.status ?? null)) throw validation(vi.committee.reports.alreadySent);
  const [taskOutcomes, figures] = await Promise.all([
    reporterTasks(actor, programme),
    reporterFigures(actor, input.year, appNow()),
  ]);
  try {
    return await db.$transaction(async (tx) => {
      const data = {
        narrative: input.narrative,
        taskOutcomes,
        figures: figures ?? Prisma.DbNull,
        status: "SUBMITTED" as const,
        submittedById: actor.userId,
        returnReason: null,
      };
      let id: string;
      if (existing) {
        const updated = await tx.yearlyReport.updateMany({
          where: { id: existing.id, version: existing.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.count === 0) throw conflict();
        id = existing.id;
      } else {
        id = (
          await tx.yearlyReport.create({
            data: { ...data, ...reporter, programmeId: programme.id, submittedAt: now },
            select: { id: true },
          })
        ).id;
      }
      await writeAudit(tx, auditActor(actor), {
        action: "yearly-report.submit",
        entity: "YearlyReport",
        entityId: id,
        unitId: actor.unitId,
        after: {
          year: input.year,
          ...reporter,
          tasks: taskOutcomes.length,
          communes: figures?.communes.length ?? null,
        },
      });
      return { id };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw conflict();
    throw error;
  }
}
