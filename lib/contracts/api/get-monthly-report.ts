import { z } from "zod";
import { defineApiContract } from "@/lib/contracts/define-contract";
import { IdParams, MonthlyReportRecord, one } from "./api-fields";

export const getMonthlyReportContract = defineApiContract({
  method: "GET",
  path: "/api/v1/monthly-reports/{id}",
  auth: "bearer",
  summary: "One monthly report with its values",
  permission: "unit.view",
  params: IdParams,
  output: one(
    MonthlyReportRecord.extend({
      values: z.array(
        z.object({
          indicatorId: z.string(),
          numValue: z.number().nullable(),
          boolValue: z.boolean().nullable(),
          textValue: z.string().nullable(),
          comment: z.string().nullable(),
          updatedAt: z.date(),
        }),
      ),
    }),
  ),
  refusals: ["NOT_FOUND"],
});
