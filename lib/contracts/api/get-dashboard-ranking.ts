import { defineApiContract } from "@/lib/contracts/define-contract";
import { DashboardData, DashboardQuery } from "./api-fields";

export const getDashboardRankingContract = defineApiContract({
  method: "GET",
  path: "/api/v1/dashboard/ranking",
  auth: "bearer",
  summary: "Units and selected communes ranked by indicators achieved",
  permission: "dashboard.view",
  query: DashboardQuery,
  output: DashboardData,
  refusals: ["NOT_FOUND"],
});
