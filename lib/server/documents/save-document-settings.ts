import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan, requireUnitInScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound } from "@/lib/errors";
import { documents as text } from "@/lib/i18n/vi/documents";
import { parseInput } from "@/lib/server/reviews/selection-access";
import {
  SaveDocumentSettingsSchema,
  type SaveDocumentSettingsInput,
} from "@/lib/contracts/documents/save-document-settings";
import { settingsSelect } from "./find-document-settings";

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
      ? await tx.documentSettings.update({
          where: { id: before.id },
          data: { ...data, version: { increment: 1 } },
          select: settingsSelect,
        })
      : await tx.documentSettings.create({ data: { ...data, provinceId: province.id }, select: settingsSelect });
    await writeAudit(tx, auditActor(actor), {
      action: before ? "document-settings.update" : "document-settings.create",
      entity: "DocumentSettings",
      entityId: after.id,
      unitId: province.id,
      before,
      after: data,
    });
    return { id: after.id, version: after.version };
  });
}
