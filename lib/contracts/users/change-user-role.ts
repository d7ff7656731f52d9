import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { ExistingVersion, Id } from "@/lib/contracts/primitives";
import { RoleSchema } from "@/lib/contracts/outputs";
import { AssignableRoleSchema } from "./user-fields";

/** A new role and unit for a user; `version` is the one the form was drawn from (a concurrent change → conflict). */
export const ChangeUserRoleSchema = z.object({
  userId: Id,
  role: AssignableRoleSchema,
  unitId: Id,
  version: ExistingVersion,
});
export type ChangeUserRoleInput = z.infer<typeof ChangeUserRoleSchema>;

export const changeUserRoleContract = defineContract({
  summary: "Moves an account to another role and unit within the actor's reach; its sessions and tokens end.",
  permission: "user.manage",
  input: ChangeUserRoleSchema,
  output: z.object({ id: z.string(), role: RoleSchema, unitId: z.string(), version: z.number().int() }),
});
