"use server";

import { defineAction } from "@/lib/actions/define-action";
import { thenRevalidate } from "@/lib/actions/then-revalidate";
import { createAgency } from "@/lib/server/committee/create-agency";
import { updateAgency } from "@/lib/server/committee/update-agency";
import { createAgencyAccount } from "@/lib/server/committee/create-agency-account";
import { addProvincePlanTask } from "@/lib/server/committee/add-province-plan-task";
import { createProvincePlan } from "@/lib/server/committee/create-province-plan";
import { submitYearlyReport } from "@/lib/server/committee/submit-yearly-report";
import { decideYearlyReport } from "@/lib/server/committee/decide-yearly-report";
import { saveCommuneFunding } from "@/lib/server/committee/save-commune-funding";
import { submitProvinceReport } from "@/lib/server/committee/submit-province-report";
import { decideProvinceReport } from "@/lib/server/committee/decide-province-report";
import { deleteTaskAttachment } from "@/lib/server/committee/delete-task-attachment";
import { setMinistryDeadline } from "@/lib/server/committee/set-ministry-deadline";
import { createAgencyContract } from "@/lib/contracts/committee/create-agency";
import { updateAgencyContract } from "@/lib/contracts/committee/update-agency";
import { createAgencyAccountContract } from "@/lib/contracts/committee/create-agency-account";
import { deleteTaskAttachmentContract } from "@/lib/contracts/committee/delete-task-attachment";
import { createProvincePlanContract } from "@/lib/contracts/committee/create-province-plan";
import { addProvincePlanTaskContract } from "@/lib/contracts/committee/add-province-plan-task";
import { submitYearlyReportContract } from "@/lib/contracts/committee/submit-yearly-report";
import { decideYearlyReportContract } from "@/lib/contracts/committee/decide-yearly-report";
import { saveFundingContract } from "@/lib/contracts/committee/save-funding";
import { submitProvinceReportContract } from "@/lib/contracts/committee/submit-province-report";
import { decideProvinceReportContract } from "@/lib/contracts/committee/decide-province-report";
import { setMinistryDeadlineContract } from "@/lib/contracts/committee/set-ministry-deadline";

// Issue #18. Each action: its contract (permission, input, output), the use case, then the pages to refresh.
const AGENCIES = "/committee/agencies";
const YEARLY = ["/committee/report", "/committee/reports"];
const MINISTRY = ["/committee/ministry", "/ministry"];

// §1: the committee's member agencies and their accounts, kept by the secretariat; evidence files of their tasks.
export const createAgencyAction = defineAction(createAgencyContract, thenRevalidate(createAgency, AGENCIES));
export const updateAgencyAction = defineAction(updateAgencyContract, thenRevalidate(updateAgency, AGENCIES, "/users"));
export const createAgencyAccountAction = defineAction(
  createAgencyAccountContract,
  thenRevalidate(createAgencyAccount, AGENCIES, "/users"),
);
export const deleteTaskAttachmentAction = defineAction(
  deleteTaskAttachmentContract,
  thenRevalidate(deleteTaskAttachment, "/committee/tasks", "/programme/*"),
);

// §2: the province's own yearly plan.
export const createProvincePlanAction = defineAction(
  createProvincePlanContract,
  thenRevalidate(createProvincePlan, "/committee/plan"),
);
export const addProvincePlanTaskAction = defineAction(
  addProvincePlanTaskContract,
  thenRevalidate(addProvincePlanTask, "/committee/plan"),
);

// §3: yearly result reports of agencies and district committees.
export const submitYearlyReportAction = defineAction(
  submitYearlyReportContract,
  thenRevalidate(submitYearlyReport, ...YEARLY),
);
export const decideYearlyReportAction = defineAction(
  decideYearlyReportContract,
  thenRevalidate(decideYearlyReport, ...YEARLY),
);

// §4: a decided commune's funding by source.
export const saveFundingAction = defineAction(saveFundingContract, thenRevalidate(saveCommuneFunding, "/programme/*"));

// §5: the province's year-end report to the ministry, received or returned by the ministry, and its deadline.
export const submitProvinceReportAction = defineAction(
  submitProvinceReportContract,
  thenRevalidate(submitProvinceReport, ...MINISTRY),
);
export const decideProvinceReportAction = defineAction(
  decideProvinceReportContract,
  thenRevalidate(decideProvinceReport, ...MINISTRY),
);
export const setMinistryDeadlineAction = defineAction(
  setMinistryDeadlineContract,
  thenRevalidate(setMinistryDeadline, ...MINISTRY, "/ministry/deadline"),
);
