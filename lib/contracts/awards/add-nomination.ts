import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, viText } from "@/lib/contracts/primitives";
import { Ref } from "@/lib/contracts/outputs";

export const AddNominationSchema = z.object({
  roundId: Id,
  /** The nominating unit (the actor's own unit, or a unit below it). */
  unitId: Id,
  kind: z.enum(["COLLECTIVE", "INDIVIDUAL"]),
  name: viText(200).pipe(z.string().min(2, "Vui lòng nhập tên tập thể/cá nhân.")),
  position: viText(200).optional(),
  isLeader: z.boolean().default(false),
  achievements: viText(10_000),
});
export type AddNominationInput = z.input<typeof AddNominationSchema>;

export const addNominationContract = defineContract({
  summary: "Adds a collective or individual nomination of a unit to a round (within its quota).",
  permission: "award.nominate",
  input: AddNominationSchema,
  output: Ref,
});
