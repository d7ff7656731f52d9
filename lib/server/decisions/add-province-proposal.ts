import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import { requireProgramme } from "@/lib/server/programme/programme-access";
import { requireCommuneForProgramme } from "@/lib/server/proposals/commune-for-programme";
import { communeEligibility } from "@/lib/server/proposals/eligibility";
import { proposalPrefill } from "@/lib/server/proposals/criteria";
import { checkCap, lockProgramme } from "./cap";
import type { ProvinceAddInput } from "@/lib/contracts/programme/province-add";
import { requireProvinceActor } from "./decision-checks";

const text = vi.programme.approval;

/** The province adds a commune on its own proposal (source PROVINCE), approved at once within the cap; after the decision it goes on the list through an amendment. */
export async function addProvinceProposal(actor: Actor, input: ProvinceAddInput) {
  requireProvinceActor(actor);
  const programme = await requireProgramme(actor, input.programmeId);
  const commune = await requireCommuneForProgramme(actor, input.communeId, programme.approvalDate);
  // After the decision the commune waits, approved, for an amending decision (issueAmendment).
  const eligibility = await communeEligibility(db, { programmeId: programme.id, year: programme.year, commune });
  if (!eligibility.allowed)
    throw validation(eligibility.errors.map((e) => e.message).join(" "), {
      communeId: eligibility.errors.map((e) => e.message),
    });
  // Starts with the commune's monthly figures like any proposal; the province completes them on the proposal's page.
  const prefill = await proposalPrefill(commune.id, programme.provinceId);
  return db.$transaction(async (tx) => {
    await lockProgramme(tx, programme.id);
    const cap = await checkCap(tx, programme, programme.approvalDate, 1);
    if (!cap.ok) throw validation(cap.message);
    const withdrawn = await tx.proposal.findFirst({
      where: { programmeId: programme.id, communeId: commune.id, status: "WITHDRAWN" },
      select: { id: true },
    });
    const data = {
      source: "PROVINCE",
      status: "APPROVED",
      proposedByUnitId: actor.unitId,
      hotspotTypes: input.hotspotTypes,
      justification: input.justification,
      figures: prefill.figures,
      otherItems: prefill.otherItems,
      createdById: actor.userId,
      submittedAt: new Date(),
      decidedAt: new Date(),
    } as const;
    const row = withdrawn
      ? await tx.proposal.update({
          where: { id: withdrawn.id },
          data: { ...data, version: { increment: 1 } },
          select: { id: true },
        })
      : await tx.proposal.create({
          data: { ...data, programmeId: programme.id, communeId: commune.id },
          select: { id: true },
        });
    await writeAudit(tx, auditActor(actor), {
      action: "proposal.province-add",
      entity: "Proposal",
      entityId: row.id,
      unitId: commune.id,
      after: { ...input, count: cap.count, max: cap.max },
    });
    return {
      id: row.id,
      message: t(text.added, { name: commune.name }),
      warnings: eligibility.warnings.map((w) => w.message),
    };
  });
}
