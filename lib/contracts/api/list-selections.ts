import { defineApiContract } from "@/lib/contracts/define-contract";
import { page, PageQuery, SelectionRecord, YearQuery } from "./api-fields";

export const listSelectionsContract = defineApiContract({
  method: "GET",
  path: "/api/v1/selections",
  auth: "bearer",
  summary: "Communes selected for transformation, with plan and review status",
  permission: "unit.view",
  query: PageQuery.extend({ year: YearQuery.optional() }),
  output: page(SelectionRecord),
});
