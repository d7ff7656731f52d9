import { defineApiContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { z } from "zod";
import { DashboardData, YearQuery } from "./api-fields";

export const getDashboardMapContract = defineApiContract({
  method: "GET",
  path: "/api/v1/dashboard/map",
  auth: "bearer",
  summary: "Tiles of the schematic map with their status",
  permission: "dashboard.view",
  query: z.object({ unitId: Id.optional(), year: YearQuery.optional() }),
  output: DashboardData,
  refusals: ["NOT_FOUND"],
});
