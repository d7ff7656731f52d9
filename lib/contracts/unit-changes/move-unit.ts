import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { changeFields } from "./change-fields";

/** Move a commune under another parent of the same province (issue #12 §1). */
export const MoveUnitSchema = z.object({ ...changeFields, unitId: Id, newParentId: Id });
export type MoveUnitInput = z.input<typeof MoveUnitSchema>;

export const moveUnitContract = defineContract({
  summary: "Moves a commune under another parent of its province; its pre-summed totals move with it.",
  permission: "unit.change",
  input: MoveUnitSchema,
  output: z.object({ id: z.string(), parentId: z.string() }),
});
