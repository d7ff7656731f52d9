"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { addNomination } from "@/lib/server/awards/add-nomination";
import { decideNomination } from "@/lib/server/awards/decide-nomination";
import { removeNomination } from "@/lib/server/awards/remove-nomination";
import { saveEmulationRound } from "@/lib/server/awards/save-emulation-round";
import { submitNominations } from "@/lib/server/awards/submit-nominations";
import { AddNominationSchema, DecideNominationSchema, NominationIdSchema, SaveRoundSchema, SubmitNominationsSchema } from "@/lib/server/awards/schemas";

const refresh = () => revalidate("/awards");

export const saveRoundAction = defineAction("award.manage", SaveRoundSchema, async (actor, input) => {
  const r = await saveEmulationRound(actor, input);
  refresh();
  return r;
});
export const addNominationAction = defineAction("award.nominate", AddNominationSchema, async (actor, input) => {
  const r = await addNomination(actor, input);
  refresh();
  return r;
});
export const removeNominationAction = defineAction("award.nominate", NominationIdSchema, async (actor, input) => {
  const r = await removeNomination(actor, input.nominationId);
  refresh();
  return r;
});
export const submitNominationsAction = defineAction("award.nominate", SubmitNominationsSchema, async (actor, input) => {
  const r = await submitNominations(actor, input);
  refresh();
  return r;
});
export const decideNominationAction = defineAction("award.manage", DecideNominationSchema, async (actor, input) => {
  const r = await decideNomination(actor, input);
  refresh();
  return r;
});
