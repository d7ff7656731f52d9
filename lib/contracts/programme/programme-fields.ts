import { z } from "zod";
import { DayString, requiredText } from "@/lib/contracts/primitives";
import { viNumberField } from "@/lib/contracts/vi-number";
import { parseDay } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";

const text = vi.programme;

export const PROGRAMME_DATE_FIELDS = [
  "proposalDeadline",
  "approvalDate",
  "planDeadline",
  "focusStart",
  "focusEnd",
  "peakStart",
  "peakEnd",
  "interimReviewDate",
  "yearEndReviewDeadline",
  "reportDeadline",
  "verdictDeadline",
] as const;
export type ProgrammeDateField = (typeof PROGRAMME_DATE_FIELDS)[number];

/** The fields a programme year is opened and updated with. */
export const programmeFields = {
  planNumber: requiredText(50),
  planDate: DayString,
  // Typed as vi-VN text ("15", "12,5"): "1.5" is refused as ambiguous instead of read as 1,5 or 15.
  capPercent: viNumberField({ label: text.capPercent, min: 0.01, max: 100 }),
  passThresholdPercent: viNumberField({ label: text.passThresholdPercent, min: 1, max: 100 }),
  approverTitle: requiredText(120),
  ...(Object.fromEntries(PROGRAMME_DATE_FIELDS.map((f) => [f, DayString])) as Record<
    ProgrammeDateField,
    typeof DayString
  >),
};

/** The focus and peak periods each start before they end. */
export const datesInOrder = <T extends Record<ProgrammeDateField, string>>(v: T) =>
  parseDay(v.focusStart)! <= parseDay(v.focusEnd)! && parseDay(v.peakStart)! <= parseDay(v.peakEnd)!;

export const dateOrderError = { message: text.dateOrder, path: ["focusEnd"] };

/** A programme year as the programme operations return it. */
export const ProgrammeRef = z.object({ id: z.string(), year: z.number() });
