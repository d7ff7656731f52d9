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
import { acceptMonthlyReport } from "@/lib/server/monthly/accept-monthly-report";
import { bulkAcceptMonthlyReports } from "@/lib/server/monthly/bulk-accept-monthly-reports";
import { grantEntryUnlock } from "@/lib/server/monthly/grant-entry-unlock";
import { returnMonthlyReport } from "@/lib/server/monthly/return-monthly-report";
import { unlockMonthlyReport } from "@/lib/server/monthly/unlock-monthly-report";
import { reviewDistrictReport } from "@/lib/server/monthly/review-district-report";
import { submitDistrictReport } from "@/lib/server/monthly/submit-district-report";
import { importMonthlyWorkbook } from "@/lib/server/monthly/import-monthly-workbook";
import { editIndicator } from "@/lib/server/monthly/edit-indicator";

const refresh = () => revalidate("/monthly/*");

export const saveMonthlyAction = defineAction(saveMonthlyReportContract, async (actor, input) => {
  const result = await saveMonthlyReport(actor, input);
  refresh();
  return result;
});

export const importMonthlyAction = defineAction(importMonthlyWorkbookContract, async (actor, input) => {
  const result = await importMonthlyWorkbook(actor, { ...input, data: Buffer.from(input.fileBase64, "base64") });
  refresh();
  return result;
});

export const acceptMonthlyAction = defineAction(acceptMonthlyReportContract, async (actor, input) => {
  const result = await acceptMonthlyReport(actor, { reportId: input.reportId, version: input.version });
  refresh();
  return result;
});

export const returnMonthlyAction = defineAction(returnMonthlyReportContract, async (actor, input) => {
  const result = await returnMonthlyReport(
    actor,
    { reportId: input.reportId, version: input.version, reason: input.reason, lastDay: input.correctUntil },
    appNow(),
  );
  refresh();
  return result;
});

export const unlockMonthlyAction = defineAction(unlockMonthlyReportContract, async (actor, input) => {
  const result = await unlockMonthlyReport(
    actor,
    { reportId: input.reportId, reason: input.reason, lastDay: input.correctUntil },
    appNow(),
  );
  refresh();
  return result;
});

export const bulkAcceptAction = defineAction(bulkAcceptMonthlyReportsContract, async (actor, input) => {
  const result = await bulkAcceptMonthlyReports(actor, input.reportIds);
  refresh();
  return result;
});

export const grantEntryUnlockAction = defineAction(grantEntryUnlockContract, async (actor, input) => {
  const result = await grantEntryUnlock(actor, input);
  refresh();
  return result;
});

export const submitDistrictReportAction = defineAction(submitDistrictReportContract, async (actor, input) => {
  const result = await submitDistrictReport(actor, input);
  refresh();
  return result;
});

export const acceptDistrictReportAction = defineAction(acceptDistrictReportContract, async (actor, input) => {
  const result = await reviewDistrictReport(actor, input, "ACCEPT");
  refresh();
  return result;
});

export const returnDistrictReportAction = defineAction(returnDistrictReportContract, async (actor, input) => {
  const result = await reviewDistrictReport(actor, input, "RETURN");
  refresh();
  return result;
});

export const editIndicatorAction = defineAction(editIndicatorContract, async (actor, input) => {
  const result = await editIndicator(actor, input);
  refresh();
  return result;
});
