"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { appNow } from "@/lib/clock";
import { defineAction } from "@/lib/actions/define-action";
import { saveMonthlyReportContract } from "@/lib/contracts/monthly/save-monthly-report";
import { importMonthlyWorkbookContract } from "@/lib/contracts/monthly/import-monthly-workbook";
import { acceptMonthlyReportContract } from "@/lib/contracts/monthly/accept-monthly-report";
import { returnMonthlyReportContract } from "@/lib/contracts/monthly/return-monthly-report";
import { unlockMonthlyReportContract } from "@/lib/contracts/monthly/unlock-monthly-report";
import { bulkAcceptMonthlyReportsContract } from "@/lib/contracts/monthly/bulk-accept-monthly-reports";
import { grantEntryUnlockContract } from "@/lib/contracts/monthly/grant-entry-unlock";
import { submitDistrictReportContract } from "@/lib/contracts/monthly/submit-district-report";
import { acceptDistrictReportContract } from "@/lib/contracts/monthly/accept-district-report";
import { returnDistrictReportContract } from "@/lib/contracts/monthly/return-district-report";
import { editIndicatorContract } from "@/lib/contracts/monthly/edit-indicator";
import { saveMonthlyReport } from "@/lib/server/monthly/save-monthly-report";
import { acceptMonthlyReport, bulkAcceptMonthlyReports, grantEntryUnlock, returnMonthlyReport, unlockMonthlyReport } from "@/lib/server/monthly/review-monthly-report";
import { reviewDistrictReport, submitDistrictReport } from "@/lib/server/monthly/district-report";
import { importMonthlyWorkbook } from "@/lib/server/monthly/excel";
import { editIndicator } from "@/lib/server/monthly/manage-catalogue";

const refresh = () => revalidate("/monthly/*");

export const saveMonthlyAction = defineAction(saveMonthlyReportContract, async (actor, input) => {
  const r = await saveMonthlyReport(actor, input);
  refresh();
  return r;
});

export const importMonthlyAction = defineAction(importMonthlyWorkbookContract, async (actor, input) => {
  const r = await importMonthlyWorkbook(actor, { ...input, data: Buffer.from(input.fileBase64, "base64") });
  refresh();
  return r;
});

export const acceptMonthlyAction = defineAction(acceptMonthlyReportContract, async (actor, input) => {
  const r = await acceptMonthlyReport(actor, input.reportId, input.version);
  refresh();
  return r;
});

export const returnMonthlyAction = defineAction(returnMonthlyReportContract, async (actor, input) => {
  const r = await returnMonthlyReport(actor, input.reportId, input.version, input.reason, appNow(), input.correctUntil);
  refresh();
  return r;
});

export const unlockMonthlyAction = defineAction(unlockMonthlyReportContract, async (actor, input) => {
  const r = await unlockMonthlyReport(actor, input.reportId, input.reason, appNow(), input.correctUntil);
  refresh();
  return r;
});

export const bulkAcceptAction = defineAction(bulkAcceptMonthlyReportsContract, async (actor, input) => {
  const r = await bulkAcceptMonthlyReports(actor, input.reportIds);
  refresh();
  return r;
});

export const grantEntryUnlockAction = defineAction(grantEntryUnlockContract, async (actor, input) => {
  const r = await grantEntryUnlock(actor, input);
  refresh();
  return r;
});

export const submitDistrictReportAction = defineAction(submitDistrictReportContract, async (actor, input) => {
  const r = await submitDistrictReport(actor, input);
  refresh();
  return r;
});

export const acceptDistrictReportAction = defineAction(acceptDistrictReportContract, async (actor, input) => {
  const r = await reviewDistrictReport(actor, input, "ACCEPT");
  refresh();
  return r;
});

export const returnDistrictReportAction = defineAction(returnDistrictReportContract, async (actor, input) => {
  const r = await reviewDistrictReport(actor, input, "RETURN");
  refresh();
  return r;
});

export const editIndicatorAction = defineAction(editIndicatorContract, async (actor, input) => {
  const r = await editIndicator(actor, input);
  refresh();
  return r;
});
