import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { Versioned } from "@/lib/contracts/outputs";
import { documents as text } from "@/lib/i18n/vi/documents";
import { line, lines } from "./document-fields";

export const SaveDocumentSettingsSchema = z.object({
  /** The province whose documents these are (checked against the actor's subtree). */
  provinceId: Id,
  /** Lines of the issuing body, top first; 1 to 3 lines. */
  issuerLines: lines(3, 120).pipe(z.array(z.string()).min(1, text.issuerRequired)),
  placeName: line(60).pipe(z.string().min(2, text.placeRequired)),
  signatoryAuthority: line(80),
  signatoryTitle: line(80).pipe(z.string().min(2, text.titleRequired)),
  signatoryName: line(80),
  recipients: lines(15, 200),
  /** The version the form was loaded with (0: no settings yet). */
  version: z.number().int().min(0).max(1_000_000),
});
export type SaveDocumentSettingsInput = z.input<typeof SaveDocumentSettingsSchema>;

export const saveDocumentSettingsContract = defineContract({
  summary: "Saves the province's settings of its administrative documents: issuer, place, signatory, recipients.",
  permission: "programme.manage",
  input: SaveDocumentSettingsSchema,
  output: Versioned,
});
