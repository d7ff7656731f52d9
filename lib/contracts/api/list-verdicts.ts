import { defineApiContract } from "@/lib/contracts/define-contract";
import { page, PageQuery, VerdictRecord, YearQuery } from "./api-fields";

export const listVerdictsContract = defineApiContract({
  method: "GET",
  path: "/api/v1/verdicts",
  auth: "bearer",
  summary: "Verdicts (chuyển hóa đạt / chưa đạt)",
  permission: "unit.view",
  query: PageQuery.extend({ year: YearQuery.optional() }),
  output: page(VerdictRecord),
});
