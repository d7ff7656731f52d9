"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { saveYearEndReview } from "@/lib/server/verdicts/save-year-end-review";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";
import { saveCriterionAnswers } from "@/lib/server/verdicts/save-criterion-answers";
import { amendVerdict } from "@/lib/server/verdicts/amend-verdict";
import { issueVerdict } from "@/lib/server/verdicts/issue-verdict";
import { recordRelapse } from "@/lib/server/relapse/record-relapse";
import {
  AmendVerdictSchema, IssueVerdictSchema, ProposeVerdictSchema, RecordRelapseSchema, SaveCriterionAnswersSchema, SaveYearEndReviewSchema,
} from "@/lib/server/verdicts/schemas";
import { AddCriterionSchema, SaveCrimeConfigSchema, SetCriterionActiveSchema } from "@/lib/server/verdicts/config-schemas";
import { addVerdictCriterion } from "@/lib/server/verdicts/add-verdict-criterion";
import { saveCrimeReductionConfig } from "@/lib/server/verdicts/save-crime-reduction-config";
import { setVerdictCriterionActive } from "@/lib/server/verdicts/set-verdict-criterion-active";

const refresh = () => revalidate("/verdicts/*", "/programme/*");

export const saveYearEndReviewAction = defineAction("verdict.propose", SaveYearEndReviewSchema, async (actor, input) => {
  const r = await saveYearEndReview(actor, input);
  refresh();
  return r;
});
export const saveCriterionAnswersAction = defineAction("verdict.propose", SaveCriterionAnswersSchema, async (actor, input) => {
  const r = await saveCriterionAnswers(actor, input);
  refresh();
  return r;
});
export const proposeVerdictAction = defineAction("verdict.propose", ProposeVerdictSchema, async (actor, input) => {
  const r = await proposeVerdict(actor, input);
  refresh();
  return r;
});
export const issueVerdictAction = defineAction("verdict.issue", IssueVerdictSchema, async (actor, input) => {
  const r = await issueVerdict(actor, input);
  refresh();
  return r;
});
export const amendVerdictAction = defineAction("verdict.issue", AmendVerdictSchema, async (actor, input) => {
  const r = await amendVerdict(actor, input);
  refresh();
  return r;
});
export const recordRelapseAction = defineAction("relapse.record", RecordRelapseSchema, async (actor, input) => {
  const r = await recordRelapse(actor, input);
  refresh();
  return r;
});
export const saveCrimeConfigAction = defineAction("programme.manage", SaveCrimeConfigSchema, async (actor, input) => {
  const r = await saveCrimeReductionConfig(actor, input);
  refresh();
  return r;
});
export const addCriterionAction = defineAction("programme.manage", AddCriterionSchema, async (actor, input) => {
  const r = await addVerdictCriterion(actor, input);
  refresh();
  return r;
});
export const setCriterionActiveAction = defineAction("programme.manage", SetCriterionActiveSchema, async (actor, input) => {
  const r = await setVerdictCriterionActive(actor, input);
  refresh();
  return r;
});
