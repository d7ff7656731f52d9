import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { yearMonthOf } from "@/lib/domain/period";
import { vi } from "@/lib/i18n/vi";
import { forgetCatalogue, periodKey } from "./catalogue";
import type { EditIndicatorInput } from "@/lib/contracts/monthly/edit-indicator";
import { appNow } from "@/lib/clock";

/**
 * Edit of an indicator for FUTURE months only: a new version row from `fromPeriod`, the version
 * in force closed at `fromPeriod` (validToPeriod, exclusive). The past is never rewritten: only a
 * version that has not started yet may be changed in place. Kind and aggregation never change.
 */
export async function editIndicator(actor: Actor, input: EditIndicatorInput, now = appNow()) {
  assertCan(actor, "indicator.manage");
  if (!isUuid(input.indicatorId) || !actor.provinceId) throw notFound();
  const old = await db.indicator.findFirst({ where: { id: input.indicatorId, provinceId: actor.provinceId } });
  if (!old) throw notFound();
  const { year, month } = yearMonthOf(now);
  const current = periodKey(year, month);
  const fm = input.fromPeriod % 100;
  if (fm < 1 || fm > 12 || input.fromPeriod <= current)
    throw validation(vi.monthly.futureOnly, { fromPeriod: [vi.monthly.futureOnly] });
  if (old.validToPeriod !== null && old.validToPeriod <= input.fromPeriod)
    throw validation("Phiên bản này đã hết hiệu lực trước tháng được chọn; hãy sửa phiên bản mới nhất.");
  if (input.targetValue !== null && old.targetComparator === null)
    throw validation("Chỉ tiêu này không có mục tiêu.", { targetValue: ["Chỉ tiêu này không có mục tiêu."] });
  const changes = {
    name: input.name,
    unitLabel: input.unitLabel,
    targetValue: old.targetComparator ? input.targetValue : null,
    isRequired: input.isRequired,
    lowerIsBetter: input.lowerIsBetter,
  };
  forgetCatalogue(old.provinceId);
  const result = await db.$transaction(async (tx) => {
    if (old.validFromPeriod === input.fromPeriod && old.validFromPeriod > current) {
      // A version that has not started yet: no month uses it, change in place.
      const row = await tx.indicator.update({ where: { id: old.id }, data: changes, select: { id: true } });
      await writeAudit(tx, auditActor(actor), {
        action: "indicator.edit-future",
        entity: "Indicator",
        entityId: old.id,
        unitId: old.provinceId,
        before: old,
        after: changes,
      });
      return row;
    }
    if (old.validFromPeriod >= input.fromPeriod)
      throw validation(vi.monthly.futureOnly, { fromPeriod: [vi.monthly.futureOnly] });
    const closed = await tx.indicator.updateMany({
      where: { id: old.id, validToPeriod: old.validToPeriod },
      data: { validToPeriod: input.fromPeriod },
    });
    if (closed.count === 0) throw conflict();
    const { id: _id, ...rest } = old;
    void _id;
    const row = await tx.indicator.create({
      data: { ...rest, ...changes, validFromPeriod: input.fromPeriod, validToPeriod: old.validToPeriod },
      select: { id: true },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "indicator.new-version",
      entity: "Indicator",
      entityId: row.id,
      unitId: old.provinceId,
      before: old,
      after: { ...changes, validFromPeriod: input.fromPeriod, previousId: old.id },
    });
    return row;
  });
  forgetCatalogue(old.provinceId);
  return result;
}
