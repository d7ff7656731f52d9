"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { applyOfficialImport } from "@/lib/server/units/apply-official-import";
import { OfficialImportSchema } from "@/lib/server/units/schemas";

export const importOfficialProvinceAction = defineAction("unit.import", OfficialImportSchema, async (actor, input) => {
  const result = await applyOfficialImport(actor, input);
  revalidate("/units/*");
  return result;
});
