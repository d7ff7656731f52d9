import { defineContract } from "@/lib/contracts/define-contract";
import { UnitChangePreviewSchema } from "./change-fields";
import { MoveUnitSchema } from "./move-unit";

export const previewMoveContract = defineContract({
  summary: "What moving a unit to another parent would touch, or why it is refused; writes nothing.",
  permission: "unit.change",
  input: MoveUnitSchema,
  output: UnitChangePreviewSchema,
});
