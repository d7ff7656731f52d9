import "server-only";
import { db, type Tx } from "@/lib/db";
import { isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import type { z } from "zod";
import { notFound, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { zodFieldErrors } from "@/lib/actions/define-action";

export const selectionSelect = {
  id: true,
  communeId: true,
  hotspotTypes: true,
  status: true,
  proposalId: true,
  commune: {
    select: {
      id: true,
      code: true,
      name: true,
      parentId: true,
      lineage: true,
      parent: { select: { id: true, name: true, level: true } },
    },
  },
  programme: {
    select: {
      id: true,
      provinceId: true,
      year: true,
      passThresholdPercent: true,
      relapseWatchMonths: true,
      approverTitle: true,
      focusStart: true,
      focusEnd: true,
      interimReviewDate: true,
      yearEndReviewDeadline: true,
      verdictDeadline: true,
      crimeReductionCodes: true,
      crimeReductionMinPercent: true,
    },
  },
} as const;

/**
 * SECURITY-CRITICAL: a selected commune of the actor's subtree, or "not found" (also for malformed ids and
 * other tenants' communes) — the commune is the tenant boundary of reviews and verdicts.
 */
export async function requireSelectionInScope(actor: Actor, selectionId: string, client: Tx | typeof db = db) {
  if (!isUuid(selectionId)) throw notFound();
  const selection = await client.selection.findFirst({
    where: { id: selectionId, status: "SELECTED", commune: unitScope(actor) },
    select: selectionSelect,
  });
  if (!selection) throw notFound();
  return selection;
}

export type ScopedSelection = Awaited<ReturnType<typeof requireSelectionInScope>>;

/** The province whose programme the actor works on (a national admin has none). */
export function actorProvinceId(actor: Actor): string | null {
  return actor.provinceId;
}

/** Parses a use-case input; a failure is a VALIDATION error with field messages (never a raw ZodError → 500). */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw validation(vi.errors.validation, zodFieldErrors(parsed.error));
}
