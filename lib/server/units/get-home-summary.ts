import "server-only";
import { db } from "@/lib/db";
import { unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { appNow } from "@/lib/clock";
import { toDbDay } from "@/lib/domain/vn-date";

/** Figures for the home page of any role: the units of its subtree by level. */
export async function getHomeSummary(actor: Actor) {
  const today = appNow();
  // A `date` column compares with a calendar day: today's Vietnam day, not the instant (from 00:00 to 07:00 in
  // Vietnam the instant's UTC date is still yesterday, which counted a unit ceasing today as existing).
  const existing = { ...unitScope(actor), OR: [{ validTo: null }, { validTo: { gt: toDbDay(today) } }] };
  // No "must change password" banner here: such an account never reaches the home page (requirePageActor).
  const [provinces, districts, communes] = await Promise.all([
    db.unit.count({ where: { ...existing, level: "PROVINCE" } }),
    db.unit.count({ where: { ...existing, level: "DISTRICT" } }),
    db.unit.count({ where: { ...existing, level: "COMMUNE" } }),
  ]);
  const counts = [
    { label: "Tỉnh, thành phố", value: provinces },
    { label: "Huyện, thị xã, thành phố thuộc tỉnh", value: districts },
    { label: "Xã, phường, thị trấn", value: communes },
  ].filter((c) => c.value > 0);
  return { counts };
}
