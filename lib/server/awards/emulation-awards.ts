import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid, requireUnitInScope, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/permissions";
import { AppError, conflict, notFound, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { validateNominations, type NominationFile, type NominationValidation } from "@/lib/domain/awards";
import { auditActor, parseInput } from "@/lib/server/reviews/selection-access";
import { UPLOAD_POLICIES, checkUpload } from "@/lib/uploads/policy";
import {
  AddNominationSchema, DecideNominationSchema, SaveRoundSchema, SubmitNominationsSchema, UploadNominationFileSchema,
  type AddNominationInput, type DecideNominationInput, type SaveRoundInput, type SubmitNominationsInput, type UploadNominationFileInput,
} from "./schemas";

// Emulation awards (domain.md §7; seed 003 mục III): one round per province and year with quotas and the
// leaders ≤ 40% rule; districts and provincial agencies nominate with three required files.

const nominationSelect = {
  id: true, roundId: true, nominatingUnitId: true, kind: true, name: true, position: true, isLeader: true,
  achievements: true, files: true, status: true, decisionReason: true, createdAt: true,
} as const;

function provinceOf(actor: Actor): string {
  if (!actor.provinceId) throw notFound();
  return actor.provinceId;
}

/** The province secretariat opens or updates the year's round (quotas, leader share, priority notes). */
export async function saveEmulationRound(actor: Actor, raw: SaveRoundInput) {
  assertCan(actor, "award.manage");
  const input = parseInput(SaveRoundSchema, raw);
  const province = await requireUnitInScope(actor, input.provinceId);
  if (province.level !== "PROVINCE") throw notFound();
  const provinceId = province.id;
  return db.$transaction(async (tx) => {
    const before = await tx.emulationRound.findUnique({ where: { provinceId_year: { provinceId, year: input.year } } });
    const data = { collectiveQuota: input.collectiveQuota, individualQuota: input.individualQuota, leaderMaxPercent: input.leaderMaxPercent, priorityNotes: input.priorityNotes };
    const round = await tx.emulationRound.upsert({ where: { provinceId_year: { provinceId, year: input.year } }, create: { ...data, provinceId, year: input.year }, update: data, select: { id: true } });
    await writeAudit(tx, auditActor(actor), { action: before ? "award.round.update" : "award.round.create", entity: "EmulationRound", entityId: round.id, unitId: provinceId, before, after: data });
    return round;
  });
}

/** The round of the actor's province for a year, with the nominations the actor may see (its own unit's, or all for the province). */
export async function getAwardsPage(actor: Actor, year: number) {
  assertCan(actor, "award.nominate");
  const provinceId = provinceOf(actor);
  const round = await db.emulationRound.findUnique({ where: { provinceId_year: { provinceId, year } } });
  if (!round) return { round: null, own: [], ownCheck: null, provinceCheck: null, all: [] };
  const isProvince = actor.unitLevel === "PROVINCE";
  const rows = await db.nomination.findMany({
    where: { roundId: round.id, ...(isProvince && actor.role === "PROVINCE_SECRETARIAT" ? {} : { nominatingUnitId: actor.unitId }) },
    select: nominationSelect,
    orderBy: [{ createdAt: "asc" }],
  });
  const units = await db.unit.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.nominatingUnitId))] } }, select: { id: true, name: true } });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const own = rows.filter((r) => r.nominatingUnitId === actor.unitId && r.status !== "WITHDRAWN");
  const submitted = rows.filter((r) => r.status === "SUBMITTED" || r.status === "APPROVED");
  return {
    round,
    own,
    ownCheck: check(round, own),
    all: rows.map((r) => ({ ...r, unitName: unitName.get(r.nominatingUnitId) ?? "" })),
    provinceCheck: can(actor.role, "award.manage") ? check(round, submitted) : null,
  };
}

