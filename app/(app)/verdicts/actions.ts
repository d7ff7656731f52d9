"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { saveYearEndReview } from "@/lib/server/verdicts/year-end-review";
import { proposeVerdict, saveCriterionAnswers } from "@/lib/server/verdicts/propose-verdict";
import { amendVerdict, issueVerdict } from "@/lib/server/verdicts/issue-verdict";
import { recordRelapse } from "@/lib/server/relapse/record-relapse";
import {
  AmendVerdictSchema, IssueVerdictSchema, ProposeVerdictSchema, RecordRelapseSchema, SaveCriterionAnswersSchema, SaveYearEndReviewSchema,
} from "@/lib/server/verdicts/schemas";
import {
  AddCriterionSchema, SaveCrimeConfigSchema, SetCriterionActiveSchema, addVerdictCriterion, saveCrimeReductionConfig, setVerdictCriterionActive,
} from "@/lib/server/verdicts/verdict-config";

const refresh = () => revalidate("/verdicts/*", "/programme/*");

export const saveYearEndReviewAction = defineAction("verdict.propose", SaveYearEndReviewSchema, async (actor, input) => {
  const result = await saveYearEndReview(actor, input);
  refresh();
  return result;
});
export const saveCriterionAnswersAction = defineAction("verdict.propose", SaveCriterionAnswersSchema, async (actor, input) => {
  const result = await saveCriterionAnswers(actor, input);
  refresh();
  return result;
});
export const proposeVerdictAction = defineAction("verdict.propose", ProposeVerdictSchema, async (actor, input) => {
  const result = await proposeVerdict(actor, input);
  refresh();
  return result;
});
export const issueVerdictAction = defineAction("verdict.issue", IssueVerdictSchema, async (actor, input) => {
  const result = await issueVerdict(actor, input);
  refresh();
  return result;
});
export const amendVerdictAction = defineAction("verdict.issue", AmendVerdictSchema, async (actor, input) => {
  const result = await amendVerdict(actor, input);
  refresh();
  return result;
});
export const recordRelapseAction = defineAction("relapse.record", RecordRelapseSchema, async (actor, input) => {
  const result = await recordRelapse(actor, input);
  refresh();
  return result;
});
export const saveCrimeConfigAction = defineAction("programme.manage", SaveCrimeConfigSchema, async (actor, input) => {
  const result = await saveCrimeReductionConfig(actor, input);
  refresh();
  return result;
});
export const addCriterionAction = defineAction("programme.manage", AddCriterionSchema, async (actor, input) => {
  const result = await addVerdictCriterion(actor, input);
  refresh();
  return result;
});
export const setCriterionActiveAction = defineAction("programme.manage", SetCriterionActiveSchema, async (actor, input) => {
  const result = await setVerdictCriterionActive(actor, input);
  refresh();
  return result;
});
