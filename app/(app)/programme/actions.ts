"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { openProgramme, updateProgramme } from "@/lib/server/programme/save-programme";
import { OpenProgrammeSchema, UpdateProgrammeSchema } from "@/lib/server/programme/schemas";
import { createProposal, submitProposal, updateProposal, withdrawProposal } from "@/lib/server/proposals/manage-proposals";
import { deleteProposalAttachment } from "@/lib/server/proposals/attachments";
import { AttachmentIdSchema, CreateProposalSchema, ProposalIdSchema, UpdateProposalSchema } from "@/lib/server/proposals/schemas";
import { addProvinceProposal, approveProposal, rejectProposal } from "@/lib/server/decisions/decide-proposal";
import { issueAmendment, issueDecision } from "@/lib/server/decisions/issue-decision";
import { AmendDecisionSchema, ApproveProposalSchema, IssueDecisionSchema, ProvinceAddSchema, RejectProposalSchema } from "@/lib/server/decisions/schemas";
import { addPlanTask, createPlan, updateTaskStatus } from "@/lib/server/plans/manage-plans";
import { AddTaskSchema, CreatePlanSchema, UpdateTaskSchema } from "@/lib/server/plans/schemas";

const refresh = () => revalidate("/programme");

export const openProgrammeAction = defineAction("programme.manage", OpenProgrammeSchema, async (actor, input) => {
  const result = await openProgramme(actor, input);
  refresh();
  return result;
});
export const updateProgrammeAction = defineAction("programme.manage", UpdateProgrammeSchema, async (actor, input) => {
  const result = await updateProgramme(actor, input);
  refresh();
  return result;
});

export const createProposalAction = defineAction("proposal.create", CreateProposalSchema, async (actor, input) => {
  const proposal = await createProposal(actor, input);
  refresh();
  return proposal;
});
export const updateProposalAction = defineAction("proposal.create", UpdateProposalSchema, async (actor, input) => {
  const result = await updateProposal(actor, input);
  refresh();
  return result;
});
export const submitProposalAction = defineAction("proposal.create", ProposalIdSchema, async (actor, input) => {
  const result = await submitProposal(actor, input.proposalId, input.version);
  refresh();
  return result;
});
export const withdrawProposalAction = defineAction("proposal.create", ProposalIdSchema, async (actor, input) => {
  const result = await withdrawProposal(actor, input.proposalId, input.version);
  refresh();
  return result;
});
export const deleteAttachmentAction = defineAction("proposal.create", AttachmentIdSchema, async (actor, input) => {
  const result = await deleteProposalAttachment(actor, input.attachmentId);
  refresh();
  return result;
});

export const approveProposalAction = defineAction("proposal.decide", ApproveProposalSchema, async (actor, input) => {
  const result = await approveProposal(actor, input.proposalId, input.version);
  refresh();
  return result;
});
export const rejectProposalAction = defineAction("proposal.decide", RejectProposalSchema, async (actor, input) => {
  const result = await rejectProposal(actor, input.proposalId, input.version, input.reason);
  refresh();
  return result;
});
export const provinceAddAction = defineAction("proposal.decide", ProvinceAddSchema, async (actor, input) => {
  const result = await addProvinceProposal(actor, input);
  refresh();
  return result;
});
export const issueDecisionAction = defineAction("proposal.decide", IssueDecisionSchema, async (actor, input) => {
  const result = await issueDecision(actor, input);
  refresh();
  return result;
});
export const issueAmendmentAction = defineAction("proposal.decide", AmendDecisionSchema, async (actor, input) => {
  const result = await issueAmendment(actor, input);
  refresh();
  return result;
});

export const createPlanAction = defineAction("plan.manage", CreatePlanSchema, async (actor, input) => {
  const plan = await createPlan(actor, input);
  refresh();
  return plan;
});
export const addTaskAction = defineAction("plan.manage", AddTaskSchema, async (actor, input) => {
  const result = await addPlanTask(actor, input);
  refresh();
  return result;
});
export const updateTaskAction = defineAction("plan.update-task", UpdateTaskSchema, async (actor, input) => {
  const result = await updateTaskStatus(actor, input);
  refresh();
  return result;
});
