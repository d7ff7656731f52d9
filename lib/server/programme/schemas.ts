import { z } from "zod";
import { Id, Version, requiredText } from "@/lib/contracts/primitives";
import { parseDay } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";
import { viNumberField } from "@/lib/contracts/vi-number";

const programmeText = vi.programme;
/** A calendar day from a form: "yyyy-MM-dd" (input type=date) or dd/MM/yyyy. */
export const DayString = z.string().trim().refine((v) => parseDay(v) !== null, programmeText.invalidDate);

export const PROGRAMME_DATE_FIELDS = [
  "proposalDeadline", "approvalDate", "planDeadline", "focusStart", "focusEnd", "peakStart", "peakEnd",
  "interimReviewDate", "yearEndReviewDeadline", "reportDeadline", "verdictDeadline",
] as const;
export type ProgrammeDateField = (typeof PROGRAMME_DATE_FIELDS)[number];

const base = {
  planNumber: requiredText(50),
  planDate: DayString,
  // Typed as vi-VN text ("15", "12,5"): "1.5" is refused as ambiguous instead of read as 1,5 or 15.
  capPercent: viNumberField({ label: programmeText.capPercent, min: 0.01, max: 100 }),
  passThresholdPercent: viNumberField({ label: programmeText.passThresholdPercent, min: 1, max: 100 }),
  approverTitle: requiredText(120),
  ...Object.fromEntries(PROGRAMME_DATE_FIELDS.map((f) => [f, DayString])) as Record<ProgrammeDateField, typeof DayString>,
};

const ordered = <T extends Record<ProgrammeDateField, string>>(v: T) =>
  parseDay(v.focusStart)! <= parseDay(v.focusEnd)! && parseDay(v.peakStart)! <= parseDay(v.peakEnd)!;

export const OpenProgrammeSchema = z
  .object({ year: z.coerce.number().int().min(2000).max(2200), ...base })
  .refine(ordered, { message: programmeText.dateOrder, path: ["focusEnd"] });
export const UpdateProgrammeSchema = z
  .object({ programmeId: Id, version: Version, ...base })
  .refine(ordered, { message: programmeText.dateOrder, path: ["focusEnd"] });

export type OpenProgrammeInput = z.infer<typeof OpenProgrammeSchema>;
export type UpdateProgrammeInput = z.infer<typeof UpdateProgrammeSchema>;
export type ProgrammeFormValues = z.input<typeof OpenProgrammeSchema>;
