import { defineApiContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { UnitLevelSchema } from "@/lib/contracts/outputs";
import { page, PageQuery, UnitRecord } from "./api-fields";

export const listUnitsContract = defineApiContract({
  method: "GET",
  path: "/api/v1/units",
  auth: "bearer",
  summary: "Units of the user's subtree",
  permission: "unit.view",
  query: PageQuery.extend({ parentId: Id.optional(), level: UnitLevelSchema.optional() }),
  output: page(UnitRecord),
  refusals: ["NOT_FOUND"],
});
