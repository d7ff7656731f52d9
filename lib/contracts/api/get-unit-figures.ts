import { z } from "zod";
import { defineApiContract } from "@/lib/contracts/define-contract";
import { UnitLevelSchema } from "@/lib/contracts/outputs";
import { DashboardFiltersSchema, IdParams } from "./api-fields";

const Coverage = z.object({ covered: z.number().int(), expected: z.number().int() });

export const getUnitFiguresContract = defineApiContract({
  method: "GET",
  path: "/api/v1/units/{id}/figures",
  auth: "bearer",
  summary: "Indicator values of a unit (and the units below it) for a period",
  description:
    "Indicator values of a unit over a period: counts summed (flows) or latest month (stocks); percentages from " +
    "summed numerators and denominators; reductions vs the same months last year, like with like (only communes' " +
    "months accepted in both years; `coverage` = communes covered / expected; `achieved` null while incomplete).",
  permission: "dashboard.view",
  params: IdParams,
  query: DashboardFiltersSchema,
  output: z.object({
    data: z.object({
      unit: z.object({ id: z.string(), name: z.string(), level: UnitLevelSchema }),
      year: z.number(),
      period: z.unknown(),
      months: z.array(z.unknown()),
      indicators: z.array(
        z.looseObject({
          id: z.string(),
          code: z.string(),
          name: z.string(),
          group: z.string(),
          kind: z.string(),
          value: z.number().nullable().optional(),
          achieved: z.boolean().nullable().optional(),
          coverage: Coverage.optional(),
        }),
      ),
      children: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          level: UnitLevelSchema,
          values: z.record(z.string(), z.unknown()),
          coverage: z.record(z.string(), z.unknown()),
        }),
      ),
    }),
  }),
  refusals: ["NOT_FOUND"],
});
