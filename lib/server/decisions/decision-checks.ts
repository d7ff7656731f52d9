import "server-only";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { forbidden, validation } from "@/lib/errors";
import { checkDecisionDate } from "@/lib/domain/decision-calendar";
import { fromDbDay } from "@/lib/domain/vn-date";

/** Decisions are the province secretariat's ("proposal.decide" at a province); anyone else is refused. */
export function requireProvinceActor(actor: Actor) {
  assertCan(actor, "proposal.decide");
  if (actor.unitLevel !== "PROVINCE" || !actor.provinceId) throw forbidden();
}

/** Prisma's unique-constraint failure (P2002): a decision number or a selection already taken. */
export function isUniqueViolation(error: unknown) {
  return (error as { code?: string }).code === "P2002";
}

/** The decision's date against the plan it cites and today (lib/domain/decision-calendar.ts): refused with the field named. */
export function requireDecisionDate(
  programme: { planNumber: string; planDate: Date },
  date: Date,
  now: Date,
  amendsDate?: Date | null,
) {
  const refused = checkDecisionDate({
    date,
    planNumber: programme.planNumber,
    planDate: fromDbDay(programme.planDate),
    amendsDate,
    now,
  });
  if (refused) throw validation(refused.message, { date: [refused.message] });
}
