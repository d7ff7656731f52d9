import "server-only";
import { db } from "@/lib/db";
import type { DocSigner } from "@/lib/documents/official-document";
import { DEFAULT_SIGNER, defaultIssuer } from "./default-issuer";
import { findDocumentSettings } from "./find-document-settings";

export type IssuingBody = {
  /** Lines of the issuing body, top first. */
  issuer: string[];
  /** The committee's name in running text ("Ban Chỉ đạo 138 huyện Cầu Kè"). */
  committee: string;
  place: string;
  signer: DocSigner;
  /** The province's "Nơi nhận" list for documents the province issues; null: the document's own list. */
  recipients: string[] | null;
  unitName: string;
  /** True when the lines and signatory come from the province's document settings. */
  configured: boolean;
};

/**
 * Who issues a document of a unit's steering committee, and where (NĐ 30/2020, Phụ lục I, mục II.2–4):
 * a province with document settings uses its own issuer lines, place name, signatory and "Nơi nhận". A district's
 * or commune's committee issues as "UBND <unit>" / "BAN CHỈ ĐẠO 138" at its own place (mục II.4.a: the unit
 * where the issuing body sits, `documentPlaceName`), signed by the committee's head. The national root issues
 * as "BỘ CÔNG AN" in Hà Nội.
 * Takes a unit id the caller loaded through the actor's scope.
 */
export async function issuingBody(unitId: string): Promise<IssuingBody> {
  const unit = await db.unit.findUniqueOrThrow({
    where: { id: unitId },
    select: { id: true, name: true, committeeName: true, level: true, provinceId: true },
  });
  const committee = unit.committeeName ?? `Ban Chỉ đạo 138 ${unit.name}`;
  if (unit.level === "NATION" || !unit.provinceId) {
    return {
      issuer: ["BỘ CÔNG AN", "BAN CHỈ ĐẠO 138"],
      committee,
      place: "Hà Nội",
      signer: { ...DEFAULT_SIGNER },
      recipients: null,
      unitName: unit.name,
      configured: false,
    };
  }
  const settings = unit.level === "PROVINCE" ? await findDocumentSettings(unit.provinceId) : null;
  const fallback = defaultIssuer(unit);
  if (settings) {
    return {
      issuer: settings.issuerLines,
      committee,
      place: settings.placeName,
      unitName: unit.name,
      configured: true,
      signer: { authority: settings.signatoryAuthority, title: settings.signatoryTitle, name: settings.signatoryName },
      recipients: settings.recipients.length ? settings.recipients : null,
    };
  }
  return {
    issuer: fallback.issuer,
    committee,
    place: fallback.place,
    signer: { ...DEFAULT_SIGNER },
    recipients: null,
    unitName: unit.name,
    configured: false,
  };
}
