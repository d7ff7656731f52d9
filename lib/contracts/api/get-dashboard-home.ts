import { defineApiContract } from "@/lib/contracts/define-contract";
import { DashboardData, DashboardQuery } from "./api-fields";

export const getDashboardHomeContract = defineApiContract({
  method: "GET",
  path: "/api/v1/dashboard/home",
  auth: "bearer",
  summary: "Province home figures (cap, pipeline, targets, reporting, at risk)",
  permission: "dashboard.view",
  query: DashboardQuery,
  output: DashboardData,
  refusals: ["NOT_FOUND"],
});
