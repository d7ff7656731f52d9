import { defineApiContract } from "@/lib/contracts/define-contract";
import { one } from "./api-fields";
import { SaveMonthlySchema } from "@/lib/contracts/monthly/save-monthly-report";
import { SaveResultSchema } from "@/lib/contracts/monthly/review-fields";

/** The entry form's operation over the API (also the load benchmark's, scripts/bench/run.ts). */
export const saveMonthlyReportApiContract = defineApiContract({
  method: "POST",
  path: "/api/v1/monthly-reports",
  auth: "bearer",
  summary:
    "Save (or with submit: true, submit) a commune's month, as the entry form does (commune police of that commune)",
  permission: "monthly.enter",
  body: SaveMonthlySchema,
  output: one(SaveResultSchema),
  refusals: ["NOT_FOUND", "CONFLICT"],
});
