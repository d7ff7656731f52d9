import { z } from "zod";
import { Id, Version, boundedInt, requiredText, viText } from "@/lib/contracts/primitives";
import { CreateUserSchema } from "@/lib/server/users/schemas";
import { DayString } from "@/lib/server/programme/schemas";
import { TaskInputSchema } from "@/lib/server/plans/schemas";

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
