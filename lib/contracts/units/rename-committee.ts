import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, hasControlChars } from "@/lib/contracts/primitives";
import { input as m } from "@/lib/i18n/vi/input";

/** A unit's steering committee name, edited after the import generated it. */
export const CommitteeNameSchema = z.object({
  unitId: Id,
  committeeName: z
    .string()
    .refine((s) => !hasControlChars(s), m.controlChars)
    .transform((s) => s.normalize("NFC").replace(/[\u200B-\u200D\uFEFF]/g, "").replace(/\s+/g, " ").trim())
    .pipe(z.string().min(5, "Tên Ban Chỉ đạo quá ngắn.").max(200, "Tên Ban Chỉ đạo tối đa 200 ký tự.")),
});
export type CommitteeNameInput = z.infer<typeof CommitteeNameSchema>;

export const renameCommitteeContract = defineContract({
  summary: "Renames a unit's steering committee (Ban Chỉ đạo), spaces collapsed.",
  permission: "unit.manage",
  input: CommitteeNameSchema,
  output: z.object({ id: z.string(), committeeName: z.string() }),
});
