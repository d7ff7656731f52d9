import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Version } from "@/lib/contracts/primitives";
import { viNumberField } from "@/lib/contracts/vi-number";
import { FUNDING_AMOUNT_MAX, FUNDING_SOURCES } from "@/lib/domain/funding";

/** Issue #18 §4: a decided commune's funding of its programme year, per source; amounts typed vi-VN, whole đồng. */
export const SaveFundingSchema = z.object({
  selectionId: Id,
  rows: z
    .array(
      z.object({
        source: z.enum(FUNDING_SOURCES),
        planned: viNumberField({ label: "Kinh phí dự toán", decimals: false, max: FUNDING_AMOUNT_MAX }),
        spent: viNumberField({ label: "Kinh phí đã chi", decimals: false, max: FUNDING_AMOUNT_MAX }),
        /** The row's version when the form was drawn; 0 for a source with no amounts yet. */
        version: Version,
      }),
    )
    .min(1)
    .max(FUNDING_SOURCES.length),
});
export type SaveFundingInput = z.infer<typeof SaveFundingSchema>;
export type SaveFundingValues = z.input<typeof SaveFundingSchema>;

export const saveFundingContract = defineContract({
  summary: "Saves a decided commune's planned and spent funding of its programme year, per source.",
  permission: "funding.manage",
  input: SaveFundingSchema,
  output: z.object({ selectionId: z.string() }),
});
