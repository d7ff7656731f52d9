"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { appNow } from "@/lib/clock";
import { defineAction } from "@/lib/actions/define-action";
import { saveMonthlyReport } from "@/lib/server/monthly/save-monthly-report";
import { acceptMonthlyReport } from "@/lib/server/monthly/accept-monthly-report";
import { bulkAcceptMonthlyReports } from "@/lib/server/monthly/bulk-accept-monthly-reports";
import { grantEntryUnlock } from "@/lib/server/monthly/grant-entry-unlock";
import { returnMonthlyReport } from "@/lib/server/monthly/return-monthly-report";
import { unlockMonthlyReport } from "@/lib/server/monthly/unlock-monthly-report";
import { reviewDistrictReport } from "@/lib/server/monthly/review-district-report";
import { submitDistrictReport } from "@/lib/server/monthly/submit-district-report";
import { importMonthlyWorkbook } from "@/lib/server/monthly/import-monthly-workbook";
import { editIndicator } from "@/lib/server/monthly/edit-indicator";
import {
  BulkAcceptSchema, EditIndicatorSchema, GrantEntryUnlockSchema, ImportMonthlySchema, ReturnMonthlySchema, ReviewDistrictReportSchema,
  ReviewMonthlySchema, SaveMonthlySchema, SubmitDistrictReportSchema, UnlockMonthlySchema,
} from "@/lib/server/monthly/schemas";

const refresh = () => revalidate("/monthly/*");

export const saveMonthlyAction = defineAction("monthly.enter", SaveMonthlySchema, async (actor, input) => {
  const r = await saveMonthlyReport(actor, input);
  refresh();
  return r;
});

export const importMonthlyAction = defineAction("monthly.enter", ImportMonthlySchema, async (actor, input) => {
  const r = await importMonthlyWorkbook(actor, { ...input, data: Buffer.from(input.fileBase64, "base64") });
  refresh();
  return r;
});

export const acceptMonthlyAction = defineAction("monthly.review", ReviewMonthlySchema, async (actor, input) => {
  const r = await acceptMonthlyReport(actor, { reportId: input.reportId, version: input.version });
  refresh();
  return r;
});

export const returnMonthlyAction = defineAction("monthly.review", ReturnMonthlySchema, async (actor, input) => {
  const { reportId, version, reason, correctUntil } = input;
  const r = await returnMonthlyReport(actor, { reportId, version, reason, lastDay: correctUntil }, appNow());
  refresh();
  return r;
});

export const unlockMonthlyAction = defineAction("entry.unlock", UnlockMonthlySchema, async (actor, input) => {
  const { reportId, reason, correctUntil } = input;
  const r = await unlockMonthlyReport(actor, { reportId, reason, lastDay: correctUntil }, appNow());
  refresh();
  return r;
});

export const bulkAcceptAction = defineAction("monthly.review", BulkAcceptSchema, async (actor, input) => {
  const r = await bulkAcceptMonthlyReports(actor, input.reportIds);
  refresh();
  return r;
});

export const grantEntryUnlockAction = defineAction("entry.unlock", GrantEntryUnlockSchema, async (actor, input) => {
  const r = await grantEntryUnlock(actor, input);
  refresh();
  return r;
});

export const submitDistrictReportAction = defineAction("district-report.submit", SubmitDistrictReportSchema, async (actor, input) => {
  const r = await submitDistrictReport(actor, input);
  refresh();
  return r;
});

export const acceptDistrictReportAction = defineAction("monthly.review", ReviewDistrictReportSchema, async (actor, input) => {
  const r = await reviewDistrictReport(actor, input, "ACCEPT");
  refresh();
  return r;
});

export const returnDistrictReportAction = defineAction("monthly.review", ReviewDistrictReportSchema, async (actor, input) => {
  const r = await reviewDistrictReport(actor, input, "RETURN");
  refresh();
  return r;
});

export const editIndicatorAction = defineAction("indicator.manage", EditIndicatorSchema, async (actor, input) => {
  const r = await editIndicator(actor, input);
  refresh();
  return r;
});
