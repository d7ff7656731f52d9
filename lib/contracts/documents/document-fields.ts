import { z } from "zod";
import { hasControlChars } from "@/lib/contracts/primitives";
import { documents as s } from "@/lib/i18n/vi/documents";

/** One line of text: NFC, zero-width characters removed, trimmed; control characters refused. */
export const line = (max: number) =>
  z
    .string()
    .max(max, `Tối đa ${max} ký tự.`)
    // Checked before trimming: trim() would remove a trailing vertical tab or NEL and let it pass unseen.
    .refine((v) => !hasControlChars(v), s.controlChars)
    .transform((v) => v.normalize("NFC").replace(/[\u200B-\u200D\uFEFF]/g, "").trim());

/** Lines typed one per line in a textarea (or sent as a list): empty lines dropped. */
export const lines = (maxLines: number, maxLength: number) =>
  z
    .union([z.string().max(maxLines * (maxLength + 2)), z.array(z.string().max(maxLength)).max(maxLines)])
    .transform((v) => (typeof v === "string" ? v.split(/\r?\n/) : v))
    .pipe(z.array(line(maxLength)).max(maxLines, s.tooManyLines))
    .transform((v) => v.filter((x) => x.length > 0));
