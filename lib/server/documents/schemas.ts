import { z } from "zod";
import { hasControlChars } from "@/lib/contracts/primitives";
import { documents as text } from "@/lib/i18n/vi/documents";

/** One line of text: NFC, zero-width characters removed, trimmed; control characters refused. */
const line = (max: number) =>
  z
    .string()
    .max(max, `Tối đa ${max} ký tự.`)
    // Checked before trimming: trim() would remove a trailing vertical tab or NEL and let it pass unseen.
    .refine((v) => !hasControlChars(v), text.controlChars)
    .transform((v) => v.normalize("NFC").replace(/[\u200B-\u200D\uFEFF]/g, "").trim());

/** Lines typed one per line in a textarea (or sent as a list): empty lines dropped. */
const lines = (maxLines: number, maxLength: number) =>
  z
    .union([z.string().max(maxLines * (maxLength + 2)), z.array(z.string().max(maxLength)).max(maxLines)])
    .transform((v) => (typeof v === "string" ? v.split(/\r?\n/) : v))
    .pipe(z.array(line(maxLength)).max(maxLines, text.tooManyLines))
    .transform((v) => v.filter((x) => x.length > 0));

export const SaveDocumentSettingsSchema = z.object({
  /** The province whose documents these are (checked against the actor's subtree). */
  provinceId: z.uuid("Mã không hợp lệ."),
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

/**
 * Per-document changes made before downloading the Word file (query parameters of the download; each
 * optional, empty = keep the default): number, place, signatory and "Nơi nhận".
 */
export const DocumentOverridesSchema = z.object({
  number: line(60).optional(),
  place: line(60).optional(),
  signerAuthority: line(80).optional(),
  signerTitle: line(80).optional(),
  signerName: line(80).optional(),
  recipients: lines(15, 200).optional(),
});
