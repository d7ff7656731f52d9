import "server-only";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { appNow } from "@/lib/clock";
import { requireReportInScope } from "./report-in-scope";
import { returnMonthlyReport } from "./return-monthly-report";

/** What `unlockMonthlyReport` takes besides the actor. */
export type UnlockMonthlyReportOptions = { reportId: string; reason: string; lastDay?: Date };

/** Unlock of accepted (locked) data: needs a reason, audited, totals adjusted in the same transaction; see `returnMonthlyReport`. */
export async function unlockMonthlyReport(
  actor: Actor,
  { reportId, reason, lastDay }: UnlockMonthlyReportOptions,
  now = appNow(),
) {
  assertCan(actor, "entry.unlock");
  const report = await requireReportInScope(actor, reportId);
  if (report.status !== "ACCEPTED") throw validation("Chỉ mở khóa được số liệu đã tiếp nhận.");
  return returnMonthlyReport(actor, { reportId, version: report.version, reason, lastDay }, now);
}
