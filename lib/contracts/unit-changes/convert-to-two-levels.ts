import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { changeFields, UsersOutcome } from "./change-fields";

/** Convert a whole 3-level province to 2 levels (issue #12 §1): its districts end, its communes move under it. */
export const ConvertProvinceSchema = z.object({ ...changeFields, provinceId: Id });
export type ConvertProvinceInput = z.input<typeof ConvertProvinceSchema>;

export const convertToTwoLevelsContract = defineContract({
  summary: "Ends a province's districts and moves their communes under the province (3 → 2 levels).",
  permission: "unit.change",
  input: ConvertProvinceSchema,
  output: z.object({ districts: z.number(), communes: z.number(), users: UsersOutcome }),
});
