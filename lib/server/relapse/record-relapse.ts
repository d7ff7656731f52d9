import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { requireVerdictInScope } from "@/lib/server/verdicts/verdict-in-scope";
import { lockSelection, loadVerdicts, verdictState } from "@/lib/server/verdicts/verdict-state";
import { RecordRelapseSchema, type RecordRelapseInput } from "@/lib/contracts/verdicts/record-relapse";

/**
 * The province records that a passed commune became complex again ("tái phức tạp", domain.md §6), during or
 * after the watch, with a reason and date. The commune may then be proposed again (relapse-watch.ts
 * canProposeAgain); the no-relapse KPI counts it.
 */
export async function recordRelapse(actor: Actor, raw: RecordRelapseInput) {
  assertCan(actor, "relapse.record");
  const input = parseInput(RecordRelapseSchema, raw);
  const selection = await requireVerdictInScope(actor, input.verdictId);
  const date = parseDay(input.date);
  if (!date) throw validation(vi.errors.validation, { date: ["Ngày không hợp lệ."] });
  return db.$transaction(async (tx) => {
    await lockSelection(tx, selection.id);
    const { effective } = verdictState(await loadVerdicts(tx, [selection.id]));
    if (!effective || effective.id !== input.verdictId) throw conflict(vi.errors.conflict);
    if (effective.verdict !== "PASSED") throw validation(vi.reviews.relapseOnlyPassed);
    if (effective.decisionDate && date < effective.decisionDate)
      throw validation(vi.reviews.relapseBeforeVerdict, { date: [vi.reviews.relapseBeforeVerdict] });
    if (await tx.relapseRecord.count({ where: { verdictId: effective.id } }))
      throw validation(vi.reviews.relapseExists);
    const row = await tx.relapseRecord.create({
      data: {
        communeId: selection.communeId,
        verdictId: effective.id,
        date,
        reason: input.reason,
        recordedById: actor.userId,
      },
      select: { id: true },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "relapse.record",
      entity: "RelapseRecord",
      entityId: row.id,
      unitId: selection.communeId,
      after: { verdictId: effective.id, date: input.date, reason: input.reason },
    });
    return { id: row.id };
  });
}
