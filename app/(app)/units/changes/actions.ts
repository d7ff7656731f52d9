"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { mergeUnits, previewMerge } from "@/lib/server/units/changes/merge";
import { convertToTwoLevels, previewConvertToTwoLevels } from "@/lib/server/units/changes/convert-to-two-levels";
import { renameUnit } from "@/lib/server/units/changes/rename";
import { setNewRuralYear } from "@/lib/server/units/changes/set-new-rural-year";
import { ceaseUnit, previewCease } from "@/lib/server/units/changes/cease";
import { previewSplit, splitUnit } from "@/lib/server/units/changes/split";
import { moveUnit } from "@/lib/server/units/changes/move";
import {
  CeaseUnitSchema, ConvertProvinceSchema, MergeUnitsSchema, MoveUnitSchema, RenameUnitSchema, SetNewRuralYearSchema, SplitUnitSchema,
} from "@/lib/server/units/changes/schemas";

// Administrative changes (issue #12 §1): each preview writes nothing; each apply is one transaction, audited.

export const previewMergeAction = defineAction("unit.change", MergeUnitsSchema, (actor, input) => previewMerge(actor, input));

export const mergeUnitsAction = defineAction("unit.change", MergeUnitsSchema, async (actor, input) => {
  const result = await mergeUnits(actor, input);
  revalidate("/units/*");
  return { id: result.id, selections: result.selections, users: result.users };
});

export const previewConvertAction = defineAction("unit.change", ConvertProvinceSchema, (actor, input) => previewConvertToTwoLevels(actor, input));

export const convertToTwoLevelsAction = defineAction("unit.change", ConvertProvinceSchema, async (actor, input) => {
  const result = await convertToTwoLevels(actor, input);
  revalidate("/units/*");
  return result;
});

export const renameUnitAction = defineAction("unit.change", RenameUnitSchema, async (actor, input) => {
  const result = await renameUnit(actor, input);
  revalidate("/units/*");
  return result;
});

export const setNewRuralYearAction = defineAction("unit.change", SetNewRuralYearSchema, async (actor, input) => {
  const result = await setNewRuralYear(actor, input);
  revalidate("/units/*");
  return result;
});

export const previewCeaseAction = defineAction("unit.change", CeaseUnitSchema, (actor, input) => previewCease(actor, input));

export const ceaseUnitAction = defineAction("unit.change", CeaseUnitSchema, async (actor, input) => {
  const result = await ceaseUnit(actor, input);
  revalidate("/units/*");
  return result;
});

export const previewSplitAction = defineAction("unit.change", SplitUnitSchema, (actor, input) => previewSplit(actor, input));

export const splitUnitAction = defineAction("unit.change", SplitUnitSchema, async (actor, input) => {
  const result = await splitUnit(actor, input);
  revalidate("/units/*");
  return result;
});

export const moveUnitAction = defineAction("unit.change", MoveUnitSchema, async (actor, input) => {
  const result = await moveUnit(actor, input);
  revalidate("/units/*");
  return result;
});
