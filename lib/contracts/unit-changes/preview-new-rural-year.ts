import { defineContract } from "@/lib/contracts/define-contract";
import { UnitChangePreviewSchema } from "./change-fields";
import { SetNewRuralYearSchema } from "./set-new-rural-year";

export const previewNewRuralYearContract = defineContract({
  summary: "What setting or clearing a commune's new-rural year would touch; writes nothing.",
  permission: "unit.change",
  input: SetNewRuralYearSchema,
  output: UnitChangePreviewSchema,
});
