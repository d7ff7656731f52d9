import { defineContract } from "@/lib/contracts/define-contract";
import { UnitChangePreviewSchema } from "./change-fields";
import { SplitUnitSchema } from "./split-unit";

export const previewSplitContract = defineContract({
  summary: "What splitting a commune would touch; writes nothing.",
  permission: "unit.change",
  input: SplitUnitSchema,
  output: UnitChangePreviewSchema,
});
