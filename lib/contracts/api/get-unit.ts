import { z } from "zod";
import { defineApiContract } from "@/lib/contracts/define-contract";
import { IdParams, one, UnitRecord } from "./api-fields";

export const getUnitContract = defineApiContract({
  method: "GET",
  path: "/api/v1/units/{id}",
  auth: "bearer",
  summary: "One unit",
  permission: "unit.view",
  params: IdParams,
  output: one(UnitRecord.extend({ committeeName: z.string().nullable(), newRuralYear: z.number().nullable() })),
  refusals: ["NOT_FOUND"],
});
