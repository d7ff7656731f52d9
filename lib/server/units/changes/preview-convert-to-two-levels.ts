import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { ConvertProvinceSchema, type ConvertProvinceInput } from "@/lib/contracts/unit-changes/convert-to-two-levels";
import { planConversion } from "./convert-to-two-levels-plan";

/**
 * Preview of a 3-level → 2-level conversion (nothing written): the districts that end, the communes that move under
 * the province, the district accounts (deactivated: a district role has no place in a 2-level province), the
 * district reports not yet accepted and the district proposals still open (they pass to the province).
 */
export async function previewConvertToTwoLevels(actor: Actor, raw: ConvertProvinceInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(ConvertProvinceSchema, raw);
  return db.$transaction(async (tx) => {
    const conversion = await planConversion(tx, actor, input);
    const districts = conversion.districts.map(({ id, code, name }) => ({ id, code, name }));
    return {
      province: { id: conversion.province.id, name: conversion.province.name },
      districts,
      communes: conversion.communes.length,
      users: conversion.impact.users,
      districtReports: conversion.districtReports,
      openProposals: conversion.openProposals,
    };
  });
}
