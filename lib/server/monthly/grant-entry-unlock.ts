import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound, validation } from "@/lib/errors";
import { addVnDays, startOfVnDay, formatVnDate } from "@/lib/domain/vn-date";
import { t, vi } from "@/lib/i18n/vi";
import { communeMonthContext } from "./context";
import { appNow } from "@/lib/clock";

/**
 * Late entry after the window closed, granted by the level above (district committee or
 * province secretariat) with a reason, until the end of the `days`-th day from today (VN).
 */
export async function grantEntryUnlock(
  actor: Actor,
  input: { communeId: string; year: number; month: number; reason: string; days?: number },
  now = appNow(),
) {
  assertCan(actor, "entry.unlock");
  const ctx = await communeMonthContext(actor, input.communeId, input.year, input.month, now);
  if (actor.unitId === ctx.commune.id && actor.role !== "DISTRICT_COMMITTEE") throw notFound();
  if (ctx.notExisting) throw validation(ctx.notExisting.message);
  const reason = input.reason.trim();
  if (!reason) throw validation(vi.monthly.reasonRequired, { reason: [vi.monthly.reasonRequired] });
  const until = addVnDays(startOfVnDay(now), input.days ?? 7);
  return db.$transaction(async (tx) => {
    const row = await tx.entryUnlock.create({
      data: {
        communeId: ctx.commune.id,
        year: input.year,
        month: input.month,
        reason,
        grantedById: actor.userId,
        until,
      },
      select: { id: true, until: true },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "monthly.grant-entry",
      entity: "EntryUnlock",
      entityId: row.id,
      unitId: ctx.commune.id,
      after: { year: input.year, month: input.month, reason, until },
    });
    return { id: row.id, until, message: t(vi.monthly.granted, { date: formatVnDate(addVnDays(until, -1)) }) };
  });
}
