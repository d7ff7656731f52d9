"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { saveYearEndReviewContract } from "@/lib/contracts/verdicts/save-year-end-review";
import { saveCriterionAnswersContract } from "@/lib/contracts/verdicts/save-criterion-answers";
import { proposeVerdictContract } from "@/lib/contracts/verdicts/propose-verdict";
import { issueVerdictContract } from "@/lib/contracts/verdicts/issue-verdict";
import { amendVerdictContract } from "@/lib/contracts/verdicts/amend-verdict";
import { recordRelapseContract } from "@/lib/contracts/verdicts/record-relapse";
import { saveCrimeConfigContract } from "@/lib/contracts/verdicts/save-crime-config";
import { addCriterionContract } from "@/lib/contracts/verdicts/add-criterion";
import { setCriterionActiveContract } from "@/lib/contracts/verdicts/set-criterion-active";
import { saveYearEndReview } from "@/lib/server/verdicts/save-year-end-review";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";
import { saveCriterionAnswers } from "@/lib/server/verdicts/save-criterion-answers";
import { amendVerdict } from "@/lib/server/verdicts/amend-verdict";
import { issueVerdict } from "@/lib/server/verdicts/issue-verdict";
import { recordRelapse } from "@/lib/server/relapse/record-relapse";
import { addVerdictCriterion } from "@/lib/server/verdicts/add-verdict-criterion";
import { saveCrimeReductionConfig } from "@/lib/server/verdicts/save-crime-reduction-config";
import { setVerdictCriterionActive } from "@/lib/server/verdicts/set-verdict-criterion-active";

const refresh = () => revalidate("/verdicts/*", "/programme/*");

export const saveYearEndReviewAction = defineAction(saveYearEndReviewContract, async (actor, input) => {
  const result = await saveYearEndReview(actor, input);
  refresh();
  return result;
});
export const saveCriterionAnswersAction = defineAction(saveCriterionAnswersContract, async (actor, input) => {
  const result = await saveCriterionAnswers(actor, input);
  refresh();
  return result;
});
export const proposeVerdictAction = defineAction(proposeVerdictContract, async (actor, input) => {
  const result = await proposeVerdict(actor, input);
  refresh();
  return result;
});
export const issueVerdictAction = defineAction(issueVerdictContract, async (actor, input) => {
  const result = await issueVerdict(actor, input);
  refresh();
  return result;
});
export const amendVerdictAction = defineAction(amendVerdictContract, async (actor, input) => {
  const result = await amendVerdict(actor, input);
  refresh();
  return result;
});
export const recordRelapseAction = defineAction(recordRelapseContract, async (actor, input) => {
  const result = await recordRelapse(actor, input);
  refresh();
  return result;
});
export const saveCrimeConfigAction = defineAction(saveCrimeConfigContract, async (actor, input) => {
  const result = await saveCrimeReductionConfig(actor, input);
  refresh();
  return result;
});
export const addCriterionAction = defineAction(addCriterionContract, async (actor, input) => {
  const result = await addVerdictCriterion(actor, input);
  refresh();
  return result;
});
export const setCriterionActiveAction = defineAction(setCriterionActiveContract, async (actor, input) => {
  const result = await setVerdictCriterionActive(actor, input);
  refresh();
  return result;
});
