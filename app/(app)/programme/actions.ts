"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { openProgramme } from "@/lib/server/programme/open-programme";
import { updateProgramme } from "@/lib/server/programme/update-programme";
import { OpenProgrammeSchema, UpdateProgrammeSchema } from "@/lib/server/programme/schemas";
import { createProposal } from "@/lib/server/proposals/create-proposal";
import { submitProposal } from "@/lib/server/proposals/submit-proposal";
import { updateProposal } from "@/lib/server/proposals/update-proposal";
import { withdrawProposal } from "@/lib/server/proposals/withdraw-proposal";
import { deleteProposalAttachment } from "@/lib/server/proposals/delete-proposal-attachment";
import { AttachmentIdSchema, CreateProposalSchema, ProposalIdSchema, UpdateProposalSchema } from "@/lib/server/proposals/schemas";
import { addProvinceProposal } from "@/lib/server/decisions/add-province-proposal";
import { approveProposal } from "@/lib/server/decisions/approve-proposal";
import { rejectProposal } from "@/lib/server/decisions/reject-proposal";
import { issueAmendment } from "@/lib/server/decisions/issue-amendment";
import { issueDecision } from "@/lib/server/decisions/issue-decision";
import { AmendDecisionSchema, ApproveProposalSchema, IssueDecisionSchema, ProvinceAddSchema, RejectProposalSchema } from "@/lib/server/decisions/schemas";
import { addPlanTask } from "@/lib/server/plans/add-plan-task";
import { createPlan } from "@/lib/server/plans/create-plan";
import { updateTaskStatus } from "@/lib/server/plans/update-task-status";
import { AddTaskSchema, CreatePlanSchema, UpdateTaskSchema } from "@/lib/server/plans/schemas";

const refresh = () => revalidate("/programme");

export const openProgrammeAction = defineAction("programme.manage", OpenProgrammeSchema, async (actor, input) => {
  const r = await openProgramme(actor, input);
  refresh();
  return r;
});
export const updateProgrammeAction = defineAction("programme.manage", UpdateProgrammeSchema, async (actor, input) => {
  const r = await updateProgramme(actor, input);
  refresh();
  return r;
});

export const createProposalAction = defineAction("proposal.create", CreateProposalSchema, async (actor, input) => {
  const r = await createProposal(actor, input);
  refresh();
  return r;
});
export const updateProposalAction = defineAction("proposal.create", UpdateProposalSchema, async (actor, input) => {
  const r = await updateProposal(actor, input);
  refresh();
  return r;
});
export const submitProposalAction = defineAction("proposal.create", ProposalIdSchema, async (actor, input) => {
  const r = await submitProposal(actor, { proposalId: input.proposalId, version: input.version });
  refresh();
  return r;
});
export const withdrawProposalAction = defineAction("proposal.create", ProposalIdSchema, async (actor, input) => {
  const r = await withdrawProposal(actor, { proposalId: input.proposalId, version: input.version });
  refresh();
  return r;
});
export const deleteAttachmentAction = defineAction("proposal.create", AttachmentIdSchema, async (actor, input) => {
  const r = await deleteProposalAttachment(actor, input.attachmentId);
  refresh();
  return r;
});

export const approveProposalAction = defineAction("proposal.decide", ApproveProposalSchema, async (actor, input) => {
  const r = await approveProposal(actor, { proposalId: input.proposalId, version: input.version });
  refresh();
  return r;
});
export const rejectProposalAction = defineAction("proposal.decide", RejectProposalSchema, async (actor, input) => {
  const r = await rejectProposal(actor, { proposalId: input.proposalId, version: input.version, reason: input.reason });
  refresh();
  return r;
});
export const provinceAddAction = defineAction("proposal.decide", ProvinceAddSchema, async (actor, input) => {
  const r = await addProvinceProposal(actor, input);
  refresh();
  return r;
});
export const issueDecisionAction = defineAction("proposal.decide", IssueDecisionSchema, async (actor, input) => {
  const r = await issueDecision(actor, input);
  refresh();
  return r;
});
export const issueAmendmentAction = defineAction("proposal.decide", AmendDecisionSchema, async (actor, input) => {
  const r = await issueAmendment(actor, input);
  refresh();
  return r;
});

export const createPlanAction = defineAction("plan.manage", CreatePlanSchema, async (actor, input) => {
  const r = await createPlan(actor, input);
  refresh();
  return r;
});
export const addTaskAction = defineAction("plan.manage", AddTaskSchema, async (actor, input) => {
  const r = await addPlanTask(actor, input);
  refresh();
  return r;
});
export const updateTaskAction = defineAction("plan.update-task", UpdateTaskSchema, async (actor, input) => {
  const r = await updateTaskStatus(actor, input);
  refresh();
  return r;
});
