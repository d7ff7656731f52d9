"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { searchUnitsContract } from "@/lib/contracts/units/search-units";
import { renameCommitteeContract } from "@/lib/contracts/units/rename-committee";
import { renameCommittee } from "@/lib/server/units/rename-committee";
import { searchUnits } from "@/lib/server/units/search-units";

/** The one unit search every picker calls (units tree, user creation, proposals, dashboards). */
export const searchUnitsAction = defineAction(searchUnitsContract, (actor, input) => searchUnits(actor, input));

export const renameCommitteeAction = defineAction(renameCommitteeContract, async (actor, input) => {
  const result = await renameCommittee(actor, input);
  revalidate(`/units/${result.id}`);
  return result;
});
