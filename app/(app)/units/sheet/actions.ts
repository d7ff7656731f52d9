"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { applyUnitSheet } from "@/lib/server/units/apply-unit-sheet";
import { previewUnitSheet } from "@/lib/server/units/preview-unit-sheet";
import { SheetUploadSchema } from "@/lib/server/sheet-upload-schema";

export const previewUnitSheetAction = defineAction("unit.manage", SheetUploadSchema, (actor, input) =>
  previewUnitSheet(actor, Buffer.from(input.fileBase64, "base64")),
);

export const applyUnitSheetAction = defineAction("unit.manage", SheetUploadSchema, async (actor, input) => {
  const result = await applyUnitSheet(actor, Buffer.from(input.fileBase64, "base64"));
  revalidate("/units/*");
  return result;
});
