import "server-only";
import { db } from "@/lib/db";
import { unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { appNow } from "@/lib/clock";

/** Figures for the home page of any role: the units of its subtree by level. */
export async function getHomeSummary(actor: Actor) {
  const today = appNow();
  const existing = { ...unitScope(actor), OR: [{ validTo: null }, { validTo: { gt: today } }] };
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
