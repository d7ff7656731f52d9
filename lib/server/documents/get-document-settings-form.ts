import "server-only";
import { assertCan, requireUnitInScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { findDocumentSettings } from "./find-document-settings";
import { DEFAULT_SIGNER, defaultIssuer } from "./default-issuer";

/**
 * The settings form of the actor's province: the stored row, or the defaults the documents use without one
 * (version 0). Refuses an actor without `programme.manage` or without a province (the national root).
 */
export async function getDocumentSettingsForm(actor: Actor) {
  assertCan(actor, "programme.manage");
  if (actor.unitLevel !== "PROVINCE") throw notFound();
  const province = await requireUnitInScope(actor, actor.unitId);
  const row = await findDocumentSettings(province.id);
  const result = defaultIssuer({ level: "PROVINCE", name: province.name });
  return (
    row ?? {
      id: null,
      provinceId: province.id,
      issuerLines: result.issuer,
      placeName: result.place,
      signatoryAuthority: DEFAULT_SIGNER.authority,
      signatoryTitle: DEFAULT_SIGNER.title,
      signatoryName: "",
      recipients: [] as string[],
      version: 0,
    }
  );
}
