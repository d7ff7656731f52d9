"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { mergeUnits, previewMerge } from "@/lib/server/units/changes/merge";
import { convertToTwoLevels, previewConvertToTwoLevels } from "@/lib/server/units/changes/convert-to-two-levels";
import { ConvertProvinceSchema, MergeUnitsSchema } from "@/lib/server/units/changes/schemas";

// Administrative changes (issue #12 §1): each preview writes nothing; each apply is one transaction, audited.

export const previewMergeAction = defineAction("unit.change", MergeUnitsSchema, (actor, input) => previewMerge(actor, input));

export const mergeUnitsAction = defineAction("unit.change", MergeUnitsSchema, async (actor, input) => {
  const r = await mergeUnits(actor, input);
  revalidate("/units/*");
  return { id: r.id, selections: r.selections, users: r.users };
});

export const previewConvertAction = defineAction("unit.change", ConvertProvinceSchema, (actor, input) => previewConvertToTwoLevels(actor, input));

export const convertToTwoLevelsAction = defineAction("unit.change", ConvertProvinceSchema, async (actor, input) => {
  const r = await convertToTwoLevels(actor, input);
  revalidate("/units/*");
  return r;
});
