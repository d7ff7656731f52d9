"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { importOfficialProvinceContract } from "@/lib/contracts/units/import-official-province";
import { applyOfficialImport } from "@/lib/server/units/apply-official-import";

export const importOfficialProvinceAction = defineAction(importOfficialProvinceContract, async (actor, input) => {
  const result = await applyOfficialImport(actor, input);
  revalidate("/units/*");
  return result;
});
