import { z } from "zod";
import { defineApiContract } from "@/lib/contracts/define-contract";
import { RoleSchema, UnitLevelSchema } from "@/lib/contracts/outputs";

export const getMeContract = defineApiContract({
  method: "GET",
  path: "/api/v1/me",
  auth: "bearer",
  summary: "The token's user and unit",
  permission: "api.token",
  output: z.object({
    data: z.object({
      userId: z.string(),
      username: z.string(),
      fullName: z.string(),
      role: RoleSchema,
      unitId: z.string(),
      unitName: z.string(),
      unitLevel: UnitLevelSchema,
      provinceId: z.string().nullable(),
    }),
  }),
});
