import { z } from "zod";
import { line, lines } from "./document-fields";

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
