"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { openProgrammeContract } from "@/lib/contracts/programme/open-programme";
import { updateProgrammeContract } from "@/lib/contracts/programme/update-programme";
import { createProposalContract } from "@/lib/contracts/programme/create-proposal";
import { updateProposalContract } from "@/lib/contracts/programme/update-proposal";
import { submitProposalContract } from "@/lib/contracts/programme/submit-proposal";
import { withdrawProposalContract } from "@/lib/contracts/programme/withdraw-proposal";
import { deleteAttachmentContract } from "@/lib/contracts/programme/delete-attachment";
import { approveProposalContract } from "@/lib/contracts/programme/approve-proposal";
import { rejectProposalContract } from "@/lib/contracts/programme/reject-proposal";
import { provinceAddContract } from "@/lib/contracts/programme/province-add";
import { issueDecisionContract } from "@/lib/contracts/programme/issue-decision";
import { issueAmendmentContract } from "@/lib/contracts/programme/issue-amendment";
import { createPlanContract } from "@/lib/contracts/programme/create-plan";
import { addTaskContract } from "@/lib/contracts/programme/add-task";
import { updateTaskContract } from "@/lib/contracts/programme/update-task";
import { openProgramme } from "@/lib/server/programme/open-programme";
import { updateProgramme } from "@/lib/server/programme/update-programme";
import { createProposal } from "@/lib/server/proposals/create-proposal";
import { submitProposal } from "@/lib/server/proposals/submit-proposal";
import { updateProposal } from "@/lib/server/proposals/update-proposal";
import { withdrawProposal } from "@/lib/server/proposals/withdraw-proposal";
import { deleteProposalAttachment } from "@/lib/server/proposals/delete-proposal-attachment";
import { addProvinceProposal } from "@/lib/server/decisions/add-province-proposal";
import { approveProposal } from "@/lib/server/decisions/approve-proposal";
import { rejectProposal } from "@/lib/server/decisions/reject-proposal";
import { issueAmendment } from "@/lib/server/decisions/issue-amendment";
import { issueDecision } from "@/lib/server/decisions/issue-decision";
import { addPlanTask } from "@/lib/server/plans/add-plan-task";
import { createPlan } from "@/lib/server/plans/create-plan";
import { updateTaskStatus } from "@/lib/server/plans/update-task-status";

const refresh = () => revalidate("/programme");

export const openProgrammeAction = defineAction(openProgrammeContract, async (actor, input) => {
  const result = await openProgramme(actor, input);
  refresh();
  return result;
});
export const updateProgrammeAction = defineAction(updateProgrammeContract, async (actor, input) => {
  const result = await updateProgramme(actor, input);
  refresh();
  return result;
});

export const createProposalAction = defineAction(createProposalContract, async (actor, input) => {
  const proposal = await createProposal(actor, input);
  refresh();
  return proposal;
});
export const updateProposalAction = defineAction(updateProposalContract, async (actor, input) => {
  const result = await updateProposal(actor, input);
  refresh();
  return result;
});
export const submitProposalAction = defineAction(submitProposalContract, async (actor, input) => {
  const result = await submitProposal(actor, { proposalId: input.proposalId, version: input.version });
  refresh();
  return result;
});
export const withdrawProposalAction = defineAction(withdrawProposalContract, async (actor, input) => {
  const result = await withdrawProposal(actor, { proposalId: input.proposalId, version: input.version });
  refresh();
  return result;
});
export const deleteAttachmentAction = defineAction(deleteAttachmentContract, async (actor, input) => {
  const result = await deleteProposalAttachment(actor, input.attachmentId);
  refresh();
  return result;
});

export const approveProposalAction = defineAction(approveProposalContract, async (actor, input) => {
  const result = await approveProposal(actor, { proposalId: input.proposalId, version: input.version });
  refresh();
  return result;
});
export const rejectProposalAction = defineAction(rejectProposalContract, async (actor, input) => {
  const result = await rejectProposal(actor, {
    proposalId: input.proposalId,
    version: input.version,
    reason: input.reason,
  });
  refresh();
  return result;
});
export const provinceAddAction = defineAction(provinceAddContract, async (actor, input) => {
  const result = await addProvinceProposal(actor, input);
  refresh();
  return result;
});
export const issueDecisionAction = defineAction(issueDecisionContract, async (actor, input) => {
  const result = await issueDecision(actor, input);
  refresh();
  return result;
});
export const issueAmendmentAction = defineAction(issueAmendmentContract, async (actor, input) => {
  const result = await issueAmendment(actor, input);
  refresh();
  return result;
});

export const createPlanAction = defineAction(createPlanContract, async (actor, input) => {
  const plan = await createPlan(actor, input);
  refresh();
  return plan;
});
export const addTaskAction = defineAction(addTaskContract, async (actor, input) => {
  const result = await addPlanTask(actor, input);
  refresh();
  return result;
});
export const updateTaskAction = defineAction(updateTaskContract, async (actor, input) => {
  const result = await updateTaskStatus(actor, input);
  refresh();
  return result;
});
