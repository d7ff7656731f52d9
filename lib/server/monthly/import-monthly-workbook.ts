import "server-only";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { getMonthlyEntry } from "./get-monthly-entry";
import { saveMonthlyReport } from "./save-monthly-report";
import { UPLOAD_POLICIES, checkUpload } from "@/lib/uploads/policy";
import { parseMonthlyWorkbook } from "./parse-monthly-workbook";

/**
 * Imports a month from the exported layout: row-by-row error report; when any row is invalid
 * (or a cross-field rule fails) nothing is saved; otherwise one save (one transaction).
 */
export async function importMonthlyWorkbook(
  actor: Actor,
  input: { communeId: string; year: number; month: number; version: number; data: Buffer },
) {
  assertCan(actor, "monthly.enter");
  const entry = await getMonthlyEntry(actor, input.communeId, input.year, input.month);
  // The one upload policy: an .xlsx by its leading bytes (a ZIP package), within the size limit.
  checkUpload(UPLOAD_POLICIES.monthlyWorkbook, { name: "import.xlsx", bytes: input.data });
  const parsed = await parseMonthlyWorkbook(input.data, input, entry.items);
  if (parsed.errors.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const e of parsed.errors) (fieldErrors[`row.${e.row}`] ??= []).push(e.message);
    throw validation(
      vi.monthly.importErrors.replace("{count}", String(new Set(parsed.errors.map((e) => e.row)).size)),
      fieldErrors,
    );
  }
  const saved = await saveMonthlyReport(actor, {
    communeId: input.communeId,
    year: input.year,
    month: input.month,
    version: input.version,
    values: parsed.values,
    submit: false,
  });
  return { ...saved, rows: parsed.values.length };
}
