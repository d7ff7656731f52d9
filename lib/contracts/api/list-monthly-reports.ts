import { defineApiContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { ReviewStatusSchema } from "@/lib/contracts/outputs";
import { MonthlyReportRecord, MonthQuery, page, PageQuery, YearQuery } from "./api-fields";

export const listMonthlyReportsContract = defineApiContract({
  method: "GET",
  path: "/api/v1/monthly-reports",
  auth: "bearer",
  summary: "Monthly commune reports and their review status",
  permission: "unit.view",
  query: PageQuery.extend({
    unitId: Id.optional(),
    year: YearQuery.optional(),
    month: MonthQuery.optional(),
    status: ReviewStatusSchema.optional(),
  }),
  output: page(MonthlyReportRecord),
  refusals: ["NOT_FOUND"],
});
