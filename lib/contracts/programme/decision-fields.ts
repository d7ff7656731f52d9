import { DayString, Id, requiredText, viText } from "@/lib/contracts/primitives";

/** The fields of a decision (quyết định) and of an amending one. */
export const decisionFields = {
  programmeId: Id,
  number: requiredText(50),
  date: DayString,
  signatoryName: requiredText(100),
  note: viText(2000).optional(),
};
