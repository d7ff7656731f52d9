import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, forbidden, validation } from "@/lib/errors";
import { ministryDeadlineRefusal } from "@/lib/domain/yearly-report";
import { fromDbDay } from "@/lib/domain/vn-date";
import { parseDay } from "@/lib/format";
import type { SetMinistryDeadlineInput } from "@/lib/contracts/committee/set-ministry-deadline";

export type SetMinistryDeadlineOptions = { actor: Actor; input: SetMinistryDeadlineInput };

/**
 * Issue #18 §5: the national system administrator records the ministry's deadline for the provinces' year-end
 * reports of a year (the ministry itself writes only receipts and returns). Refuses an administrator placed at a
 * province (a national setting), a day outside `ministryDeadlineRefusal`, and a stale version (0 = not set yet).
 * One audit entry with the former day. Returns {year, version}.
 */
export async function setMinistryDeadline({ actor, input }: SetMinistryDeadlineOptions) {
  assertCan(actor, "ministry-deadline.manage");
  if (actor.unitLevel !== "NATION") throw forbidden();
  const deadline = parseDay(input.deadline)!;
  const refusal = ministryDeadlineRefusal(input.year, fromDbDay(deadline));
  if (refusal) throw validation(refusal, { deadline: [refusal] });
  const before = await db.ministryReportDeadline.findUnique({
    where: { year: input.year },
    select: { deadline: true },
  });
  try {
    return await db.$transaction(async (tx) => {
      if (input.version === 0) {
        await tx.ministryReportDeadline.create({ data: { year: input.year, deadline, updatedById: actor.userId } });
      } else {
        const updated = await tx.ministryReportDeadline.updateMany({
          where: { year: input.year, version: input.version },
          data: { deadline, updatedById: actor.userId, version: { increment: 1 } },
        });
        if (updated.count === 0) throw conflict();
      }
      await writeAudit(tx, auditActor(actor), {
        action: "ministry-deadline.set",
        entity: "MinistryReportDeadline",
        entityId: String(input.year),
        unitId: actor.unitId,
        before: before ? { deadline: before.deadline.toISOString().slice(0, 10) } : null,
        after: { deadline: input.deadline },
      });
      return { year: input.year, version: input.version + 1 };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw conflict();
    throw error;
  }
}
