"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { saveRoundContract } from "@/lib/contracts/awards/save-round";
import { addNominationContract } from "@/lib/contracts/awards/add-nomination";
import { removeNominationContract } from "@/lib/contracts/awards/remove-nomination";
import { submitNominationsContract } from "@/lib/contracts/awards/submit-nominations";
import { decideNominationContract } from "@/lib/contracts/awards/decide-nomination";
import { addNomination } from "@/lib/server/awards/add-nomination";
import { decideNomination } from "@/lib/server/awards/decide-nomination";
import { removeNomination } from "@/lib/server/awards/remove-nomination";
import { saveEmulationRound } from "@/lib/server/awards/save-emulation-round";
import { submitNominations } from "@/lib/server/awards/submit-nominations";

const refresh = () => revalidate("/awards");

export const saveRoundAction = defineAction(saveRoundContract, async (actor, input) => {
  const result = await saveEmulationRound(actor, input);
  refresh();
  return result;
});
export const addNominationAction = defineAction(addNominationContract, async (actor, input) => {
  const result = await addNomination(actor, input);
  refresh();
  return result;
});
export const removeNominationAction = defineAction(removeNominationContract, async (actor, input) => {
  const result = await removeNomination(actor, input.nominationId);
  refresh();
  return result;
});
export const submitNominationsAction = defineAction(submitNominationsContract, async (actor, input) => {
  const result = await submitNominations(actor, input);
  refresh();
  return result;
});
export const decideNominationAction = defineAction(decideNominationContract, async (actor, input) => {
  const result = await decideNomination(actor, input);
  refresh();
  return result;
});
