import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { requireProgramme } from "@/lib/server/programme/programme-access";
import { proposalPrefill } from "./criteria";
import { communeEligibility } from "./eligibility";
import type { CreateProposalInput } from "@/lib/contracts/programme/create-proposal";
import { requireCommuneForProgramme } from "./commune-for-programme";

/**
 * A district committee (or, in a 2-level province, the commune's committee; or the province secretariat)
 * proposes a commune of its area. Blocking rules (already proposed, passed last year without relapse)
 * refuse; warnings (new-rural last year, carry-over expected) are returned to show.
 * Figures are pre-filled from the commune's monthly reports of the last 12 months.
 */
export async function createProposal(actor: Actor, input: CreateProposalInput) {
  assertCan(actor, "proposal.create");
  const programme = await requireProgramme(actor, input.programmeId);
  const commune = await requireCommuneForProgramme(actor, input.communeId, programme.approvalDate);
  // After the decision a district may still propose (late): the province decides it through an amending decision.
  const eligibility = await communeEligibility(db, { programmeId: programme.id, year: programme.year, commune });
  if (!eligibility.allowed)
    throw validation(eligibility.errors.map((e) => e.message).join(" "), {
      communeId: eligibility.errors.map((e) => e.message),
    });

  const prefill = await proposalPrefill(commune.id, programme.provinceId);
  const source = actor.unitLevel === "PROVINCE" ? "PROVINCE" : "DISTRICT";
  return db.$transaction(async (tx) => {
    // A withdrawn proposal of the same commune is reopened (one row per commune and year).
    const withdrawn = await tx.proposal.findFirst({
      where: { programmeId: programme.id, communeId: commune.id, status: "WITHDRAWN" },
      select: { id: true },
    });
    const data = {
      proposedByUnitId: actor.unitId,
      source,
      status: "DRAFT",
      hotspotTypes: input.hotspotTypes,
      justification: input.justification,
      figures: prefill.figures,
      otherItems: prefill.otherItems,
      createdById: actor.userId,
      submittedAt: null,
      decidedAt: null,
      decisionReason: null,
    } as const;
    let id: string;
    try {
      id = withdrawn
        ? (
            await tx.proposal.update({
              where: { id: withdrawn.id },
              data: { ...data, version: { increment: 1 } },
              select: { id: true },
            })
          ).id
        : (
            await tx.proposal.create({
              data: { ...data, programmeId: programme.id, communeId: commune.id },
              select: { id: true },
            })
          ).id;
    } catch (error) {
      if ((error as { code?: string }).code === "P2002")
        throw validation(eligibility.errors[0]?.message ?? "Xã đã được đề xuất.");
      throw error;
    }
    await writeAudit(tx, auditActor(actor), {
      action: "proposal.create",
      entity: "Proposal",
      entityId: id,
      unitId: commune.id,
      after: { ...input, figures: prefill.figures },
    });
    return { id, warnings: eligibility.warnings, prefilled: prefill.count };
  });
}
