"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { previewUnitSheetContract } from "@/lib/contracts/units/preview-unit-sheet";
import { applyUnitSheetContract } from "@/lib/contracts/units/apply-unit-sheet";
import { applyUnitSheet } from "@/lib/server/units/apply-unit-sheet";
import { previewUnitSheet } from "@/lib/server/units/preview-unit-sheet";

export const previewUnitSheetAction = defineAction(previewUnitSheetContract, (actor, input) =>
  previewUnitSheet(actor, Buffer.from(input.fileBase64, "base64")),
);

export const applyUnitSheetAction = defineAction(applyUnitSheetContract, async (actor, input) => {
  const result = await applyUnitSheet(actor, Buffer.from(input.fileBase64, "base64"));
  revalidate("/units/*");
  return result;
});
