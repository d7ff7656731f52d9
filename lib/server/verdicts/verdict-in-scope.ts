import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound, validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";
import { requireSelectionInScope } from "@/lib/server/reviews/selection-access";

/** The selection behind a verdict id, through the actor's subtree (another tenant's verdict is "not found"). */
export async function requireVerdictInScope(actor: Actor, verdictId: string) {
  if (!isUuid(verdictId)) throw notFound();
  const row = await db.communeVerdict.findUnique({ where: { id: verdictId }, select: { selectionId: true } });
  if (!row) throw notFound();
  return requireSelectionInScope(actor, row.selectionId);
}

/** The verdict's selection (in scope, else not found) and the decision date of an issue or an amendment. */
export async function decisionTarget(actor: Actor, input: { verdictId: string; decisionDate: string }) {
  const selection = await requireVerdictInScope(actor, input.verdictId);
  const decisionDate = parseDay(input.decisionDate);
  if (!decisionDate) throw validation(vi.errors.validation, { decisionDate: ["Ngày không hợp lệ."] });
  return { selection, decisionDate };
}
