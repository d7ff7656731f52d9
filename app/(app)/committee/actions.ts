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
import { DeleteTaskAttachmentSchema } from "@/lib/contracts/committee/delete-task-attachment";
import { SetMinistryDeadlineSchema } from "@/lib/contracts/committee/set-ministry-deadline";
import {
  AddProvincePlanTaskSchema,
  CreateAgencyAccountSchema,
  CreateAgencySchema,
  CreateProvincePlanSchema,
  DecideYearlyReportSchema,
  DecideProvinceReportSchema,
  SaveFundingSchema,
  SubmitProvinceReportSchema,
  SubmitYearlyReportSchema,
  UpdateAgencySchema,
} from "@/lib/server/committee/schemas";

// Issue #18. Each action: permission, input schema, the use case, then the pages to refresh.
const AGENCIES = "/committee/agencies";
const YEARLY = ["/committee/report", "/committee/reports"];
const MINISTRY = ["/committee/ministry", "/ministry"];

// §1: the committee's member agencies and their accounts, kept by the secretariat; evidence files of their tasks.
export const createAgencyAction = defineAction(
  "agency.manage",
  CreateAgencySchema,
  thenRevalidate(createAgency, AGENCIES),
);
export const updateAgencyAction = defineAction(
  "agency.manage",
  UpdateAgencySchema,
  thenRevalidate(updateAgency, AGENCIES, "/users"),
);
export const createAgencyAccountAction = defineAction(
  "agency.manage",
  CreateAgencyAccountSchema,
  thenRevalidate(createAgencyAccount, AGENCIES, "/users"),
);
export const deleteTaskAttachmentAction = defineAction(
  "plan.update-task",
  DeleteTaskAttachmentSchema,
  thenRevalidate(deleteTaskAttachment, "/committee/tasks", "/programme/*"),
);

// §2: the province's own yearly plan.
export const createProvincePlanAction = defineAction(
  "province-plan.manage",
  CreateProvincePlanSchema,
  thenRevalidate(createProvincePlan, "/committee/plan"),
);
export const addProvincePlanTaskAction = defineAction(
  "province-plan.manage",
  AddProvincePlanTaskSchema,
  thenRevalidate(addProvincePlanTask, "/committee/plan"),
);

// §3: yearly result reports of agencies and district committees.
export const submitYearlyReportAction = defineAction(
  "yearly-report.submit",
  SubmitYearlyReportSchema,
  thenRevalidate(submitYearlyReport, ...YEARLY),
);
export const decideYearlyReportAction = defineAction(
  "yearly-report.review",
  DecideYearlyReportSchema,
  thenRevalidate(decideYearlyReport, ...YEARLY),
);

// §4: a decided commune's funding by source.
export const saveFundingAction = defineAction(
  "funding.manage",
  SaveFundingSchema,
  thenRevalidate(saveCommuneFunding, "/programme/*"),
);

// §5: the province's year-end report to the ministry, received or returned by the ministry, and its deadline.
export const submitProvinceReportAction = defineAction(
  "province-report.submit",
  SubmitProvinceReportSchema,
  thenRevalidate(submitProvinceReport, ...MINISTRY),
);
export const decideProvinceReportAction = defineAction(
  "ministry.receive",
  DecideProvinceReportSchema,
  thenRevalidate(decideProvinceReport, ...MINISTRY),
);
export const setMinistryDeadlineAction = defineAction(
  "ministry-deadline.manage",
  SetMinistryDeadlineSchema,
  thenRevalidate(setMinistryDeadline, ...MINISTRY, "/ministry/deadline"),
);
