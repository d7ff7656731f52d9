import "server-only";
import { db } from "@/lib/db";

export const settingsSelect = {
  id: true,
  provinceId: true,
  issuerLines: true,
  placeName: true,
  signatoryAuthority: true,
  signatoryTitle: true,
  signatoryName: true,
  recipients: true,
  version: true,
} as const;

/** The stored document settings of a province, or null when the secretariat has set none. No scope check: callers pass a unit they loaded through the actor's scope. */
export function findDocumentSettings(provinceId: string) {
  return db.documentSettings.findUnique({ where: { provinceId }, select: settingsSelect });
}

export type DocumentSettingsRow = NonNullable<Awaited<ReturnType<typeof findDocumentSettings>>>;
