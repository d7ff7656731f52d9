"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { addNomination, decideNomination, removeNomination, saveEmulationRound, submitNominations } from "@/lib/server/awards/emulation-awards";
import { AddNominationSchema, DecideNominationSchema, NominationIdSchema, SaveRoundSchema, SubmitNominationsSchema } from "@/lib/server/awards/schemas";

const refresh = () => revalidate("/awards");

export const saveRoundAction = defineAction("award.manage", SaveRoundSchema, async (actor, input) => {
  const result = await saveEmulationRound(actor, input);
  refresh();
  return result;
});
export const addNominationAction = defineAction("award.nominate", AddNominationSchema, async (actor, input) => {
  const result = await addNomination(actor, input);
  refresh();
  return result;
});
export const removeNominationAction = defineAction("award.nominate", NominationIdSchema, async (actor, input) => {
  const result = await removeNomination(actor, input.nominationId);
  refresh();
  return result;
});
export const submitNominationsAction = defineAction("award.nominate", SubmitNominationsSchema, async (actor, input) => {
  const result = await submitNominations(actor, input);
  refresh();
  return result;
});
export const decideNominationAction = defineAction("award.manage", DecideNominationSchema, async (actor, input) => {
  const result = await decideNomination(actor, input);
  refresh();
  return result;
});
