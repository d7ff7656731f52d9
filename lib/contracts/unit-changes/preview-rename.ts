import { defineContract } from "@/lib/contracts/define-contract";
import { UnitChangePreviewSchema } from "./change-fields";
import { RenameUnitSchema } from "./rename-unit";

export const previewRenameContract = defineContract({
  summary: "What renaming a unit would touch and say; writes nothing.",
  permission: "unit.change",
  input: RenameUnitSchema,
  output: UnitChangePreviewSchema,
});
