"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidate } from "@/lib/actions/revalidate";
import { createAgency, createAgencyAccount, updateAgency } from "@/lib/server/committee/manage-agencies";
import { addProvincePlanTask, createProvincePlan } from "@/lib/server/committee/province-plan";
import { decideYearlyReport, submitYearlyReport } from "@/lib/server/committee/yearly-reports";
import { saveCommuneFunding } from "@/lib/server/committee/funding";
import { decideProvinceReport, submitProvinceReport } from "@/lib/server/committee/province-report";
import {
  AddProvincePlanTaskSchema, CreateAgencyAccountSchema, CreateAgencySchema, CreateProvincePlanSchema, DecideYearlyReportSchema,
  DecideProvinceReportSchema, SaveFundingSchema, SubmitProvinceReportSchema, SubmitYearlyReportSchema, UpdateAgencySchema,
} from "@/lib/server/committee/schemas";

// Issue #18: the committee's member agencies and their accounts, kept by the secretariat.
export const createAgencyAction = defineAction("agency.manage", CreateAgencySchema, async (actor, input) => {
  const agency = await createAgency(actor, input);
  revalidate("/committee/agencies");
  return agency;
});

export const updateAgencyAction = defineAction("agency.manage", UpdateAgencySchema, async (actor, input) => {
  const result = await updateAgency(actor, input);
  revalidate("/committee/agencies");
  return result;
});

export const createAgencyAccountAction = defineAction("agency.manage", CreateAgencyAccountSchema, async (actor, input) => {
  const agencyAccount = await createAgencyAccount(actor, input);
  revalidate("/committee/agencies", "/users");
  return agencyAccount;
});

// Issue #18 §2: the province's own yearly plan.
export const createProvincePlanAction = defineAction("province-plan.manage", CreateProvincePlanSchema, async (actor, input) => {
  const provincePlan = await createProvincePlan(actor, input);
  revalidate("/committee/plan");
  return provincePlan;
});

export const addProvincePlanTaskAction = defineAction("province-plan.manage", AddProvincePlanTaskSchema, async (actor, input) => {
  const result = await addProvincePlanTask(actor, input);
  revalidate("/committee/plan");
  return result;
});

// Issue #18 §3: yearly result reports of agencies and district committees.
export const submitYearlyReportAction = defineAction("yearly-report.submit", SubmitYearlyReportSchema, async (actor, input) => {
  const result = await submitYearlyReport(actor, input);
  revalidate("/committee/report", "/committee/reports");
  return result;
});

export const decideYearlyReportAction = defineAction("yearly-report.review", DecideYearlyReportSchema, async (actor, input) => {
  const result = await decideYearlyReport(actor, input);
  revalidate("/committee/report", "/committee/reports");
  return result;
});

// Issue #18 §4: a decided commune's funding by source.
export const saveFundingAction = defineAction("funding.manage", SaveFundingSchema, async (actor, input) => {
  const result = await saveCommuneFunding(actor, input);
  revalidate("/programme/*");
  return result;
});

// Issue #18 §5: the province's year-end report to the ministry, received or returned by the ministry.
export const submitProvinceReportAction = defineAction("province-report.submit", SubmitProvinceReportSchema, async (actor, input) => {
  const result = await submitProvinceReport(actor, input);
  revalidate("/committee/ministry", "/ministry");
  return result;
});

export const decideProvinceReportAction = defineAction("ministry.receive", DecideProvinceReportSchema, async (actor, input) => {
  const result = await decideProvinceReport(actor, input);
  revalidate("/committee/ministry", "/ministry");
  return result;
});
