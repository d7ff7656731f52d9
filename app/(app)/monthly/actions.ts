"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { appNow } from "@/lib/clock";
import { defineAction } from "@/lib/actions/define-action";
import { saveMonthlyReport } from "@/lib/server/monthly/save-monthly-report";
import { acceptMonthlyReport, bulkAcceptMonthlyReports, grantEntryUnlock, returnMonthlyReport, unlockMonthlyReport } from "@/lib/server/monthly/review-monthly-report";
import { reviewDistrictReport, submitDistrictReport } from "@/lib/server/monthly/district-report";
import { importMonthlyWorkbook } from "@/lib/server/monthly/excel";
import { editIndicator } from "@/lib/server/monthly/manage-catalogue";
import {
  BulkAcceptSchema, EditIndicatorSchema, GrantEntryUnlockSchema, ImportMonthlySchema, ReturnMonthlySchema, ReviewDistrictReportSchema,
  ReviewMonthlySchema, SaveMonthlySchema, SubmitDistrictReportSchema, UnlockMonthlySchema,
} from "@/lib/server/monthly/schemas";

const refresh = () => revalidate("/monthly/*");

export const saveMonthlyAction = defineAction("monthly.enter", SaveMonthlySchema, async (actor, input) => {
  const result = await saveMonthlyReport(actor, input);
  refresh();
  return result;
});

export const importMonthlyAction = defineAction("monthly.enter", ImportMonthlySchema, async (actor, input) => {
  const result = await importMonthlyWorkbook(actor, { ...input, data: Buffer.from(input.fileBase64, "base64") });
  refresh();
  return result;
});

export const acceptMonthlyAction = defineAction("monthly.review", ReviewMonthlySchema, async (actor, input) => {
  const result = await acceptMonthlyReport(actor, input.reportId, input.version);
  refresh();
  return result;
});

export const returnMonthlyAction = defineAction("monthly.review", ReturnMonthlySchema, async (actor, input) => {
  const result = await returnMonthlyReport(actor, input.reportId, input.version, input.reason, appNow(), input.correctUntil);
  refresh();
  return result;
});

export const unlockMonthlyAction = defineAction("entry.unlock", UnlockMonthlySchema, async (actor, input) => {
  const result = await unlockMonthlyReport(actor, input.reportId, input.reason, appNow(), input.correctUntil);
  refresh();
  return result;
});

export const bulkAcceptAction = defineAction("monthly.review", BulkAcceptSchema, async (actor, input) => {
  const result = await bulkAcceptMonthlyReports(actor, input.reportIds);
  refresh();
  return result;
});

export const grantEntryUnlockAction = defineAction("entry.unlock", GrantEntryUnlockSchema, async (actor, input) => {
  const result = await grantEntryUnlock(actor, input);
  refresh();
  return result;
});

export const submitDistrictReportAction = defineAction("district-report.submit", SubmitDistrictReportSchema, async (actor, input) => {
  const result = await submitDistrictReport(actor, input);
  refresh();
  return result;
});

export const acceptDistrictReportAction = defineAction("monthly.review", ReviewDistrictReportSchema, async (actor, input) => {
  const result = await reviewDistrictReport(actor, input, "ACCEPT");
  refresh();
  return result;
});

export const returnDistrictReportAction = defineAction("monthly.review", ReviewDistrictReportSchema, async (actor, input) => {
  const result = await reviewDistrictReport(actor, input, "RETURN");
  refresh();
  return result;
});

export const editIndicatorAction = defineAction("indicator.manage", EditIndicatorSchema, async (actor, input) => {
  const result = await editIndicator(actor, input);
  refresh();
  return result;
});
