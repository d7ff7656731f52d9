import { defineApiContract } from "@/lib/contracts/define-contract";
import { IdParams } from "@/lib/contracts/api/api-fields";

export const downloadDecisionWorkbookContract = defineApiContract({
  method: "GET",
  path: "/api/programme/decisions/{id}/xlsx",
  auth: "session",
  summary: "Downloads a decision's list of selected communes as an Excel workbook.",
  permission: "programme.view",
  params: IdParams,
  output: null,
  produces: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  refusals: ["NOT_FOUND"],
});
