import { defineApiContract } from "@/lib/contracts/define-contract";
import { DashboardData, DashboardQuery } from "./api-fields";

export const getDashboardTrendsContract = defineApiContract({
  method: "GET",
  path: "/api/v1/dashboard/trends",
  auth: "bearer",
  summary: "Month-by-month key figures of a criteria group, this year vs last year",
  permission: "dashboard.view",
  query: DashboardQuery,
  output: DashboardData,
  refusals: ["NOT_FOUND"],
});
