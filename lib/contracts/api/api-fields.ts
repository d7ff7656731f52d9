import { z } from "zod";
import { Id } from "@/lib/contracts/primitives";
import { dashboard as dashboardText } from "@/lib/i18n/vi/dashboard";
import { ReviewStatusSchema, UnitKindSchema, UnitLevelSchema } from "@/lib/contracts/outputs";

// Query parameters and records of the data API (/api/v1). Query values arrive as text: numbers are coerced, an
// empty value counts as absent (apiRoute drops it), unknown parameters are ignored.

/** Cursor pagination (keyset on the uuid v7 primary key: stable under inserts). */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().meta({ description: "nextCursor of the previous page" }),
});

/** An integer query value within [min, max] (text coerced; documented as an integer with its range). */
const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** A year filter of the API (the programme years' range, as `Year`). */
export const YearQuery = queryInt(2000, 2100);

/** A month filter of the API. */
export const MonthQuery = queryInt(1, 12);

/** A page of records and the cursor of the next one. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as ?cursor= to get the next page; null on the last page." }),
  });

/** One record. */
export const one = <T extends z.ZodType>(item: T) => z.object({ data: item });

/** A path id: anything else (or a record outside the token's units) answers 404. */
export const IdParams = z.object({ id: z.string().meta({ format: "uuid" }) });

/** The criteria groups of the indicators (domain.md §3), a dashboard filter. */
export const CRITERIA_GROUPS = ["CRIMINAL", "DRUGS", "ECONOMY_ENVIRONMENT", "OTHER"] as const;

/** The dashboard filters, kept in the URL of the pages too (lib/server/dashboards/filters.ts). */
export const DashboardFiltersSchema = z.object({
  year: YearQuery.optional(),
  period: z
    .string()
    .regex(/^(year|half|m([1-9]|1[0-2]))$/, dashboardText.api.badPeriod)
    .optional()
    .meta({ description: "year, half (6-month focus period) or m1..m12" }),
  group: z.enum(CRITERIA_GROUPS).optional(),
});

/** The dashboard filters and the unit to look at (default: the token owner's). */
export const DashboardQuery = DashboardFiltersSchema.extend({ unitId: Id.optional() });

/** The figures of a dashboard view (their shape follows the page's; see the application). */
export const DashboardData = z.object({ data: z.record(z.string(), z.unknown()) });

const day = z.string().nullable().meta({ format: "date" });

export const UnitRecord = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: UnitLevelSchema,
  kind: UnitKindSchema,
  parentId: z.string().nullable(),
  provinceId: z.string().nullable(),
  validFrom: day,
  validTo: day.meta({ description: "first day the unit no longer exists" }),
});

export const IndicatorRecord = z.object({
  id: z.string(),
  provinceId: z.string(),
  code: z.string(),
  name: z.string(),
  group: z.string(),
  kind: z.enum(["COUNT", "BOOLEAN", "RATIO", "REDUCTION", "TEXT"]),
  unitLabel: z.string(),
  lowerIsBetter: z.boolean(),
  aggregation: z.enum(["SUM", "LAST"]),
  targetComparator: z.string().nullable(),
  targetValue: z.number().nullable(),
  numeratorId: z.string().nullable(),
  denominatorId: z.string().nullable(),
  isSelectionCriterion: z.boolean(),
  isResultIndicator: z.boolean(),
  isRequired: z.boolean(),
  validFromPeriod: z.number(),
  validToPeriod: z.number().nullable(),
});

export const MonthlyReportRecord = z.object({
  id: z.string(),
  communeId: z.string(),
  year: z.number(),
  month: z.number(),
  status: ReviewStatusSchema,
  submittedAt: z.date().nullable(),
  reviewedAt: z.date().nullable(),
  returnReason: z.string().nullable(),
  version: z.number(),
});

export const SelectionRecord = z.object({
  id: z.string(),
  communeId: z.string(),
  year: z.number(),
  provinceId: z.string(),
  hotspotTypes: z.array(z.string()),
  status: z.string(),
  decision: z.object({ number: z.string(), date: day, kind: z.string() }),
  plan: z.object({ id: z.string(), number: z.string(), date: day }).nullable(),
  reviews: z.array(z.object({ kind: z.enum(["INTERIM", "YEAR_END"]), status: z.string(), offTrack: z.boolean() })),
});

const verdictValue = z.enum(["PASSED", "NOT_PASSED"]);
export const VerdictRecord = z.object({
  id: z.string(),
  selectionId: z.string(),
  communeId: z.string(),
  year: z.number(),
  stage: z.string(),
  districtProposal: verdictValue.nullable(),
  secretariatProposal: verdictValue.nullable(),
  verdict: verdictValue.nullable(),
  recommendation: verdictValue,
  isOverride: z.boolean(),
  decisionNumber: z.string().nullable(),
  decisionDate: day,
  amendsId: z.string().nullable(),
  issuedAt: z.date().nullable(),
});
