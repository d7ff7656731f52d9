import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";
import { isEditable } from "@/lib/domain/review-workflow";
import { requireSelectionInScope, parseInput } from "@/lib/server/reviews/selection-access";
import { SaveYearEndReviewSchema, type SaveYearEndReviewInput } from "@/lib/contracts/verdicts/save-year-end-review";

/**
 * The district's year-end review of a commune (seed 002: the district holds the year-end review of each
 * commune): meeting date, narrative, and the yes/no answer "a new complexity in social order emerged",
 * which feeds the pass rule. Editable until the district proposes its verdict.
 */
export async function saveYearEndReview(actor: Actor, raw: SaveYearEndReviewInput) {
  assertCan(actor, "verdict.propose");
  const input = parseInput(SaveYearEndReviewSchema, raw);
  const selection = await requireSelectionInScope(actor, input.selectionId);
  const meetingDate = parseDay(input.meetingDate);
  if (!meetingDate) throw validation(vi.errors.validation, { meetingDate: ["Ngày không hợp lệ."] });
  return db.$transaction(async (tx) => {
    const existing = await tx.communeReview.findUnique({
      where: { selectionId_kind: { selectionId: selection.id, kind: "YEAR_END" } },
    });
    if (existing && !isEditable(existing.status)) throw validation(vi.reviews.notEditable);
    const data = {
      meetingDate,
      newComplexity: input.newComplexity,
      results: input.results,
      shortcomings: input.shortcomings,
      nextMeasures: input.nextMeasures,
    };
    let id: string;
    if (!existing) {
      if (input.version !== 0) throw conflict();
      try {
        id = (
          await tx.communeReview.create({
            data: { ...data, selectionId: selection.id, kind: "YEAR_END" },
            select: { id: true },
          })
        ).id;
      } catch (error) {
        if ((error as { code?: string }).code === "P2002") throw conflict();
        throw error;
      }
    } else {
      const { count } = await tx.communeReview.updateMany({
        where: { id: existing.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw conflict(vi.errors.conflict, { version: existing.version, status: existing.status });
      id = existing.id;
    }
    await writeAudit(tx, auditActor(actor), {
      action: "review.year-end.save",
      entity: "CommuneReview",
      entityId: id,
      unitId: selection.communeId,
      before: existing ? { meetingDate: existing.meetingDate, newComplexity: existing.newComplexity } : undefined,
      after: data,
    });
    return { id };
  });
}
