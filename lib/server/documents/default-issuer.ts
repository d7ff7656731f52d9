import "server-only";
import { documentPlaceName } from "@/lib/domain/document-place";
import type { UnitLevel } from "@/lib/generated/prisma/enums";

/** The signatory of a steering committee's document when nothing else is set: on behalf of the committee, its head. */
export const DEFAULT_SIGNER = { authority: "TM. BAN CHỈ ĐẠO", title: "TRƯỞNG BAN", name: "" } as const;

/**
 * Issuer lines and place of a unit's steering committee without settings: "UBND <unit>" over "BAN CHỈ ĐẠO 138",
 * at the unit's own place (NĐ 30/2020, Phụ lục I, mục II.4.a; `documentPlaceName`).
 */
export function defaultIssuer(unit: { level: UnitLevel; name: string }) {
  return { issuer: [`UBND ${unit.name.toUpperCase()}`, "BAN CHỈ ĐẠO 138"], place: documentPlaceName(unit) };
}
