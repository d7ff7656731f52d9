"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/authz/actor";
import { mergeUnits } from "@/lib/server/units/changes/merge";
import { previewMerge } from "@/lib/server/units/changes/preview-merge";
import { convertToTwoLevels } from "@/lib/server/units/changes/convert-to-two-levels";
import { previewConvertToTwoLevels } from "@/lib/server/units/changes/preview-convert-to-two-levels";
import { renameUnit } from "@/lib/server/units/changes/rename";
import { previewRename } from "@/lib/server/units/changes/preview-rename";
import { setNewRuralYear } from "@/lib/server/units/changes/set-new-rural-year";
import { previewNewRuralYear } from "@/lib/server/units/changes/preview-new-rural-year";
import { ceaseUnit } from "@/lib/server/units/changes/cease";
import { previewCease } from "@/lib/server/units/changes/preview-cease";
import { splitUnit } from "@/lib/server/units/changes/split";
import { previewSplit } from "@/lib/server/units/changes/preview-split";
import { moveUnit } from "@/lib/server/units/changes/move";
import { previewMove } from "@/lib/server/units/changes/preview-move";
import {
  CeaseUnitSchema, ConvertProvinceSchema, MergeUnitsSchema, MoveUnitSchema, RenameUnitSchema, SetNewRuralYearSchema, SplitUnitSchema,
} from "@/lib/server/units/changes/schemas";

// Administrative changes (issue #12 §1): each preview writes nothing; each apply is one transaction, audited, and
// refreshes the unit pages.
const applying = <I, R>(change: (actor: Actor, input: I) => Promise<R>) => async (actor: Actor, input: I) => {
  const result = await change(actor, input);
  revalidate("/units/*");
  return result;
};

export const previewMergeAction = defineAction("unit.change", MergeUnitsSchema, previewMerge);
export const mergeUnitsAction = defineAction("unit.change", MergeUnitsSchema, applying(mergeUnits));
export const previewConvertAction = defineAction("unit.change", ConvertProvinceSchema, previewConvertToTwoLevels);
export const convertToTwoLevelsAction = defineAction("unit.change", ConvertProvinceSchema, applying(convertToTwoLevels));
export const previewRenameAction = defineAction("unit.change", RenameUnitSchema, previewRename);
export const renameUnitAction = defineAction("unit.change", RenameUnitSchema, applying(renameUnit));
export const previewNewRuralYearAction = defineAction("unit.change", SetNewRuralYearSchema, previewNewRuralYear);
export const setNewRuralYearAction = defineAction("unit.change", SetNewRuralYearSchema, applying(setNewRuralYear));
export const previewCeaseAction = defineAction("unit.change", CeaseUnitSchema, previewCease);
export const ceaseUnitAction = defineAction("unit.change", CeaseUnitSchema, applying(ceaseUnit));
export const previewSplitAction = defineAction("unit.change", SplitUnitSchema, previewSplit);
export const splitUnitAction = defineAction("unit.change", SplitUnitSchema, applying(splitUnit));
export const previewMoveAction = defineAction("unit.change", MoveUnitSchema, previewMove);
export const moveUnitAction = defineAction("unit.change", MoveUnitSchema, applying(moveUnit));