function check(round: { collectiveQuota: number; individualQuota: number; leaderMaxPercent: number }, rows: { kind: "COLLECTIVE" | "INDIVIDUAL"; name: string; isLeader: boolean; files: string[] }[]): NominationValidation {
  return validateNominations({
    quotas: { collectives: round.collectiveQuota, individuals: round.individualQuota },
    leaderMaxPercent: round.leaderMaxPercent,
    nominees: rows.map((r) => ({ kind: r.kind, name: r.name, isLeader: r.kind === "INDIVIDUAL" && r.isLeader, files: r.files as NominationFile[] })),
  });
}

/** Refuses a nomination list, every problem listed (the form shows them one per line from `fieldErrors._`). */
function listRefused(prefix: string, result: NominationValidation): AppError {
  const messages = [...result.errors.map((e) => e.message), ...result.nomineeIssues.map((i) => i.message)];
  return new AppError("VALIDATION", `${prefix} ${messages.join(" ")}`, { _: messages }, result);
}

/** The nominating unit (in the actor's subtree) and the round of its province; anything else is "not found". */
async function requireUnitRound(actor: Actor, unitId: string, roundId: string) {
  const unit = await requireUnitInScope(actor, unitId);
  if (!isUuid(roundId)) throw notFound();
  const round = await db.emulationRound.findFirst({ where: { id: roundId, provinceId: unit.provinceId ?? unit.id } });
  if (!round) throw notFound();
  return { unit, round };
}

/** A nomination whose nominating unit is in the actor's subtree; still a draft to be edited. */
async function requireOwnNomination(actor: Actor, nominationId: string) {
  if (!isUuid(nominationId)) throw notFound();
  const row = await db.nomination.findFirst({ where: { id: nominationId }, select: nominationSelect });
  if (!row || (await db.unit.count({ where: { AND: [{ id: row.nominatingUnitId }, unitScope(actor)] } })) === 0) throw notFound();
  if (row.status !== "DRAFT") throw validation(vi.reviews.nominationLocked);
  return row;
}

export async function addNomination(actor: Actor, raw: AddNominationInput) {
  assertCan(actor, "award.nominate");
  const input = parseInput(AddNominationSchema, raw);
  const { unit, round } = await requireUnitRound(actor, input.unitId, input.roundId);
  return db.$transaction(async (tx) => {
    const row = await tx.nomination.create({
      data: {
        roundId: round.id, nominatingUnitId: unit.id, kind: input.kind, name: input.name, position: input.position || null,
        isLeader: input.kind === "INDIVIDUAL" && input.isLeader, achievements: input.achievements, files: [],
      },
      select: nominationSelect,
    });
    await writeAudit(tx, auditActor(actor), { action: "award.nomination.add", entity: "Nomination", entityId: row.id, unitId: unit.id, after: row });
    return { id: row.id };
  });
}

export async function removeNomination(actor: Actor, nominationId: string) {
  assertCan(actor, "award.nominate");
  const row = await requireOwnNomination(actor, nominationId);
  return db.$transaction(async (tx) => {
    await tx.attachment.deleteMany({ where: { ownerType: "Nomination", ownerId: row.id } });
    await tx.nomination.delete({ where: { id: row.id } });
    await writeAudit(tx, auditActor(actor), { action: "award.nomination.remove", entity: "Nomination", entityId: row.id, unitId: row.nominatingUnitId, before: row });
    return { id: row.id };
  });
}

/** One of the three required files (seed 003 mục III.4); the attachment holds the content, `files` the checklist. */
export async function uploadNominationFile(actor: Actor, raw: UploadNominationFileInput) {
  assertCan(actor, "award.nominate");
  const input = parseInput(UploadNominationFileSchema, raw);
  const row = await requireOwnNomination(actor, input.nominationId);
  const { fileName, mimeType, bytes } = checkUpload(UPLOAD_POLICIES.nominationFile, raw.file);
  const data = Buffer.from(bytes);
  return db.$transaction(async (tx) => {
    const att = await tx.attachment.create({
      data: { ownerType: "Nomination", ownerId: row.id, unitId: row.nominatingUnitId, fileName: `${input.kind}__${fileName}`, mimeType, size: data.length, data, createdById: actor.userId },
      select: { id: true },
    });
    const files = [...new Set([...row.files, input.kind])];
    await tx.nomination.update({ where: { id: row.id }, data: { files } });
    await writeAudit(tx, auditActor(actor), { action: "award.nomination.file", entity: "Nomination", entityId: row.id, unitId: row.nominatingUnitId, before: { files: row.files }, after: { files, attachmentId: att.id } });
    return { files };
  });
}

