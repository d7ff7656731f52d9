"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createAgencyContract } from "@/lib/contracts/committee/create-agency";
import { updateAgencyContract } from "@/lib/contracts/committee/update-agency";
import { createAgencyAccountContract } from "@/lib/contracts/committee/create-agency-account";
import { createProvincePlanContract } from "@/lib/contracts/committee/create-province-plan";
import { addProvincePlanTaskContract } from "@/lib/contracts/committee/add-province-plan-task";
import { submitYearlyReportContract } from "@/lib/contracts/committee/submit-yearly-report";
import { decideYearlyReportContract } from "@/lib/contracts/committee/decide-yearly-report";
import { saveFundingContract } from "@/lib/contracts/committee/save-funding";
import { submitProvinceReportContract } from "@/lib/contracts/committee/submit-province-report";
import { decideProvinceReportContract } from "@/lib/contracts/committee/decide-province-report";
import { revalidate } from "@/lib/actions/revalidate";
import { createAgency, createAgencyAccount, updateAgency } from "@/lib/server/committee/manage-agencies";
import { addProvincePlanTask, createProvincePlan } from "@/lib/server/committee/province-plan";
import { decideYearlyReport, submitYearlyReport } from "@/lib/server/committee/yearly-reports";
import { saveCommuneFunding } from "@/lib/server/committee/funding";
import { decideProvinceReport, submitProvinceReport } from "@/lib/server/committee/province-report";

// Issue #18: the committee's member agencies and their accounts, kept by the secretariat.
export const createAgencyAction = defineAction(createAgencyContract, async (actor, input) => {
  const r = await createAgency(actor, input);
  revalidate("/committee/agencies");
  return r;
});

export const updateAgencyAction = defineAction(updateAgencyContract, async (actor, input) => {
  const r = await updateAgency(actor, input);
  revalidate("/committee/agencies");
  return r;
});

export const createAgencyAccountAction = defineAction(createAgencyAccountContract, async (actor, input) => {
  const r = await createAgencyAccount(actor, input);
  revalidate("/committee/agencies", "/users");
  return r;
});

// Issue #18 §2: the province's own yearly plan.
export const createProvincePlanAction = defineAction(createProvincePlanContract, async (actor, input) => {
  const r = await createProvincePlan(actor, input);
  revalidate("/committee/plan");
  return r;
});

export const addProvincePlanTaskAction = defineAction(addProvincePlanTaskContract, async (actor, input) => {
  const r = await addProvincePlanTask(actor, input);
  revalidate("/committee/plan");
  return r;
});

// Issue #18 §3: yearly result reports of agencies and district committees.
export const submitYearlyReportAction = defineAction(submitYearlyReportContract, async (actor, input) => {
  const r = await submitYearlyReport(actor, input);
  revalidate("/committee/report", "/committee/reports");
  return r;
});

export const decideYearlyReportAction = defineAction(decideYearlyReportContract, async (actor, input) => {
  const r = await decideYearlyReport(actor, input);
  revalidate("/committee/report", "/committee/reports");
  return r;
});

// Issue #18 §4: a decided commune's funding by source.
export const saveFundingAction = defineAction(saveFundingContract, async (actor, input) => {
  const r = await saveCommuneFunding(actor, input);
  revalidate("/programme/*");
  return r;
});

// Issue #18 §5: the province's year-end report to the ministry, received or returned by the ministry.
export const submitProvinceReportAction = defineAction(submitProvinceReportContract, async (actor, input) => {
  const r = await submitProvinceReport(actor, input);
  revalidate("/committee/ministry", "/ministry");
  return r;
});

export const decideProvinceReportAction = defineAction(decideProvinceReportContract, async (actor, input) => {
  const r = await decideProvinceReport(actor, input);
  revalidate("/committee/ministry", "/ministry");
  return r;
});
