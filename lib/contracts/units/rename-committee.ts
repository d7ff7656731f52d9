import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, viText } from "@/lib/contracts/primitives";

/** A unit's steering committee name, edited after the import generated it. */
export const CommitteeNameSchema = z.object({
  unitId: Id,
  committeeName: viText(1000, { maxMessage: "Tên Ban Chỉ đạo tối đa 200 ký tự." })
    // Spaces and line breaks collapse: the name is one line in every document header.
    .transform((s) => s.replace(/\s+/g, " "))
    .pipe(z.string().min(5, "Tên Ban Chỉ đạo quá ngắn.").max(200, "Tên Ban Chỉ đạo tối đa 200 ký tự.")),
});
export type CommitteeNameInput = z.infer<typeof CommitteeNameSchema>;

export const renameCommitteeContract = defineContract({
  summary: "Renames a unit's steering committee (Ban Chỉ đạo), spaces collapsed.",
  permission: "unit.manage",
  input: CommitteeNameSchema,
  output: z.object({ id: z.string(), committeeName: z.string() }),
});