/**
 * Sends the unit's list. Refused when it breaks a quota or the leaders ≤ 40% rule, or when files are missing;
 * the refusal lists every problem (validateNominations).
 */
export async function submitNominations(actor: Actor, raw: SubmitNominationsInput) {
  assertCan(actor, "award.nominate");
  const input = parseInput(SubmitNominationsSchema, raw);
  const { unit, round } = await requireUnitRound(actor, input.unitId, input.roundId);
  return db.$transaction(async (tx) => {
    const rows = await tx.nomination.findMany({ where: { roundId: round.id, nominatingUnitId: unit.id, status: { in: ["DRAFT", "SUBMITTED"] } }, select: nominationSelect });
    const drafts = rows.filter((r) => r.status === "DRAFT");
    if (drafts.length === 0) throw validation(vi.reviews.nominationsRefused, { _: [vi.common.none] });
    const result = check(round, rows);
    if (!result.ok) {
      throw listRefused(vi.reviews.nominationsRefused, result);
    }
    await tx.nomination.updateMany({ where: { id: { in: drafts.map((d) => d.id) } }, data: { status: "SUBMITTED" } });
    await writeAudit(tx, auditActor(actor), { action: "award.nominations.submit", entity: "EmulationRound", entityId: round.id, unitId: unit.id, after: { nominations: drafts.map((d) => d.id) } });
    return { submitted: drafts.length };
  });
}

/**
 * The province decides each submitted nomination before the list goes to the emulation council (seed 003 mục III:
 * "Sở Nội vụ … thẩm định hồ sơ đề nghị khen thưởng"): approving keeps the approved list within the quotas and the
 * leader rule, with every file present (the same rule as a district's list, lib/domain/awards.ts); not approving
 * needs a reason. A decision can be changed until the council meets: the last one stands, each is audited.
 */
export async function decideNomination(actor: Actor, raw: DecideNominationInput) {
  assertCan(actor, "award.manage");
  const input = parseInput(DecideNominationSchema, raw);
  const provinceId = provinceOf(actor);
  const row = await db.nomination.findFirst({
    where: { id: input.nominationId, round: { provinceId } },
    select: { ...nominationSelect, round: { select: { id: true, collectiveQuota: true, individualQuota: true, leaderMaxPercent: true } } },
  });
  if (!row) throw notFound();
  if (!["SUBMITTED", "APPROVED", "REJECTED"].includes(row.status)) throw validation(vi.reviews.nominationNotSubmitted);
  const next = input.decision === "APPROVE" ? "APPROVED" : "REJECTED";
  return db.$transaction(async (tx) => {
    // One decision at a time per round: two approvals racing for the last place cannot both pass the quota.
    await tx.$queryRaw`SELECT 1 FROM "EmulationRound" WHERE id = ${row.round.id}::uuid FOR UPDATE`;
    if (next === "APPROVED") {
      const approved = await tx.nomination.findMany({ where: { roundId: row.round.id, status: "APPROVED", id: { not: row.id } }, select: nominationSelect });
      const result = check(row.round, [...approved, row]);
      if (!result.ok) {
        throw listRefused(vi.reviews.nominationApproveRefused, result);
      }
    }
    const { count } = await tx.nomination.updateMany({
      where: { id: row.id, status: row.status },
      data: { status: next, decisionReason: next === "REJECTED" ? input.reason : null, decidedAt: new Date() },
    });
    if (count === 0) throw conflict();
    await writeAudit(tx, auditActor(actor), {
      action: next === "APPROVED" ? "award.nomination.approve" : "award.nomination.reject", entity: "Nomination", entityId: row.id, unitId: row.nominatingUnitId,
      before: { status: row.status, reason: row.decisionReason }, after: { status: next, reason: next === "REJECTED" ? input.reason : null },
    });
    return { id: row.id, status: next };
  });
}
