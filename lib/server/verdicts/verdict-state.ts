import "server-only";
import type { Db } from "@/lib/prisma-client";
import type { Tx } from "@/lib/db";

export const verdictSelect = {
  id: true,
  selectionId: true,
  communeId: true,
  year: true,
  stage: true,
  districtProposal: true,
  secretariatProposal: true,
  verdict: true,
  recommendation: true,
  reasons: true,
  isOverride: true,
  justification: true,
  decisionNumber: true,
  decisionDate: true,
  amendsId: true,
  issuedById: true,
  issuedAt: true,
  createdAt: true,
  version: true,
} as const;

export type VerdictRow = Awaited<ReturnType<typeof loadVerdicts>>[number];

export async function loadVerdicts(client: Db | Tx, selectionIds: string[]) {
  if (selectionIds.length === 0) return [];
  return client.communeVerdict.findMany({
    where: { selectionId: { in: selectionIds } },
    select: verdictSelect,
    orderBy: [{ createdAt: "asc" }],
  });
}

/**
 * State of a selection's verdicts: the in-progress proposal (not yet issued, at most one), the effective
 * issued verdict (the last of the amendment chain) and the full history (issued decisions are never edited).
 */
export function verdictState(rows: readonly VerdictRow[]) {
  const issued = rows.filter((r) => r.stage === "ISSUED");
  const amended = new Set(issued.map((r) => r.amendsId).filter((x): x is string => !!x));
  const effective = issued.filter((r) => !amended.has(r.id)).at(-1) ?? null;
  const pending = rows.find((r) => r.stage !== "ISSUED") ?? null;
  return { pending, effective, history: issued };
}

/** Serialises concurrent writers on one selection's verdict (double submits must not create two rows). */
export async function lockSelection(tx: Tx, selectionId: string) {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`verdict:${selectionId}`}))::text AS locked`;
}
