"use server";

import { defineAction } from "@/lib/actions/define-action";
import { searchUnits } from "@/lib/server/units/search-units";
import { UnitSearchSchema } from "@/lib/server/units/schemas";

/** The one unit search every picker calls (units tree, user creation, proposals, dashboards). */
export const searchUnitsAction = defineAction("unit.view", UnitSearchSchema, (actor, input) => searchUnits(actor, input));
