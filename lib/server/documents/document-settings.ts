import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, requireUnitInScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound } from "@/lib/errors";
import { documents as text } from "@/lib/i18n/vi/documents";
import { auditActor, parseInput } from "@/lib/server/reviews/selection-access";
import { SaveDocumentSettingsSchema, type SaveDocumentSettingsInput } from "./schemas";

const settingsSelect = {
  id: true, provinceId: true, issuerLines: true, placeName: true, signatoryAuthority: true, signatoryTitle: true,
  signatoryName: true, recipients: true, version: true,
} as const;

/** The stored document settings of a province, or null when the secretariat has set none. No scope check: callers pass a unit they loaded through the actor's scope. */
export function findDocumentSettings(provinceId: string) {
  return db.documentSettings.findUnique({ where: { provinceId }, select: settingsSelect });
}
export type DocumentSettingsRow = NonNullable<Awaited<ReturnType<typeof findDocumentSettings>>>;

/**
 * The settings form of the actor's province: the stored row, or the defaults the documents use without one
 * (version 0). Refuses an actor without `programme.manage` or without a province (the national root).
 */
export async function getDocumentSettingsForm(actor: Actor) {
  assertCan(actor, "programme.manage");
  if (actor.unitLevel !== "PROVINCE") throw notFound();
  const province = await requireUnitInScope(actor, actor.unitId);
  const row = await findDocumentSettings(province.id);
  const issuer = defaultIssuer(province.name);
  return row ?? {
    id: null, provinceId: province.id, issuerLines: issuer.issuer, placeName: issuer.place, signatoryAuthority: DEFAULT_SIGNER.authority,
    signatoryTitle: DEFAULT_SIGNER.title, signatoryName: "", recipients: [] as string[], version: 0,
  };
}

/**
 * Saves the document settings of a province (the secretariat's form): validated with zod, the province checked
 * against the actor's subtree (another's → not found), a stale `version` refused, audited in the same transaction.
 * Returns `{ id, version }`.
 */
export async function saveDocumentSettings(actor: Actor, raw: SaveDocumentSettingsInput) {
  assertCan(actor, "programme.manage");
  const input = parseInput(SaveDocumentSettingsSchema, raw);
  const province = await requireUnitInScope(actor, input.provinceId);
  if (province.level !== "PROVINCE") throw notFound();
  const { version, provinceId: _, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.documentSettings.findUnique({ where: { provinceId: province.id }, select: settingsSelect });
    if ((before?.version ?? 0) !== version) throw conflict(text.stale, before);
    const after = before
      ? await tx.documentSettings.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } }, select: settingsSelect })
      : await tx.documentSettings.create({ data: { ...data, provinceId: province.id }, select: settingsSelect });
    await writeAudit(tx, auditActor(actor), {
      action: before ? "document-settings.update" : "document-settings.create", entity: "DocumentSettings", entityId: after.id,
      unitId: province.id, before, after: data,
    });
    return { id: after.id, version: after.version };
  });
}

/** The signatory of a steering committee's document when nothing else is set: on behalf of the committee, its head. */
export const DEFAULT_SIGNER = { authority: "TM. BAN CHỈ ĐẠO", title: "TRƯỞNG BAN", name: "" } as const;

/** Issuer lines and place of a unit's steering committee without settings: "UBND <unit>" over "BAN CHỈ ĐẠO 138". */
export function defaultIssuer(unitName: string, provinceName?: string | null) {
  return {
    issuer: [`UBND ${unitName.toUpperCase()}`, "BAN CHỈ ĐẠO 138"],
    place: (provinceName ?? unitName).replace(/^(Tỉnh|Thành phố)\s+/u, ""),
  };
}
