import { z } from "zod";
import { Id, Version, boundedInt, requiredText, viText } from "@/lib/contracts/primitives";
import { CreateUserSchema } from "@/lib/server/users/schemas";
import { DayString } from "@/lib/server/programme/schemas";
import { TaskInputSchema } from "@/lib/server/plans/schemas";
import { viNumberField } from "@/lib/contracts/vi-number";
import { FUNDING_AMOUNT_MAX, FUNDING_SOURCES } from "@/lib/domain/funding";

// Forms and actions of the committee's member agencies (issue #18). Client-safe.

export const AgencyKindSchema = z.enum(["DEPARTMENT", "MASS_ORGANISATION", "JUDICIAL"]);

const agencyFields = { name: requiredText(200), shortName: requiredText(30), kind: AgencyKindSchema };

export const CreateAgencySchema = z.object(agencyFields);
/** `isActive` false keeps the agency's tasks and accounts but hides it from new assignments. */
export const UpdateAgencySchema = z.object({ agencyId: Id, version: Version, ...agencyFields, isActive: z.boolean() });
/** An account of the agency's own (role AGENCY_MEMBER, unit: the agency's province). */
export const CreateAgencyAccountSchema = CreateUserSchema.pick({ username: true, fullName: true, password: true }).extend({ agencyId: Id });

export type CreateAgencyInput = z.infer<typeof CreateAgencySchema>;
export type UpdateAgencyInput = z.infer<typeof UpdateAgencySchema>;
export type CreateAgencyAccountInput = z.infer<typeof CreateAgencyAccountSchema>;

/** The province's own plan of a year (issue #18 §2); `copyLastYear` starts it with last year's tasks. */
export const CreateProvincePlanSchema = z.object({ year: boundedInt(2000, 2200), number: requiredText(50), date: DayString, copyLastYear: z.boolean() });
export const AddProvincePlanTaskSchema = TaskInputSchema.extend({ provincePlanId: Id });

export type CreateProvincePlanInput = z.infer<typeof CreateProvincePlanSchema>;
export type AddProvincePlanTaskInput = z.infer<typeof AddProvincePlanTaskSchema>;

/** Issue #18 §3: the reporter's (its agency's or committee's) yearly result report of a programme year. */
export const SubmitYearlyReportSchema = z.object({ year: boundedInt(2000, 2200), narrative: requiredText(20_000) });
/** The standing office accepts, or returns with a reason (also an accepted report: undoing the acceptance). */
export const DecideYearlyReportSchema = z.object({ reportId: Id, version: Version, decision: z.enum(["ACCEPT", "RETURN"]), reason: viText(2000).optional() });

export type SubmitYearlyReportInput = z.infer<typeof SubmitYearlyReportSchema>;
export type DecideYearlyReportInput = z.infer<typeof DecideYearlyReportSchema>;

/** Issue #18 §4: a decided commune's funding of its programme year, per source; amounts typed vi-VN ("1.234.567"), whole đồng. */
export const SaveFundingSchema = z.object({
  selectionId: Id,
  rows: z.array(z.object({
    source: z.enum(FUNDING_SOURCES),
    planned: viNumberField({ label: "Kinh phí dự toán", decimals: false, max: FUNDING_AMOUNT_MAX }),
    spent: viNumberField({ label: "Kinh phí đã chi", decimals: false, max: FUNDING_AMOUNT_MAX }),
    /** The row's version when the form was drawn; 0 for a source with no amounts yet. */
    version: Version,
  })).min(1).max(FUNDING_SOURCES.length),
});
export type SaveFundingInput = z.infer<typeof SaveFundingSchema>;
export type SaveFundingValues = z.input<typeof SaveFundingSchema>;

/** Issue #18 §5: the province's year-end report to the ministry (results; difficulties; proposals). */
export const SubmitProvinceReportSchema = z.object({
  year: boundedInt(2000, 2200), results: requiredText(20_000), difficulties: requiredText(10_000), proposals: requiredText(10_000),
});
/** The ministry receives a province's report or returns it with a reason. */
export const DecideProvinceReportSchema = z.object({ reportId: Id, version: Version, decision: z.enum(["RECEIVE", "RETURN"]), reason: viText(2000).optional() });

export type SubmitProvinceReportInput = z.infer<typeof SubmitProvinceReportSchema>;
export type DecideProvinceReportInput = z.infer<typeof DecideProvinceReportSchema>;
