"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { renameCommittee } from "@/lib/server/units/rename-committee";
import { searchUnits } from "@/lib/server/units/search-units";
import { CommitteeNameSchema, UnitSearchSchema } from "@/lib/server/units/schemas";

/** The one unit search every picker calls (units tree, user creation, proposals, dashboards). */
export const searchUnitsAction = defineAction("unit.view", UnitSearchSchema, (actor, input) => searchUnits(actor, input));

export const renameCommitteeAction = defineAction("unit.manage", CommitteeNameSchema, async (actor, input) => {
  const result = await renameCommittee(actor, input);
  revalidate(`/units/${result.id}`);
  return result;
});
