import { defineApiContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { IndicatorRecord, page, PageQuery } from "./api-fields";

export const listIndicatorsContract = defineApiContract({
  method: "GET",
  path: "/api/v1/indicators",
  auth: "bearer",
  summary: "Indicator catalogue of the user's province(s)",
  permission: "unit.view",
  query: PageQuery.extend({ provinceId: Id.optional() }),
  output: page(IndicatorRecord),
  refusals: ["NOT_FOUND"],
});
