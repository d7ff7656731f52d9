"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/authz/actor";
import { previewMergeContract } from "@/lib/contracts/unit-changes/preview-merge";
import { mergeUnitsContract } from "@/lib/contracts/unit-changes/merge-units";
import { previewConvertContract } from "@/lib/contracts/unit-changes/preview-convert";
import { convertToTwoLevelsContract } from "@/lib/contracts/unit-changes/convert-to-two-levels";
import { previewRenameContract } from "@/lib/contracts/unit-changes/preview-rename";
import { renameUnitContract } from "@/lib/contracts/unit-changes/rename-unit";
import { previewNewRuralYearContract } from "@/lib/contracts/unit-changes/preview-new-rural-year";
import { setNewRuralYearContract } from "@/lib/contracts/unit-changes/set-new-rural-year";
import { previewCeaseContract } from "@/lib/contracts/unit-changes/preview-cease";
import { ceaseUnitContract } from "@/lib/contracts/unit-changes/cease-unit";
import { previewSplitContract } from "@/lib/contracts/unit-changes/preview-split";
import { splitUnitContract } from "@/lib/contracts/unit-changes/split-unit";
import { previewMoveContract } from "@/lib/contracts/unit-changes/preview-move";
import { moveUnitContract } from "@/lib/contracts/unit-changes/move-unit";
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

// Administrative changes (issue #12 §1): each preview writes nothing; each apply is one transaction, audited, and
// refreshes the unit pages.
const applying =
  <I, R>(change: (actor: Actor, input: I) => Promise<R>) =>
  async (actor: Actor, input: I) => {
    const result = await change(actor, input);
    revalidate("/units/*");
    return result;
  };

export const previewMergeAction = defineAction(previewMergeContract, previewMerge);
export const mergeUnitsAction = defineAction(mergeUnitsContract, applying(mergeUnits));
export const previewConvertAction = defineAction(previewConvertContract, previewConvertToTwoLevels);
export const convertToTwoLevelsAction = defineAction(convertToTwoLevelsContract, applying(convertToTwoLevels));
export const previewRenameAction = defineAction(previewRenameContract, previewRename);
export const renameUnitAction = defineAction(renameUnitContract, applying(renameUnit));
export const previewNewRuralYearAction = defineAction(previewNewRuralYearContract, previewNewRuralYear);
export const setNewRuralYearAction = defineAction(setNewRuralYearContract, applying(setNewRuralYear));
export const previewCeaseAction = defineAction(previewCeaseContract, previewCease);
export const ceaseUnitAction = defineAction(ceaseUnitContract, applying(ceaseUnit));
export const previewSplitAction = defineAction(previewSplitContract, previewSplit);
export const splitUnitAction = defineAction(splitUnitContract, applying(splitUnit));
export const previewMoveAction = defineAction(previewMoveContract, previewMove);
export const moveUnitAction = defineAction(moveUnitContract, applying(moveUnit));
