import "server-only";
import { writeAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import type { Db } from "@/lib/prisma-client";
import { carryOverCommuneIds } from "@/lib/domain/proposal-rules";
import { isUnitActiveOn, type UnitValidity } from "@/lib/domain/selection-cap";
import { successorsOn } from "@/lib/domain/unit-succession";
import { loadSuccessionClosure } from "@/lib/server/units/baseline-sources";
import { fromDbDay } from "@/lib/domain/vn-date";
import { proposalPrefill } from "./criteria";

type Client = Tx | Db;

/** A new carry-over starts with the commune's last 12 months of figures, as any proposal (criteria.ts proposalPrefill). */
async function carriedFigures(communeId: string, provinceId: string) {
  const { figures, otherItems } = await proposalPrefill(communeId, provinceId);
  return { figures, otherItems };
}

/**
 * The communes of `carry` that no longer exist on `day`, each mapped from its one successor existing that day
 * (lib/domain/unit-succession.ts successorsOn; a split commune, with several, is left to the secretariat).
 */
async function carriedToSuccessors(
  client: Client,
  carry: readonly string[],
  validity: ReadonlyMap<string, UnitValidity>,
  day: Date,
) {
  const ceased = carry.filter((id) => validity.has(id) && !isUnitActiveOn(validity.get(id)!, day));
  const out = new Map<string, string>();
  if (ceased.length === 0) return out;
  const { links } = await loadSuccessionClosure(client, ceased, null);
  for (const id of ceased) {
    const next = successorsOn(id, day, validity, links);
    if (next.length === 1 && validity.has(next[0]!)) out.set(next[0]!, id);
  }
  return out;
}

/** Latest ISSUED verdict of `year` for each commune given (amendments replace earlier verdicts). */
export async function latestIssuedVerdicts(client: Client, communeIds: string[], year: number) {
  if (communeIds.length === 0)
    return new Map<
      string,
      {
        id: string;
        verdict: "PASSED" | "NOT_PASSED" | null;
        decisionDate: Date | null;
        issuedAt: Date | null;
        selectionId: string;
      }
    >();
  const rows = await client.communeVerdict.findMany({
    where: { communeId: { in: communeIds }, year, stage: "ISSUED" },
    select: {
      id: true,
      communeId: true,
      verdict: true,
      decisionDate: true,
      issuedAt: true,
      createdAt: true,
      selectionId: true,
    },
    orderBy: [{ issuedAt: "asc" }, { createdAt: "asc" }],
  });
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) latest.set(row.communeId, row); // ascending order: the last one wins
  return latest;
}

/**
 * Communes judged "chưa đạt" in the previous year continue automatically (seed 001, domain.md §2.2):
 * each gets a Proposal with source CARRY_OVER, already APPROVED so that it counts in the cap.
 * Idempotent: safe to call after every verdict issue and when the year is opened. A proposal the
 * district already drafted for such a commune becomes the carry-over; a decided one is left alone.
 * Called by openProgramme and by the verdict workflow (issue #5) after issuing verdicts.
 */
export async function ensureCarryOverProposals(client: Client, programmeId: string): Promise<number> {
  const programme = await client.programme.findUnique({
    where: { id: programmeId },
    select: { id: true, provinceId: true, year: true, approvalDate: true },
  });
  if (!programme) return 0;
  const communes = await client.unit.findMany({
    where: { provinceId: programme.provinceId, level: "COMMUNE" },
    select: { id: true, validFrom: true, validTo: true },
  });
  const verdicts = await latestIssuedVerdicts(
    client,
    communes.map((c) => c.id),
    programme.year - 1,
  );
  const carry = carryOverCommuneIds([...verdicts].map(([communeId, v]) => ({ communeId, verdict: v.verdict })));
  if (carry.length === 0) return 0;
  const onDate = fromDbDay(programme.approvalDate);
  const validity = new Map<string, UnitValidity>(
    communes.map((c) => [
      c.id,
      { validFrom: fromDbDay(c.validFrom), validTo: c.validTo ? fromDbDay(c.validTo) : null },
    ]),
  );
  // A commune that ceased since its "chưa đạt" continues as its one successor (issue #12 §2), with its types.
  const fromOf = await carriedToSuccessors(client, carry, validity, onDate);
  for (const [successor, from] of fromOf) {
    if (verdicts.has(successor)) continue;
    verdicts.set(successor, verdicts.get(from)!);
    carry.push(successor);
  }
  const existing = communes.filter((c) => carry.includes(c.id) && isUnitActiveOn(validity.get(c.id)!, onDate));
  const lastSelections = await client.selection.findMany({
    where: {
      communeId: { in: [...existing.map((c) => c.id), ...fromOf.values()] },
      programme: { provinceId: programme.provinceId, year: programme.year - 1 },
    },
    select: { communeId: true, hotspotTypes: true },
  });
  const typesOf = new Map(lastSelections.map((s) => [s.communeId, s.hotspotTypes]));
  for (const [successor, from] of fromOf)
    if (!typesOf.has(successor) && typesOf.has(from)) typesOf.set(successor, typesOf.get(from)!);
  const proposals = await client.proposal.findMany({
    where: { programmeId, communeId: { in: existing.map((c) => c.id) } },
    select: { id: true, communeId: true, status: true },
  });
  const byCommune = new Map(proposals.map((x) => [x.communeId, x]));
  const reason = `Chuyển hóa chưa đạt năm ${programme.year - 1}, tiếp tục đưa vào chuyển hóa năm ${programme.year}.`;
  let created = 0;
  for (const existingCommune of existing) {
    const verdict = verdicts.get(existingCommune.id)!;
    const prior = byCommune.get(existingCommune.id);
    if (prior && (prior.status === "APPROVED" || prior.status === "REJECTED")) continue;
    const data = {
      source: "CARRY_OVER" as const,
      status: "APPROVED" as const,
      hotspotTypes: typesOf.get(existingCommune.id) ?? [],
      decisionReason: reason,
      carryOverReasons: `Theo kết quả công nhận năm ${programme.year - 1} (mã ${verdict.id}).`,
      decidedAt: new Date(),
    };
    const row = prior
      ? await client.proposal.update({
          where: { id: prior.id },
          data: { ...data, version: { increment: 1 } },
          select: { id: true },
        })
      : await client.proposal.create({
          data: {
            ...data,
            ...(await carriedFigures(existingCommune.id, programme.provinceId)),
            programmeId,
            communeId: existingCommune.id,
            proposedByUnitId: programme.provinceId,
            justification: reason,
          },
          select: { id: true },
        });
    await writeAudit(client, null, {
      action: "proposal.carry-over",
      entity: "Proposal",
      entityId: row.id,
      unitId: existingCommune.id,
      after: { programmeId, communeId: existingCommune.id, verdictId: verdict.id },
    });
    created++;
  }
  return created;
}
