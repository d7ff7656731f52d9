import { z } from "zod";
import { Id, Version, requiredText } from "@/lib/contracts/primitives";
import { parseDay } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";

const s = vi.programme;
/** A calendar day from a form: "yyyy-MM-dd" (input type=date) or dd/MM/yyyy. */
export const DayString = z.string().trim().refine((v) => parseDay(v) !== null, s.invalidDate);

export const PROGRAMME_DATE_FIELDS = [
  "proposalDeadline", "approvalDate", "planDeadline", "focusStart", "focusEnd", "peakStart", "peakEnd",
  "interimReviewDate", "yearEndReviewDeadline", "reportDeadline", "verdictDeadline",
] as const;
export type ProgrammeDateField = (typeof PROGRAMME_DATE_FIELDS)[number];

const base = {
  planNumber: requiredText(50),
  planDate: DayString,
  capPercent: z.coerce.number().min(0.01, "Giới hạn phải lớn hơn 0.").max(100, "Giới hạn tối đa 100%."),
  passThresholdPercent: z.coerce.number().min(1).max(100),
  approverTitle: requiredText(120),
  ...Object.fromEntries(PROGRAMME_DATE_FIELDS.map((f) => [f, DayString])) as Record<ProgrammeDateField, typeof DayString>,
};

const ordered = <T extends Record<ProgrammeDateField, string>>(v: T) =>
  parseDay(v.focusStart)! <= parseDay(v.focusEnd)! && parseDay(v.peakStart)! <= parseDay(v.peakEnd)!;

export const OpenProgrammeSchema = z
  .object({ year: z.coerce.number().int().min(2000).max(2200), ...base })
  .refine(ordered, { message: s.dateOrder, path: ["focusEnd"] });
export const UpdateProgrammeSchema = z
  .object({ programmeId: Id, version: Version, ...base })
  .refine(ordered, { message: s.dateOrder, path: ["focusEnd"] });

export type OpenProgrammeInput = z.infer<typeof OpenProgrammeSchema>;
export type UpdateProgrammeInput = z.infer<typeof UpdateProgrammeSchema>;
export type ProgrammeFormValues = z.input<typeof OpenProgrammeSchema>;
