import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { maxSelectable } from "@/lib/domain/selection-cap";
import { toDbDay, vnDay } from "@/lib/domain/vn-date";
import { appNow } from "@/lib/clock";
import { existingCommuneCount } from "@/lib/server/decisions/cap";

/** The default cap of a new programme (Programme.capPercent's default; seed 002 mục II.2: at most 15%). */
const DEFAULT_CAP_PERCENT = 15;

export interface SetupChecklist {
  provinceId: string;
  complete: boolean;
  committees: { done: boolean; missing: number };
  catalogue: { done: boolean; indicators: number };
  programme: { done: boolean; year: number; opened: boolean; capPercent: number; communes: number; max: number };
  accounts: { done: boolean; missing: number; byDistrict: { name: string; missing: number }[] };
}

/**
 * The province secretariat's set-up checklist (issue #11 §6), shown on its home until complete: every unit in
 * force has a committee name; the province has its indicator catalogue; next year's programme is opened (its
 * cap and dates set), with the cap computed now on the communes in force on 1 January of that year (seed 002
 * mục II.2, `existingCommuneCount`); every commune in force has an active account, with the communes still
 * without one counted per district (or per province in a 2-level province). Null for any other actor.
 */
export async function getSetupChecklist(actor: Actor, now = appNow()): Promise<SetupChecklist | null> {
  if (actor.role !== "PROVINCE_SECRETARIAT" || actor.unitLevel !== "PROVINCE" || !actor.provinceId) return null;
  const provinceId = actor.provinceId;
  const year = vnDay(now).year + 1;
  const today = toDbDay(now);
  const current = { OR: [{ validTo: null }, { validTo: { gt: today } }] };
  const [missingCommittees, indicators, programme, communes, withoutAccount] = await Promise.all([
    db.unit.count({
      where: { lineage: { has: provinceId }, AND: [current, { OR: [{ committeeName: null }, { committeeName: "" }] }] },
    }),
    db.indicator.count({ where: { provinceId } }),
    db.programme.findUnique({ where: { provinceId_year: { provinceId, year } }, select: { capPercent: true } }),
    existingCommuneCount(db, provinceId, new Date(Date.UTC(year, 0, 1))),
    db.unit.findMany({
      where: { provinceId, level: "COMMUNE", ...current, users: { none: { isActive: true } } },
      select: { parent: { select: { name: true, level: true } } },
    }),
  ]);
  const capPercent = programme ? Number(programme.capPercent) : DEFAULT_CAP_PERCENT;
  const byParent = new Map<string, number>();
  for (const unit of withoutAccount) {
    const name = unit.parent?.level === "DISTRICT" ? unit.parent.name : "";
    byParent.set(name, (byParent.get(name) ?? 0) + 1);
  }
  const checklist: Omit<SetupChecklist, "complete"> = {
    provinceId,
    committees: { done: missingCommittees === 0, missing: missingCommittees },
    catalogue: { done: indicators > 0, indicators },
    programme: {
      done: programme !== null,
      year,
      opened: programme !== null,
      capPercent,
      communes,
      max: maxSelectable(capPercent, communes),
    },
    accounts: {
      done: withoutAccount.length === 0,
      missing: withoutAccount.length,
      byDistrict: [...byParent]
        .map(([name, missing]) => ({ name, missing }))
        .sort((a, b) => a.name.localeCompare(b.name, "vi")),
    },
  };
  const complete =
    checklist.committees.done && checklist.catalogue.done && checklist.programme.done && checklist.accounts.done;
  return { ...checklist, complete };
}
