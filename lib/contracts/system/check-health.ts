import { z } from "zod";
import { defineApiContract } from "@/lib/contracts/define-contract";

export const checkHealthContract = defineApiContract({
  method: "GET",
  path: "/api/health",
  auth: "public",
  summary: "Load-balancer probe: the instance is up and reaches the database (503 when it does not).",
  permission: null,
  output: z.object({ status: z.enum(["ok", "database-unavailable"]) }),
});
