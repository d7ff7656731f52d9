import "server-only";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { readUnitSheet } from "./read-unit-sheet";

/**
 * Preview of a units spreadsheet (issue #11 §3): what each row would do (create, update, unchanged) and every
 * row's errors. Writes nothing. Refuses (VALIDATION) a file that is not the template.
 */
export async function previewUnitSheet(actor: Actor, data: Buffer) {
  assertCan(actor, "unit.manage");
  const { units, errors } = await readUnitSheet(actor, data);
  return { units, errors };
}
