import { defineContract } from "@/lib/contracts/define-contract";
import { UnitChangePreviewSchema } from "./change-fields";
import { CeaseUnitSchema } from "./cease-unit";

export const previewCeaseContract = defineContract({
  summary: "What ending a unit would touch; writes nothing.",
  permission: "unit.change",
  input: CeaseUnitSchema,
  output: UnitChangePreviewSchema,
});
