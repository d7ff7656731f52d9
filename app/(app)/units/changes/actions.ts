"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { previewMergeContract } from "@/lib/contracts/unit-changes/preview-merge";
import { mergeUnitsContract } from "@/lib/contracts/unit-changes/merge-units";
import { previewConvertContract } from "@/lib/contracts/unit-changes/preview-convert";
import { convertToTwoLevelsContract } from "@/lib/contracts/unit-changes/convert-to-two-levels";
import { renameUnitContract } from "@/lib/contracts/unit-changes/rename-unit";
import { setNewRuralYearContract } from "@/lib/contracts/unit-changes/set-new-rural-year";
import { previewCeaseContract } from "@/lib/contracts/unit-changes/preview-cease";
import { ceaseUnitContract } from "@/lib/contracts/unit-changes/cease-unit";
import { previewSplitContract } from "@/lib/contracts/unit-changes/preview-split";
import { splitUnitContract } from "@/lib/contracts/unit-changes/split-unit";
import { moveUnitContract } from "@/lib/contracts/unit-changes/move-unit";
import { mergeUnits, previewMerge } from "@/lib/server/units/changes/merge";
import { convertToTwoLevels, previewConvertToTwoLevels } from "@/lib/server/units/changes/convert-to-two-levels";
import { renameUnit } from "@/lib/server/units/changes/rename";
import { setNewRuralYear } from "@/lib/server/units/changes/set-new-rural-year";
import { ceaseUnit, previewCease } from "@/lib/server/units/changes/cease";
import { previewSplit, splitUnit } from "@/lib/server/units/changes/split";
import { moveUnit } from "@/lib/server/units/changes/move";

// Administrative changes (issue #12 §1): each preview writes nothing; each apply is one transaction, audited.

export const previewMergeAction = defineAction(previewMergeContract, (actor, input) => previewMerge(actor, input));

export const mergeUnitsAction = defineAction(mergeUnitsContract, async (actor, input) => {
  const r = await mergeUnits(actor, input);
  revalidate("/units/*");
  return { id: r.id, selections: r.selections, users: r.users };
});

export const previewConvertAction = defineAction(previewConvertContract, (actor, input) =>
  previewConvertToTwoLevels(actor, input),
);

export const convertToTwoLevelsAction = defineAction(convertToTwoLevelsContract, async (actor, input) => {
  const r = await convertToTwoLevels(actor, input);
  revalidate("/units/*");
  return r;
});

export const renameUnitAction = defineAction(renameUnitContract, async (actor, input) => {
  const r = await renameUnit(actor, input);
  revalidate("/units/*");
  return r;
});

export const setNewRuralYearAction = defineAction(setNewRuralYearContract, async (actor, input) => {
  const r = await setNewRuralYear(actor, input);
  revalidate("/units/*");
  return r;
});

export const previewCeaseAction = defineAction(previewCeaseContract, (actor, input) => previewCease(actor, input));

export const ceaseUnitAction = defineAction(ceaseUnitContract, async (actor, input) => {
  const r = await ceaseUnit(actor, input);
  revalidate("/units/*");
  return r;
});

export const previewSplitAction = defineAction(previewSplitContract, (actor, input) => previewSplit(actor, input));

export const splitUnitAction = defineAction(splitUnitContract, async (actor, input) => {
  const r = await splitUnit(actor, input);
  revalidate("/units/*");
  return r;
});

export const moveUnitAction = defineAction(moveUnitContract, async (actor, input) => {
  const r = await moveUnit(actor, input);
  revalidate("/units/*");
  return r;
});
