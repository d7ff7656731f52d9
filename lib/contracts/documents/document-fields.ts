import { z } from "zod";
import { viText } from "@/lib/contracts/primitives";
import { documents as text } from "@/lib/i18n/vi/documents";

/** One line of text: the shared vi-VN text field (NFC, zero-width removed, trimmed, control characters refused). */
export const line = (max: number) => viText(max);

/** Lines typed one per line in a textarea (or sent as a list): empty lines dropped. */
export const lines = (maxLines: number, maxLength: number) =>
  z
    .union([z.string().max(maxLines * (maxLength + 2)), z.array(z.string().max(maxLength)).max(maxLines)])
    .transform((v) => (typeof v === "string" ? v.split(/\r?\n/) : v))
    .pipe(z.array(line(maxLength)).max(maxLines, text.tooManyLines))
    .transform((v) => v.filter((x) => x.length > 0));
